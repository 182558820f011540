"""Setting up reminders on a phone, photographed for the README."""

import pytest
from playwright.sync_api import Page, expect

from spinecare.reminders.management.commands.vapid_keys import new_key_pair
from spinecare.reminders.models import Reminder
from tests.browser.helpers import assert_axe_clean, log_in, screenshot
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reminders_are_set_in_settings(phone: Page, live_url, settings):
    settings.VAPID_PUBLIC_KEY, settings.VAPID_PRIVATE_KEY = new_key_pair()
    user = UserFactory(email="rae@example.com", timezone="Europe/London")
    log_in(phone, live_url, user.email)
    phone.goto(f"{live_url}/accounts/settings/")

    phone.get_by_role("link", name="Set up reminders").click()

    for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]:
        phone.get_by_label(day).check()
    phone.get_by_label("Time").fill("07:30")
    phone.get_by_label("E-mail").check()
    phone.get_by_role("button", name="Save reminders").click()

    expect(phone.get_by_text("Your reminders are saved.")).to_be_visible()
    expect(phone.get_by_role("button", name="Turn on notifications here")).to_be_visible()
    expect(phone.get_by_label("Your calendar address")).to_have_value(
        f"http://127.0.0.1:8000/reminders/feed/{Reminder.objects.get(user=user).feed_token}.ics"
    )
    reminder = Reminder.objects.get(user=user)
    assert reminder.days == [0, 1, 2, 3, 4]
    assert reminder.by_email
    assert reminder.scheduled_for is not None
    assert_axe_clean(phone)
    screenshot(phone, "reminders", "phone")

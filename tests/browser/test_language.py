"""Choosing a language: a visitor at the foot of the page, a signed-in person in Settings."""

import pytest
from playwright.sync_api import Page, expect

from spinecare.accounts.models import WeekStart
from tests.browser.helpers import assert_axe_clean, log_in, mark_page, still_same_page
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_picks_german_at_the_foot_of_the_page_with_the_keyboard(phone: Page, live_url):
    phone.goto(f"{live_url}/accounts/login/")
    expect(phone.locator("html")).to_have_attribute("lang", "en-gb")
    assert_axe_clean(phone)

    phone.get_by_label("Language").focus()
    phone.get_by_label("Language").select_option("de")
    phone.get_by_role("button", name="Change language").press("Enter")

    expect(phone.locator("html")).to_have_attribute("lang", "de")
    expect(phone).to_have_url(f"{live_url}/accounts/login/")
    expect(phone.locator("#footer-language")).to_have_value("de")


def test_settings_switch_the_whole_page_to_spanish(phone: Page, live_url):
    user = UserFactory(email="sol@example.com")
    log_in(phone, live_url, user.email)
    phone.goto(f"{live_url}/accounts/settings/")
    mark_page(phone)

    phone.get_by_label("Language").select_option("es")
    phone.get_by_label("First day of the week").select_option(str(WeekStart.SUNDAY))
    phone.get_by_role("button", name="Save settings").click()

    expect(phone.locator("html")).to_have_attribute("lang", "es")
    assert not still_same_page(phone)  # loaded again: the navigation is in Spanish too
    expect(phone.locator("#id_language")).to_have_value("es")
    user.refresh_from_db()
    assert (user.language, user.week_start) == ("es", WeekStart.SUNDAY)
    assert_axe_clean(phone)

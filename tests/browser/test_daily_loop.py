"""The daily loop on a phone (375 x 812): two taps for a normal day, outcomes in view.

Each state is also checked with axe-core in light and dark, and photographed for the README.
"""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import (
    assert_axe_clean,
    log_in,
    mark_page,
    screenshot,
    still_same_page,
)
from tests.factories import UserFactory
from tracking.models import RoutineItem, Session
from tracking.services.routines import create_starter_routine

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def member(live_server):
    user = UserFactory(email="pia@example.com", display_name="Pia")
    create_starter_routine(user)
    return user


def in_view(page: Page, selector: str) -> bool:
    """Whether the element's box lies inside the viewport (not just on the page)."""
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    return bool(box) and box["y"] >= 0 and box["y"] + box["height"] <= size["height"]


def test_a_normal_day_is_logged_in_one_tap_from_home(phone: Page, live_url, member):
    log_in(phone, live_url, member.email)
    expect(phone.get_by_role("button", name="Did it all")).to_be_in_viewport()
    screenshot(phone, "today-before", "phone")
    assert_axe_clean(phone)
    mark_page(phone)

    phone.get_by_role("button", name="Did it all").click()  # the one tap

    toast = phone.locator("#status-toast")
    expect(toast).to_contain_text("Saved: 7 exercises done.")
    assert in_view(phone, "#status-toast")
    expect(phone.get_by_role("button", name="Did it all")).to_have_count(0)
    expect(phone.get_by_test_id("logged-list").locator("li")).to_have_count(7)
    assert still_same_page(phone)
    session = Session.objects.get(user=member)
    assert session.entries.filter(completed=True).count() == 7
    assert_axe_clean(phone)

    phone.reload()  # coming back later the same day

    expect(phone.locator("#log-heading")).to_contain_text("Logged today")
    expect(phone.get_by_test_id("logged-list")).to_contain_text("Side plank")
    expect(phone.get_by_test_id("logged-list")).to_contain_text("15 s hold, each side")
    expect(phone.get_by_test_id("today-status")).to_contain_text("Routine logged today.")
    screenshot(phone, "today-logged", "phone")
    assert Session.objects.filter(user=member).count() == 1


def test_a_flag_brings_its_suggestion_into_view_and_accept_and_undo_need_no_reload(
    phone: Page, live_url, member
):
    log_in(phone, live_url, member.email)
    mark_page(phone)
    row = phone.locator("#log-card li.entry").filter(has_text="Side plank")
    row.get_by_role("checkbox").check()
    row.get_by_text("Sharp", exact=True).click()
    phone.get_by_role("button", name="Save session").click()

    suggestion = phone.get_by_test_id("suggestion")
    expect(suggestion).to_contain_text("You flagged Side plank as sharp")
    expect(suggestion).to_be_in_viewport()
    screenshot(phone, "today-suggestion", "phone")
    assert_axe_clean(phone)

    suggestion.get_by_role("button", name="Accept").click()

    status = phone.get_by_test_id("suggestion-status")
    expect(status).to_contain_text("Routine updated.")
    expect(status).to_be_in_viewport()
    side = RoutineItem.objects.get(routine__user=member, position=3)
    assert side.exercise.slug == "plank"
    assert_axe_clean(phone)

    status.get_by_role("button", name="Undo").click()

    expect(phone.get_by_test_id("suggestion-status")).to_contain_text("Change undone.")
    side.refresh_from_db()
    assert side.exercise.slug == "side-plank"
    assert still_same_page(phone)

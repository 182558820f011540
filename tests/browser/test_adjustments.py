import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import log_in
from tests.factories import UserFactory
from tracking.services.routines import create_starter_routine

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_sharp_flag_leads_to_a_swap_that_can_be_undone(page: Page, live_url):
    user = UserFactory(email="sam@example.com")
    routine = create_starter_routine(user)
    log_in(page, live_url, user.email)

    page.goto(f"{live_url}/today/")
    side_plank = page.locator("#log-card li.entry").filter(has_text="Side plank")
    side_plank.get_by_role("checkbox").check()
    side_plank.get_by_text("Sharp", exact=True).click()
    page.get_by_role("button", name="Save session").click()
    expect(page.locator("#log-card")).to_contain_text("Saved: 1 exercise done.")

    page.goto(f"{live_url}/routines/{routine.pk}/")
    page.evaluate("window.__noReload = true")
    suggestion = page.get_by_test_id("suggestion")
    expect(suggestion).to_contain_text("You flagged Side plank as sharp in your last session.")
    expect(suggestion).to_contain_text("Try Plank instead")
    suggestion.get_by_role("button", name="Accept").click()

    items = page.get_by_test_id("routine-item")
    expect(items.nth(3)).to_contain_text("Plank")
    expect(items.nth(3)).not_to_contain_text("Side plank")
    expect(items.nth(3)).to_contain_text("3 sets × 20 s hold")
    timeline = page.get_by_test_id("adjustment")
    expect(timeline.first).to_contain_text("You flagged Side plank as sharp")
    expect(timeline.first).to_contain_text("Side plank · 15 s hold, each side")

    timeline.first.get_by_role("button", name="Undo").click()

    expect(page.get_by_test_id("timeline-status")).to_contain_text("Change undone.")
    expect(items.nth(3)).to_contain_text("Side plank")
    expect(items.nth(3)).to_contain_text("15 s hold, each side")
    assert page.evaluate("window.__noReload") is True
    page.reload()
    expect(page.get_by_test_id("routine-item").nth(3)).to_contain_text("Side plank")

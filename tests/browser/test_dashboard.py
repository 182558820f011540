import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import chart_data, log_in, wait_for_chart
from tests.factories import CheckInFactory, UserFactory
from tracking.services.routines import create_starter_routine

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_logging_on_the_dashboard_updates_badge_and_chart_without_a_reload(page: Page, live_url):
    user = UserFactory(email="dana@example.com")
    create_starter_routine(user)
    CheckInFactory(user=user, date=user.local_today() - timedelta(days=2), discomfort=3)

    log_in(page, live_url, user.email)
    expect(page.get_by_test_id("streak-count")).to_have_text("0")
    assert sum(chart_data(page)["active"]) == 0
    page.evaluate("window.__noReload = true")

    page.locator("#log-card li.entry").filter(has_text="Cat-cow").get_by_role("checkbox").check()
    page.get_by_role("button", name="Save session").click()

    expect(page.get_by_test_id("streak-count")).to_have_text("1")
    expect(page.get_by_test_id("current-streak")).to_have_text("1")
    expect(page.get_by_test_id("today-status")).to_contain_text("Routine logged today.")
    expect(page.locator("#heatmap .hd[data-today].active")).to_have_count(1)
    wait_for_chart(page, lambda data: data["active"][-1] == 1)
    expect(page.locator("canvas.discomfort-canvas")).to_be_visible()

    page.locator("#checkin-card").get_by_text("5", exact=True).click()
    page.get_by_role("button", name="Save check-in").click()
    wait_for_chart(page, lambda data: data["levels"][-1] == 5)

    page.get_by_role("link", name="30 days").click()

    expect(page).to_have_url(re.compile(r"range=30"))
    wait_for_chart(page, lambda data: len(data["labels"]) == 30)
    assert page.evaluate("window.__noReload") is True
    assert page.evaluate(
        "Chart.getChart(document.querySelector('canvas.discomfort-canvas')) !== undefined"
    )

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PASSWORD = "walk-the-dog-at-dawn-42"


def row(page: Page, name: str):
    return page.locator("#log-card li.entry").filter(has_text=name)


def test_a_newcomer_logs_a_session_and_check_in_and_finds_them_in_history(page: Page, live_url):
    page.goto(f"{live_url}/accounts/signup/")
    page.locator("#id_email").fill("nina@example.com")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    expect(page).to_have_url(f"{live_url}/welcome/")  # onboarding, left without an answer

    page.goto(f"{live_url}/today/")
    expect(page.locator("#log-card li.entry")).to_have_count(7)  # the starter routine
    page.evaluate("window.__noReload = true")

    for name in ("Cat-cow", "Bird dog", "Side plank"):
        row(page, name).get_by_role("checkbox").check()
    row(page, "Side plank").get_by_text("Moderate", exact=True).click()
    page.get_by_role("button", name="Save session").click()

    expect(page.locator("#log-card")).to_contain_text("Saved: 3 exercises done.")
    expect(page.get_by_test_id("logged-summary")).to_contain_text("3 exercises")

    page.locator("#checkin-card").get_by_text("4", exact=True).click()
    page.locator("#checkin-card").get_by_text("Lower back", exact=True).click()
    page.get_by_role("button", name="Save check-in").click()

    expect(page.get_by_test_id("checkin-summary")).to_contain_text("Recorded: 4 out of 10.")
    assert page.evaluate("window.__noReload") is True  # both saves were htmx swaps

    page.goto(f"{live_url}/history/")
    page.reload()
    day = page.locator("article.history-day").first
    expect(day).to_contain_text("Back: 4/10")
    expect(day).to_contain_text("Lower back")
    expect(day.locator(".history-entries li")).to_have_count(3)
    expect(day).to_contain_text(
        re.compile(r"Side plank\s+15 s hold, each side\s+moderate discomfort")
    )

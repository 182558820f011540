import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_library_filter_narrows_results_without_a_page_reload(page: Page, live_url):
    page.goto(f"{live_url}/exercises/")
    expect(page.get_by_test_id("result-count")).to_have_text(re.compile("20 exercises"))
    page.evaluate("window.__noReload = true")

    page.locator("#library-filters").get_by_text("Neck", exact=True).click()

    expect(page.get_by_test_id("result-count")).to_have_text(re.compile("5 exercises"))
    cards = page.locator("#results .exercise-card h2")
    expect(cards).to_have_text(
        ["Chin to chest", "Chin tuck", "Neck side stretch", "Shoulder shrug", "Wall angel"]
    )
    expect(page.locator("#results .exercise-card svg.figure-thumb")).to_have_count(5)
    expect(page).to_have_url(re.compile(r"/exercises/\?.*focus=neck"))
    assert page.evaluate("window.__noReload") is True  # swapped, not reloaded

    page.get_by_role("searchbox").fill("shrug")

    expect(cards).to_have_text(["Shoulder shrug"])
    expect(page).to_have_url(re.compile(r"q=shrug"))
    assert page.evaluate("window.__noReload") is True

    page.reload()  # the URL alone restores the filtered page
    expect(cards).to_have_text(["Shoulder shrug"])
    expect(page.get_by_label("Neck")).to_be_checked()

"""Our scripts' words when the JavaScript catalogue did not load: English, and nothing breaks."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_without_the_catalogue_our_scripts_speak_english(page: Page, live_url):
    page.route("**/jsi18n/**", lambda route: route.abort())
    page.goto(f"{live_url}/accounts/login/")
    expect(page.get_by_role("button", name="Log in")).to_be_visible()

    assert page.evaluate("typeof django") == "undefined"  # the catalogue never ran
    said = page.evaluate(
        """interpolate(ngettext("%(count)s second", "%(count)s seconds", 2), {count: 2}, true)"""
    )
    assert said == "2 seconds"
    assert page.evaluate('ngettext("%(count)s second", "%(count)s seconds", 1)') == (
        "%(count)s second"
    )


def test_with_the_catalogue_our_scripts_use_it(page: Page, live_url):
    page.goto(f"{live_url}/accounts/login/")
    expect(page.get_by_role("button", name="Log in")).to_be_visible()

    assert page.evaluate("Boolean(django.jsi18n_initialized)")
    assert page.evaluate("gettext === django.gettext")

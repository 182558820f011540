"""Installable and offline, Lighthouse-style: a valid manifest, a service worker that controls
the page, home opening offline; then a session and a check-in saved offline, sent once when
the connection returns, and signing out forgetting what the browser kept."""

import json

import pytest
from django.db import connection
from django.utils.translation import get_supported_language_variant
from playwright.sync_api import Page, expect

from tests.browser.helpers import VIEWPORTS, assert_axe_clean, log_in
from tests.factories import PASSWORD, UserFactory
from tracking.models import CheckIn, Session
from tracking.services.routines import create_starter_routine

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def member(live_server):
    user = UserFactory(email="olu@example.com", display_name="Olu")
    create_starter_routine(user)
    return user


def wait_until(page: Page, script: str, timeout_ms: int = 10_000):
    """Poll a script until it returns something truthy (wait_for_function needs eval, which
    our CSP forbids)."""
    for _ in range(timeout_ms // 100):
        value = page.evaluate(script)
        if value:
            return value
        page.wait_for_timeout(100)
    raise AssertionError(f"never true: {script}")


def controlled_with_today_kept(page: Page) -> None:
    """Wait for the service worker to control the page and to hold today's pages."""
    page.evaluate("navigator.serviceWorker.ready")
    if not page.evaluate("Boolean(navigator.serviceWorker.controller)"):
        page.reload()  # the first visit loaded before the worker existed
    wait_until(page, "Boolean(navigator.serviceWorker.controller)")
    wait_until(
        page,
        """caches.open("spinecare-pages").then((cache) => cache.keys())
             .then((keys) => keys.length === 2)""",
    )


def queue(page: Page) -> list:
    return page.evaluate("SpineQueue.all()")


@pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the browser's side only: runs on SQLite"
)
def test_installable_controlled_and_home_opens_offline(phone: Page, live_url, member):
    log_in(phone, live_url, member.email)

    manifest_url = phone.locator('link[rel="manifest"]').get_attribute("href")
    manifest = json.loads(phone.request.get(live_url + manifest_url).text())
    assert manifest["name"]
    assert manifest["short_name"]
    assert manifest["display"] == "standalone"
    assert phone.request.get(live_url + manifest["start_url"]).ok
    for icon in manifest["icons"]:
        assert phone.request.get(live_url + icon["src"]).headers["content-type"] == "image/png"
    purposes = {(i["sizes"], i["purpose"]) for i in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= purposes
    touch = phone.locator('link[rel="apple-touch-icon"]').get_attribute("href")
    assert phone.request.get(live_url + touch).ok

    controlled_with_today_kept(phone)
    worker = phone.evaluate("navigator.serviceWorker.controller.scriptURL")
    assert worker == f"{live_url}/sw.js?lang=en-gb"  # the page's <html lang>
    assert phone.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)") == f"{live_url}/"

    phone.context.set_offline(True)
    phone.goto(f"{live_url}/dashboard/")
    expect(phone.get_by_role("button", name="Did it all")).to_be_visible()
    phone.goto(f"{live_url}/today/")
    expect(phone.get_by_role("button", name="Save check-in")).to_be_visible()
    phone.goto(f"{live_url}/history/")
    expect(phone.get_by_text("You're offline.")).to_be_visible()


def test_a_session_and_a_check_in_saved_offline_are_sent_once_when_back(
    phone: Page, live_url, member
):
    log_in(phone, live_url, member.email)
    controlled_with_today_kept(phone)
    phone.context.set_offline(True)

    phone.get_by_role("button", name="Did it all").click()

    toast = phone.locator("#status-toast")
    expect(toast).to_contain_text("waiting to sync")
    box = toast.bounding_box()  # told in view, wherever the page is scrolled
    assert 0 <= box["y"] <= VIEWPORTS["phone"]["height"] - box["height"]
    expect(phone.locator("#sync-panel")).to_contain_text("waiting to sync")
    expect(phone.get_by_test_id("logged-list")).to_have_count(0)  # nothing shown as saved

    phone.locator("#checkin-card").get_by_text("3", exact=True).click()
    phone.get_by_role("button", name="Save check-in").click()

    expect(phone.locator("#checkin-card .form-status")).to_have_text(
        "Waiting to sync: kept on this device, not saved yet."
    )
    expect(phone.locator("#sync-panel li")).to_have_count(2)
    expect(phone.get_by_test_id("checkin-summary")).to_have_count(0)
    assert len(queue(phone)) == 2
    assert not Session.objects.exists()
    assert not CheckIn.objects.exists()
    assert_axe_clean(phone)  # the waiting list stays on screen: readable in both schemes

    phone.context.set_offline(False)
    phone.evaluate("window.dispatchEvent(new Event('online'))")

    expect(phone.get_by_test_id("logged-list").locator("li")).to_have_count(7)
    expect(phone.get_by_test_id("checkin-summary")).to_contain_text("Recorded: 3 out of 10.")
    expect(phone.locator("#status-toast")).to_contain_text("Sent now that you're back online.")
    assert queue(phone) == []
    assert Session.objects.filter(user=member).count() == 1
    assert CheckIn.objects.get(user=member).discomfort == 3

    # Sent again (a retry after a lost answer, another tab): the idempotency key saves it once.
    phone.evaluate("SpineQueue.replay()")
    assert Session.objects.filter(user=member).count() == 1


def test_a_replay_the_server_refuses_is_shown_and_kept(phone: Page, live_url, member):
    log_in(phone, live_url, member.email)
    controlled_with_today_kept(phone)
    phone.context.set_offline(True)
    phone.get_by_role("button", name="Did it all").click()
    expect(phone.locator("#sync-panel")).to_contain_text("waiting to sync")
    # Meanwhile the day was logged from another device: "Did it all" no longer applies.
    Session.objects.create(user=member, date=member.local_today(), duration_minutes=5)

    phone.context.set_offline(False)
    phone.evaluate("window.dispatchEvent(new Event('online'))")

    expect(phone.locator("#status-alert")).to_contain_text("not saved")
    expect(phone.locator("#sync-panel")).to_contain_text("This day is already logged.")
    assert_axe_clean(phone)  # with its Try again and Discard buttons
    [item] = queue(phone)
    assert item["state"] == "failed"
    assert Session.objects.filter(user=member).count() == 1

    phone.locator("#sync-panel").get_by_role("button", name="Discard").click()
    expect(phone.locator("#sync-panel")).to_be_hidden()
    assert queue(phone) == []


@pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the browser's side only: runs on SQLite"
)
def test_signing_out_forgets_the_queue_and_the_kept_pages(phone: Page, live_url, member):
    log_in(phone, live_url, member.email)
    controlled_with_today_kept(phone)
    phone.evaluate(
        """SpineQueue.put({id: "checkin:x", action: "/checkin/", fields: [], csrf: "",
           label: "Check-in", state: "failed", error: "", queuedAt: 0})"""
    )

    phone.get_by_role("button", name="Menu").click()
    phone.get_by_role("button", name="Log out").click()

    expect(phone.get_by_text("You're logged out.")).to_be_visible()
    assert queue(phone) == []
    assert "spinecare-pages" not in phone.evaluate("caches.keys()")
    # The logged-out page registers the worker afresh; it has no copy of today to give.
    phone.evaluate("navigator.serviceWorker.ready")
    phone.context.set_offline(True)
    phone.goto(f"{live_url}/dashboard/")
    expect(phone.get_by_text("You're offline.")).to_be_visible()
    expect(phone.get_by_role("button", name="Did it all")).to_have_count(0)


@pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the browser's side only: runs on SQLite"
)
def test_offline_the_catalogue_and_the_offline_page_are_in_the_persons_language(browser, live_url):
    german = UserFactory(email="lena@example.com", display_name="Lena", language="de")
    create_starter_routine(german)
    # The browser's own language: Playwright's locale alone leaves the worker's fetches out.
    context = browser.new_context(
        viewport=VIEWPORTS["phone"], locale="de-DE", extra_http_headers={"Accept-Language": "de"}
    )
    page = context.new_page()
    page.goto(f"{live_url}/accounts/login/")  # its button may already read "Anmelden"
    page.locator("#id_username").fill(german.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page).to_have_url(f"{live_url}/dashboard/")
    controlled_with_today_kept(page)
    catalogue = page.locator('script[src^="/jsi18n/"]').get_attribute("src")
    assert catalogue.startswith("/jsi18n/de/")
    wait_until(page, f'caches.match("{catalogue}", {{ignoreVary: true}}).then(Boolean)')

    context.set_offline(True)
    page.goto(f"{live_url}/dashboard/")
    expect(page.get_by_role("heading", name="Hallo, Lena")).to_be_visible()  # the kept copy
    assert page.evaluate("Boolean(window.django && django.jsi18n_initialized)")
    page_lang = page.evaluate("document.documentElement.lang")
    assert page_lang == "de"
    page.goto(f"{live_url}/history/")
    # The offline page is in the language of the page that registered the worker.
    offline_lang = page.evaluate("document.documentElement.lang")
    assert offline_lang == get_supported_language_variant(page_lang) == "de"
    expect(page.get_by_role("link", name="Heute")).to_be_visible()
    context.close()

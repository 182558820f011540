"""Shared steps for the browser tests."""

import json
import os
import random
from pathlib import Path

from django.contrib.auth.hashers import make_password
from playwright.sync_api import Page, expect

from tests.factories import PASSWORD
from tracking.management.demo.history import create_demo_user
from tracking.models import ExerciseEntry

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("SPINECARE_SCREENSHOTS", ROOT / "test-results" / "screenshots"))
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 800}}


def log_in(
    page: Page, live_url: str, email: str, password: str = PASSWORD, button: str = "Log in"
) -> None:
    """Through the log-in page; ``button`` is its name in the page's language."""
    page.goto(f"{live_url}/accounts/login/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name=button, exact=True).click()
    expect(page).to_have_url(f"{live_url}/dashboard/")


def mark_page(page: Page) -> None:
    """Set a marker that survives htmx swaps but not a page load."""
    page.evaluate("window.__noReload = true")


def still_same_page(page: Page) -> bool:
    return page.evaluate("window.__noReload === true")


def screenshot(page: Page, name: str, device: str) -> None:
    """The whole page on a phone, the first screen on a desktop.

    Playwright's full_page option sets inline styles, which our CSP reports; growing the
    viewport to the page's height gives the same picture without them.
    """
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    size = page.viewport_size
    if device == "phone":
        height = page.evaluate("document.documentElement.scrollHeight")
        page.set_viewport_size({"width": size["width"], "height": min(height, 4000)})
    page.screenshot(path=SCREENSHOTS / f"{name}-{device}.png")
    page.set_viewport_size(size)


def axe_violations(page: Page) -> list[dict]:
    """Serious or critical axe-core findings on the current page."""
    page.evaluate(AXE.read_text())
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:3]],
        }
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def assert_axe_clean(page: Page) -> None:
    """Light and dark, with the status toasts dismissed (they float over the page)."""
    for dismiss in (
        page.locator(".status-toast:visible").get_by_role("button", name="Dismiss").all()
    ):
        dismiss.click()
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.wait_for_timeout(400)  # let the colour transitions of the theme switch finish
        assert axe_violations(page) == [], scheme
    page.emulate_media(color_scheme="light")
    page.wait_for_timeout(400)


def chart_data(page: Page, element_id: str = "discomfort-data") -> dict:
    return json.loads(page.locator(f"#{element_id}").text_content())


def wait_for_chart(page: Page, predicate, timeout_ms: int = 5000) -> dict:
    """Poll the chart's data (wait_for_function would need eval, which our CSP forbids)."""
    for _ in range(timeout_ms // 100):
        if page.locator("#discomfort-data").count() and predicate(chart_data(page)):
            return chart_data(page)
        page.wait_for_timeout(100)
    raise AssertionError(f"chart data never matched: {chart_data(page)}")


def chart_drawn(page: Page, canvas: str = "canvas.discomfort-canvas", timeout_ms: int = 5000):
    """Scroll a chart into view and wait until Chart.js, fetched only then, has drawn it."""
    page.locator(canvas).scroll_into_view_if_needed()
    script = f"typeof Chart !== 'undefined' && !!Chart.getChart(document.querySelector('{canvas}'))"
    for _ in range(timeout_ms // 100):
        if page.evaluate(script):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"Chart.js never drew {canvas}")


def user_with_a_year(email: str = "year@example.com"):
    """A year of demo history ending yesterday: sessions with gaps, check-ins, flags."""
    user, _counts = create_demo_user(
        email,
        days=365,
        rng=random.Random(14),
        password_hash=make_password(PASSWORD),
        timezone="UTC",
    )
    return user


def flagged_exercise(user) -> str:
    """The slug of an exercise the user flagged at least once."""
    return (
        ExerciseEntry.objects.filter(session__user=user)
        .exclude(discomfort="none")
        .values_list("exercise__slug", flat=True)
        .first()
    )

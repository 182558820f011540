"""A newcomer on a phone answers onboarding and gets a routine for where it hurts; the
drawings show and move (or stay still)."""

import re

import pytest
from django.db import connection
from playwright.sync_api import Page, expect

from tests.browser.helpers import axe_violations, log_in, screenshot
from tests.factories import UserFactory
from tracking.services.routines import create_starter_routine

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "walk-the-dog-at-dawn-42"


def test_lower_back_five_minutes_gives_a_short_gentle_routine_with_drawings(phone: Page, live_url):
    page = phone
    page.goto(f"{live_url}/accounts/signup/")
    page.locator("#id_email").fill("lena@example.com")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()

    expect(page).to_have_url(f"{live_url}/welcome/")
    page.get_by_label("Lower back").check()
    page.get_by_label("5 minutes", exact=True).check()
    screenshot(page, "onboarding", "phone")
    page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Before you start")).to_be_visible()
    expect(page.get_by_test_id("onboarding-preview").locator("li")).to_have_count(3)
    page.get_by_role("button", name="Build my routine").click()

    expect(page.get_by_test_id("routine-name")).to_have_text("Gentle lower back")
    expect(page.get_by_test_id("active-badge")).to_be_visible()
    items = page.get_by_test_id("routine-item")
    expect(items).to_have_count(3)
    expect(items.first.get_by_role("heading")).to_have_text("Pelvic tilt")  # the gentlest
    expect(items.first.locator("svg.figure-thumb")).to_be_visible()
    expect(page.get_by_test_id("dosage").first).to_have_text("10 reps, hold 3 s")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    items.first.get_by_role("link", name="Pelvic tilt").click()
    figures = page.get_by_test_id("figures").get_by_role("img")
    expect(figures).to_have_count(2)
    expect(figures.first).to_have_accessible_name(
        "Side view of a person lying on their back, knees bent, a small gap under the lower back."
    )
    # The drawing is drawn: the <use> found its symbol in the static file and has a size.
    box = figures.nth(1).locator("use").bounding_box()
    assert box["width"] > 100
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.figure use')).stroke"
    ) != page.evaluate("getComputedStyle(document.querySelector('.figure use')).color")
    screenshot(page, "exercise-drawing", "phone")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_warning_sign_stop_page_has_no_serious_axe_findings(phone: Page, live_url, scheme):
    if connection.vendor != "sqlite" and scheme == "dark":
        pytest.skip("the same page as on SQLite; no database behaviour to test twice")
    UserFactory(email="sam@example.com")
    page = phone
    page.emulate_media(color_scheme=scheme)
    log_in(page, live_url, "sam@example.com")
    page.goto(f"{live_url}/welcome/safety/?areas=neck&minutes=10")
    page.get_by_label("Fever together with back pain").check()
    page.get_by_role("button", name="Build my routine").click()

    expect(page.get_by_test_id("red-flag-alert")).to_contain_text("Please seek medical care")
    assert axe_violations(page) == []


def test_the_guided_session_loops_the_drawing_unless_motion_is_reduced(phone: Page, live_url):
    if connection.vendor != "sqlite":
        pytest.skip("a stylesheet check: no database behaviour to test twice")
    create_starter_routine(UserFactory(email="kai@example.com"))
    page = phone
    log_in(page, live_url, "kai@example.com")
    page.goto(f"{live_url}/today/session/")
    page.get_by_role("button", name="Begin").click()
    figure = page.get_by_test_id("guided-step").first.get_by_test_id("figure")
    expect(figure).to_be_visible()
    expect(figure).to_have_accessible_name(re.compile(r"^From: Side view .* To: .*"))
    animation = "el => getComputedStyle(el.querySelector('.pose-end')).animationName"
    assert figure.evaluate(animation) == "figure-in"

    page.emulate_media(reduced_motion="reduce")

    assert figure.evaluate(animation) == "none"
    start = "el => getComputedStyle(el.querySelector('.pose-start')).opacity"
    assert figure.evaluate(start) == "0"  # still, at the end position


def test_a_double_tap_on_a_preset_adds_one_routine(phone: Page, live_url):
    user = UserFactory(email="dot@example.com")
    create_starter_routine(user)
    log_in(phone, live_url, user.email)
    phone.goto(f"{live_url}/routines/")

    button = phone.get_by_role("button", name="Add this routine: Gentle lower back")
    # Two submits in the same moment, as a quick double tap sends them.
    button.evaluate(
        "b => { b.form.requestSubmit(b); setTimeout(() => b.form.requestSubmit(b), 30); }"
    )

    expect(phone.get_by_role("heading", level=1)).to_contain_text("Gentle lower back")
    assert list(
        user.routine_set.filter(name__startswith="Gentle lower back").values_list("name", flat=True)
    ) == ["Gentle lower back"]

"""Whole journeys in real Chromium, each at a phone and a desktop size.

Each saves screenshots (tests/browser/helpers.py SCREENSHOTS; `make screenshots` writes the
README's). htmx swaps are checked as swaps: a marker set on window must survive them.
"""

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from exercises.models import Exercise
from tests.browser.helpers import log_in, mark_page, screenshot, still_same_page, wait_for_chart
from tests.factories import PASSWORD as PASSWORD_FACTORY
from tests.factories import ExerciseEntryFactory, RoutineItemFactory, SessionFactory, UserFactory
from tracking.services.routines import create_starter_routine

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "walk-the-dog-at-dawn-42"


def entry(page: Page, name: str):
    return page.locator("#log-card li.entry").filter(
        has=page.locator(".entry-name", has_text=re.compile(rf"^\s*{re.escape(name)}\b"))
    )


def tab_to(page: Page, locator, limit: int = 200) -> None:
    """Press Tab until the element has focus, as a keyboard user would."""
    for _ in range(limit):
        if locator.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {locator}")


def test_a_newcomer_signs_up_and_logs_the_first_day(screen_page: Page, screen, live_url):
    page = screen_page
    page.goto(f"{live_url}/")
    expect(page.get_by_role("heading", name="Not medical advice")).to_be_visible()
    screenshot(page, "home", screen)
    page.get_by_role("link", name="Create a free account").click()
    page.locator("#id_email").fill("nina@example.com")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    expect(page).to_have_url(f"{live_url}/welcome/")  # onboarding; skipping keeps the starter
    page.get_by_role("link", name="Skip for now").click()

    expect(page).to_have_url(f"{live_url}/dashboard/")
    expect(page.get_by_text("Your first day")).to_be_visible()
    expect(page.get_by_text("SpineCare is not medical advice.")).to_be_visible()
    expect(page.locator("#log-card li.entry")).to_have_count(7)  # the starter routine
    expect(page.get_by_test_id("streak-count")).to_have_text("0")
    mark_page(page)

    entry(page, "Cat-cow").get_by_role("checkbox").check()
    entry(page, "Bird dog").get_by_role("checkbox").check()
    page.get_by_role("button", name="Save session").click()
    expect(page.locator("#log-card")).to_contain_text("Saved: 2 exercises done.")
    page.locator("#checkin-card").get_by_text("3", exact=True).click()
    page.get_by_role("button", name="Save check-in").click()
    expect(page.get_by_test_id("checkin-summary")).to_contain_text("Recorded: 3 out of 10.")

    expect(page.get_by_test_id("streak-count")).to_have_text("1")
    expect(page.get_by_test_id("current-streak")).to_have_text("1")
    expect(page.locator("#heatmap .hd[data-today].active")).to_have_count(1)
    wait_for_chart(page, lambda data: data["levels"][-1] == 3)
    assert still_same_page(page)
    screenshot(page, "dashboard", screen)


def test_a_returning_user_back_fills_flags_adjusts_and_undoes(screen_page: Page, screen, live_url):
    page = screen_page
    user = UserFactory(email="ravi@example.com")
    routine = create_starter_routine(user)
    today = user.local_today()
    for offset in (2, 3, 4):
        session = SessionFactory(user=user, date=today - timedelta(days=offset), routine=routine)
        ExerciseEntryFactory(session=session, exercise=Exercise.objects.get(slug="cat-cow"))
    yesterday = today - timedelta(days=1)
    log_in(page, live_url, user.email)

    page.goto(f"{live_url}/today/")
    page.locator("#day-picker").fill(yesterday.isoformat())
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Filling in")
    side_plank = entry(page, "Side plank")
    side_plank.get_by_role("checkbox").check()
    side_plank.get_by_text("Sharp", exact=True).click()
    page.get_by_role("button", name="Save session").click()
    expect(page.locator("#log-card")).to_contain_text("Saved: 1 exercise done.")
    screenshot(page, "today", screen)

    page.goto(f"{live_url}/routines/{routine.pk}/")
    mark_page(page)
    suggestion = page.get_by_test_id("suggestion")
    expect(suggestion).to_contain_text("You flagged Side plank as sharp")
    suggestion.get_by_role("button", name="Accept").click()
    items = page.get_by_test_id("routine-item")
    expect(items.nth(3)).to_contain_text("3 sets × 20 s hold")
    expect(items.nth(3)).not_to_contain_text("Side plank")
    screenshot(page, "routine", screen)
    page.get_by_test_id("adjustment").first.get_by_role("button", name="Undo").click()
    expect(items.nth(3)).to_contain_text("Side plank")
    expect(items.nth(3)).to_contain_text("15 s hold, each side")
    assert still_same_page(page)

    page.goto(f"{live_url}/history/")
    day = page.locator(f"#day-{yesterday.isoformat()}")
    expect(day).to_contain_text("Side plank")
    expect(day).to_contain_text("sharp discomfort")
    expect(page.locator(f"#day-{(today - timedelta(days=2)).isoformat()}")).to_contain_text(
        "Cat-cow"
    )


def test_keyboard_only_log_a_session_and_reorder_the_routine(screen_page: Page, screen, live_url):
    page = screen_page
    user = UserFactory(email="kim@example.com")
    routine = create_starter_routine(user)
    log_in(page, live_url, user.email)

    page.goto(f"{live_url}/today/")
    checkbox = entry(page, "Cat-cow").get_by_role("checkbox")
    tab_to(page, checkbox)
    page.keyboard.press("Space")
    expect(checkbox).to_be_checked()
    moderate = entry(page, "Cat-cow").get_by_role("radio", name="Moderate")
    tab_to(page, entry(page, "Cat-cow").get_by_role("radio", name="None"))
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(moderate).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Save session"))
    page.keyboard.press("Enter")
    expect(page.locator("#log-card")).to_contain_text("Saved: 1 exercise done.")

    page.goto(f"{live_url}/routines/{routine.pk}/")
    tab_to(page, page.get_by_role("button", name="Move Cat-cow down"))
    page.keyboard.press("Enter")
    names = page.locator("[data-testid=routine-item] h3")
    expect(names.nth(0)).to_have_text("Knees to chest")
    expect(names.nth(1)).to_have_text("Cat-cow")
    # Focus stays on the moved item's button, so the user can keep going.
    page.keyboard.press("Enter")
    expect(names.nth(2)).to_have_text("Cat-cow")


def test_the_hold_timer_fills_in_the_seconds_held(screen_page: Page, screen, live_url):
    page = screen_page
    user = UserFactory(email="hana@example.com")
    routine = create_starter_routine(user)
    RoutineItemFactory(
        routine=routine,
        exercise=Exercise.objects.get(slug="plank"),
        position=99,
        sets=3,
        reps=0,
        hold_seconds=20,
    )
    log_in(page, live_url, user.email)
    page.clock.install()
    page.goto(f"{live_url}/today/")

    plank = entry(page, "Plank")
    plank.get_by_role("button", name="Start timer for Plank").click()
    page.clock.run_for(7_000)
    expect(plank.get_by_test_id("timer-display")).to_contain_text("7 s held, 13 s to go")
    plank.get_by_role("button", name="Stop timer for Plank").click()

    expect(plank.get_by_test_id("timer-display")).to_contain_text("Held 7 s")
    expect(plank.get_by_label("Hold (s)")).to_have_value("7")
    expect(plank.get_by_role("checkbox")).to_be_checked()
    page.get_by_role("button", name="Save session").click()
    expect(page.locator("#log-card")).to_contain_text("Saved: 1 exercise done.")

    page.goto(f"{live_url}/history/")
    expect(page.locator(".history-entries")).to_contain_text("Plank 3 sets × 7 s hold")


def test_a_per_side_hold_times_left_then_right(screen_page: Page, screen, live_url):
    page = screen_page
    user = UserFactory(email="ola@example.com")
    create_starter_routine(user)
    log_in(page, live_url, user.email)
    page.clock.install()
    page.goto(f"{live_url}/today/")

    side_plank = entry(page, "Side plank")
    side_plank.get_by_role("button", name="Start timer for Side plank").click()
    page.clock.run_for(16_000)  # the 15 s goal passes: on to the right side
    expect(side_plank.get_by_test_id("timer-display")).to_contain_text("Right side")
    page.clock.run_for(12_000)
    side_plank.get_by_role("button", name="Stop timer for Side plank").click()

    # Left held 15 s; the right side, stopped first, sets what both sides managed.
    display = side_plank.get_by_test_id("timer-display")
    expect(display).to_contain_text(re.compile(r"Held 1[23] s each side"))
    held = re.search(r"Held (\d+) s", display.text_content()).group(1)
    expect(side_plank.get_by_label("Hold (s)")).to_have_value(held)


def test_a_user_exports_their_data_deletes_the_account_and_cannot_sign_in(
    screen_page: Page, screen, live_url
):
    page = screen_page
    user = UserFactory(email="lee@example.com")
    routine = create_starter_routine(user)
    session = SessionFactory(user=user, date=user.local_today(), routine=routine, notes="Easy")
    ExerciseEntryFactory(session=session, exercise=Exercise.objects.get(slug="cat-cow"))
    log_in(page, live_url, user.email)

    page.goto(f"{live_url}/accounts/settings/")
    page.get_by_role("link", name="Your data").first.click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download all my data (.json)").click()
    document = json.loads(Path(download.value.path()).read_text())
    assert document["format"] == "spinecare-export"
    assert document["sessions"][0]["notes"] == "Easy"
    assert document["routines"][0]["items"][0]["exercise"] == "cat-cow"
    screenshot(page, "your-data", screen)

    page.get_by_role("link", name="Delete my account…").click()
    page.get_by_label("Password").fill(PASSWORD_FACTORY)
    page.get_by_role("button", name="Delete my account and data").click()
    expect(page.get_by_role("main")).to_contain_text("deleted")

    page.goto(f"{live_url}/accounts/login/")
    page.locator("#id_username").fill(user.email)
    page.locator("#id_password").fill(PASSWORD_FACTORY)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("main")).to_contain_text(
        "Please enter a correct e-mail address and password"
    )
    expect(page).to_have_url(re.compile(r"/accounts/login/"))

"""The guided session on a phone: the whole starter routine with a faked clock, then Save."""

from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import VIEWPORTS, log_in, screenshot
from tests.factories import UserFactory
from tracking.models import Session
from tracking.services.routines import create_starter_routine

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Count the cues and stand in for the wake lock, which headless Chromium may refuse.
SPIES = """
window.__cues = { vibrate: 0, tone: 0 };
window.__wake = [];
Object.defineProperty(navigator, "vibrate", {
  configurable: true,
  value: () => { window.__cues.vibrate += 1; return true; },
});
const makeTone = AudioContext.prototype.createOscillator;
AudioContext.prototype.createOscillator = function () {
  window.__cues.tone += 1;
  return makeTone.call(this);
};
Object.defineProperty(navigator, "wakeLock", {
  configurable: true,
  value: {
    request: async (type) => {
      const lock = new EventTarget();
      lock.release = async () => {
        window.__wake.push("release");
        lock.dispatchEvent(new Event("release"));
      };
      window.__wake.push("request " + type);
      return lock;
    },
  },
});
"""

# The starter routine in order: the hold timers each exercise has (seconds, sides).
STARTER = [
    ("Cat-cow", None),
    ("Knees to chest", (20, 1)),
    ("Bird dog", None),
    ("Side plank", (15, 2)),
    ("Ball squeeze with pelvic tilt", None),
    ("Chin to chest", (15, 1)),
    ("Shoulder shrug", None),
]
REPS_TIME_MS = 30_000  # the time a set of reps takes, on the faked clock


@pytest.fixture
def phone(page: Page) -> Page:
    """The test's page (watched for script errors and CSP reports) at a phone's size."""
    page.set_viewport_size(VIEWPORTS["phone"])
    page.add_init_script(SPIES)
    return page


@pytest.fixture
def walker(live_server):
    user = UserFactory(email="walker@example.com", display_name="Walker")
    create_starter_routine(user)
    return user


def progress(page: Page):
    return page.locator("[data-guided-progress]")


def speech(page: Page):
    return page.locator("[data-guided-speech]")


def hold(page: Page, seconds: int, start_button: str, said_after: str) -> None:
    """Run one hold on the faked clock: announced when it starts and ends, not every second."""
    page.get_by_role("button", name=start_button).click()
    expect(page.get_by_role("button", name="Stop")).to_be_focused()
    said_at_start = speech(page).text_content()
    assert said_at_start.endswith(f"started: {seconds} seconds.")
    page.clock.run_for((seconds - 1) * 1000)
    expect(page.locator("[data-timer-display]:visible")).to_have_text("1 s")
    assert speech(page).text_content() == said_at_start
    page.clock.run_for(1300)
    expect(speech(page)).to_have_text(said_after)


def test_the_whole_starter_routine_with_a_faked_clock(phone: Page, live_url, walker):
    page = phone
    log_in(page, live_url, walker.email)
    start = datetime.now(UTC)
    page.clock.install(time=start)
    page.goto(f"{live_url}/today/session/")
    page.clock.pause_at(start + timedelta(minutes=1))  # time moves only when the test says

    expect(page.get_by_test_id("guided-step").first).to_be_hidden()
    page.get_by_role("button", name="Begin").click()
    assert page.evaluate("window.__wake") == ["request screen"]
    expect(page.get_by_text("Your screen stays on while the session runs.")).to_be_visible()

    for number, (name, timer) in enumerate(STARTER, start=1):
        heading = page.get_by_role("heading", name=name, exact=True)
        expect(heading).to_be_focused()
        expect(progress(page)).to_have_text(f"Exercise {number} of 7")
        if name == "Side plank":
            screenshot(page, "guided-step", "phone")
        if name == "Knees to chest":  # a look back, and on again
            page.get_by_role("button", name="Previous").click()
            expect(page.get_by_role("heading", name="Cat-cow")).to_be_focused()
            expect(progress(page)).to_have_text("Exercise 1 of 7")
            page.get_by_role("button", name="Done, next").click()
            expect(heading).to_be_focused()
        if timer is None:
            page.clock.run_for(REPS_TIME_MS)
        elif timer[1] == 2:
            hold(
                page, timer[0], "Start left side hold", "Left side done. Switch to the right side."
            )
            expect(page.get_by_role("button", name="Start right side hold")).to_be_focused()
            hold(
                page,
                timer[0],
                "Start right side hold",
                "All holds done. Tap “Done, next” when you're ready.",
            )
        else:
            hold(
                page, timer[0], "Start hold", "All holds done. Tap “Done, next” when you're ready."
            )
        if timer:
            expect(page.get_by_role("button", name="Done, next")).to_be_focused()
        page.get_by_role("button", name="Done, next").click()

    expect(page.get_by_role("heading", name="Did anything hurt?")).to_be_focused()
    screenshot(page, "guided-end", "phone")
    expect(progress(page)).to_have_text("Last step: how did it go?")
    assert page.evaluate("window.__wake") == ["request screen", "release"]
    assert page.evaluate("window.__cues") == {"vibrate": 4, "tone": 4}  # one cue a hold
    # 4 × 30 s of reps and 80 s of holds on the faked clock: three minutes.
    expect(page.locator("#id_duration_minutes")).to_have_value("3")
    page.get_by_test_id("guided-flag").filter(has_text="Bird dog").get_by_text(
        "Moderate", exact=True
    ).click()
    page.get_by_role("button", name="Save session").click()

    confirmation = page.get_by_text("Saved: 7 exercises done.")
    expect(confirmation).to_be_in_viewport()
    session = Session.objects.get(user=walker)  # exactly one
    entries = list(session.entries.select_related("exercise"))
    assert [e.exercise.name for e in entries] == [name for name, _timer in STARTER]
    assert all(e.completed for e in entries)
    assert {e.exercise.name: e.discomfort for e in entries if e.flagged} == {"Bird dog": "moderate"}
    assert session.duration_minutes == 3
    assert {e.exercise.slug: e.hold_seconds for e in entries}["side-plank"] == 15


def test_keyboard_alone_skips_one_flags_one_and_saves(phone: Page, live_url, walker):
    page = phone
    log_in(page, live_url, walker.email)
    page.goto(f"{live_url}/today/session/")
    page.get_by_role("button", name="Begin").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Cat-cow")).to_be_focused()
    page.get_by_role("button", name="Skip").focus()  # Tab order: Previous, Skip, Done, next
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name="Previous")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Skip Cat-cow
    for name, _timer in STARTER[1:]:
        expect(page.get_by_role("heading", name=name, exact=True)).to_be_focused()
        page.get_by_role("button", name="Done, next").focus()
        page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Did anything hurt?")).to_be_focused()
    flags = page.get_by_test_id("guided-flag")
    expect(flags.first.get_by_text("(skipped)")).to_be_visible()
    expect(flags.nth(1).get_by_text("(skipped)")).to_be_hidden()
    page.keyboard.press("Tab")  # the first row's radios: None is chosen
    expect(
        page.get_by_test_id("guided-flag").first.get_by_role("radio", name="None")
    ).to_be_focused()
    page.keyboard.press("Tab")  # its details
    page.keyboard.press("Tab")  # the second row's radios
    page.keyboard.press("ArrowRight")  # Knees to chest: mild
    page.get_by_role("button", name="Save session").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_text("Saved: 6 exercises done.")).to_be_in_viewport()
    session = Session.objects.get(user=walker)
    entries = {e.exercise.name: e for e in session.entries.select_related("exercise")}
    assert "Cat-cow" not in entries  # skipped and not flagged: sent as not done
    assert all(e.completed for e in entries.values())
    assert entries["Knees to chest"].discomfort == "mild"


def test_without_javascript_it_is_one_long_form(browser, live_url, walker):
    context = browser.new_context(viewport=VIEWPORTS["phone"], java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_url, walker.email)
    page.goto(f"{live_url}/today/session/")

    steps = page.get_by_test_id("guided-step")
    expect(steps).to_have_count(7)
    for n in range(7):
        expect(steps.nth(n)).to_be_visible()
    expect(page.get_by_role("button", name="Begin")).to_be_hidden()
    expect(page.get_by_role("button", name="Start left side hold")).to_be_hidden()
    for name in ("Cat-cow", "Bird dog"):
        steps.filter(has_text=name).get_by_label("I did this").check()
    page.get_by_test_id("guided-flag").filter(has_text="Bird dog").get_by_text("Sharp").click()
    page.get_by_role("button", name="Save session").click()

    expect(page.get_by_text("Saved: 2 exercises done.")).to_be_in_viewport()
    context.close()
    entries = Session.objects.get(user=walker).entries.select_related("exercise")
    assert {e.exercise.name: e.discomfort for e in entries} == {
        "Cat-cow": "none",
        "Bird dog": "sharp",
    }

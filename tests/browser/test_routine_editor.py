import pytest
from playwright.sync_api import Page, expect

from tests.factories import PASSWORD, UserFactory
from tracking.models import RoutineItem
from tracking.services.routines import create_starter_routine

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

MOVED = [
    "Cat-cow",
    "Knees to chest",
    "Side plank",
    "Bird dog",
    "Ball squeeze with pelvic tilt",
    "Chin to chest",
    "Shoulder shrug",
]


def test_editing_a_routine_saves_each_change_without_a_page_reload(page: Page, live_url):
    user = UserFactory(email="dana@example.com")
    routine = create_starter_routine(user)
    page.goto(f"{live_url}/accounts/login/?next={routine.get_absolute_url()}")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_test_id("routine-name")).to_have_text("My daily routine")
    page.evaluate("window.__noReload = true")
    names = page.locator("[data-testid=routine-item] h3")

    move_down = page.get_by_role("button", name="Move Bird dog down")
    move_down.focus()
    page.keyboard.press("Enter")  # a real button: the keyboard works

    expect(names).to_have_text(MOVED)
    expect(move_down).to_be_focused()  # focus follows the item to its new place
    assert page.evaluate("window.__noReload") is True

    hold = page.get_by_role("group", name="Amounts for Knees to chest").get_by_label("Hold (s)")
    hold.fill("45")
    page.get_by_role("button", name="Save Knees to chest").click()

    expect(page.get_by_test_id("items-status")).to_have_text("Knees to chest saved.")
    expect(hold).to_have_value("45")
    assert page.evaluate("window.__noReload") is True

    chin = page.locator("[data-testid=routine-item]").filter(has_text="Chin to chest")
    page.get_by_role("button", name="Pause Chin to chest").click()

    expect(chin.get_by_test_id("paused")).to_have_text("Paused")
    expect(page.get_by_role("button", name="Resume Chin to chest")).to_be_visible()
    assert page.evaluate("window.__noReload") is True

    page.reload()

    assert page.evaluate("window.__noReload") is None  # a real reload this time
    expect(names).to_have_text(MOVED)
    expect(hold).to_have_value("45")
    expect(chin.get_by_test_id("paused")).to_have_text("Paused")
    expect(page.locator("[data-testid=paused]")).to_have_count(1)
    knees = RoutineItem.objects.get(routine=routine, exercise__slug="knees-to-chest")
    assert (knees.hold_seconds, knees.revision) == (45, 2)

"""axe-core on every main page, and the phone-first checks: no sideways scrolling, 44 px taps."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from playwright.sync_api import Page, expect

from tests.browser.helpers import (
    VIEWPORTS,
    axe_violations,
    flagged_exercise,
    log_in,
    user_with_a_year,
)
from tests.factories import CheckInFactory, ExerciseEntryFactory, SessionFactory, UserFactory
from tracking.services.routines import create_starter_routine

TAP_TARGETS = ", ".join(
    [
        "main button:not(.hd)",  # the heat-map's days: checked on their own below
        "main .btn",
        "main select",
        "main input[type=number]",
        "main input[type=checkbox] + label",
        "main input[type=radio] + label",
    ]
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC = ["/", "/exercises/", "/exercises/bird-dog/", "/accounts/login/", "/accounts/signup/"]
SIGNED_IN = [
    "/dashboard/",
    "/today/",
    "/today/session/",
    "/history/",
    "/routines/",
    "/routines/{routine}/",
    "/accounts/settings/",
    "/reminders/",
    "/progress/how-it-works/",
    "/exercises/cat-cow/",
    "/exercises/wall-angel/",
    "/welcome/",
    "/welcome/safety/?areas=lower&areas=neck&minutes=10",
]


@pytest.fixture
def member(live_server):
    """A user with a routine and a fortnight of history, so every page has content."""
    user = UserFactory(email="axe@example.com", display_name="Ada")
    routine = create_starter_routine(user)
    today = user.local_today()
    items = list(routine.items.select_related("exercise"))
    for n in range(14):
        day = today - timedelta(days=n)
        CheckInFactory(user=user, date=day, discomfort=n % 9, areas=["neck"] if n % 3 else [])
        if n % 4:
            session = SessionFactory(user=user, date=day, routine=routine)
            ExerciseEntryFactory(
                session=session,
                exercise=items[0].exercise,
                discomfort="mild" if n == 5 else "none",
            )
    return user, routine


def check(page: Page, url: str) -> list[dict]:
    page.goto(url)
    return axe_violations(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_public_pages_have_no_serious_axe_findings(page: Page, live_url, scheme):
    page.emulate_media(color_scheme=scheme)
    found = {path: check(page, live_url + path) for path in PUBLIC}

    assert {path: v for path, v in found.items() if v} == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_signed_in_pages_have_no_serious_axe_findings(page: Page, live_url, member, scheme):
    user, routine = member
    page.emulate_media(color_scheme=scheme)
    log_in(page, live_url, user.email)

    found = {path: check(page, live_url + path.format(routine=routine.pk)) for path in SIGNED_IN}

    assert {path: v for path, v in found.items() if v} == {}


LOG_IN = {"de": "Anmelden", "es": "Iniciar sesión"}


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_page_has_no_serious_axe_findings_in_german_and_spanish(
    browser, live_url, member, language
):
    """Longer words and other scripts of the same pages: labels, names and lang still fit."""
    if connection.vendor != "sqlite":
        pytest.skip("the same pages as on SQLite; no database behaviour to test twice")
    user, routine = member
    user.language = language
    user.save(update_fields=["language"])
    context = browser.new_context(locale=language)
    page = context.new_page()
    found = {path: check(page, live_url + path) for path in PUBLIC}
    expect(page.locator("html")).to_have_attribute("lang", language)
    log_in(page, live_url, user.email, button=LOG_IN[language])
    for path in SIGNED_IN:
        found[path] = check(page, live_url + path.format(routine=routine.pk))
        assert page.locator("html").get_attribute("lang") == language, path
    context.close()

    assert {path: v for path, v in found.items() if v} == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_guided_session_steps_have_no_serious_axe_findings(page: Page, live_url, member, scheme):
    user, _routine = member
    page.emulate_media(color_scheme=scheme)
    log_in(page, live_url, user.email)
    page.goto(f"{live_url}/today/session/")
    found = {"intro": axe_violations(page)}

    page.get_by_role("button", name="Begin").click()
    found["first exercise"] = axe_violations(page)
    for _step in range(3):  # on to the side plank and its hold timer
        page.get_by_role("button", name="Done, next").click()
    page.get_by_role("button", name="Start left side hold").click()
    found["hold running"] = axe_violations(page)
    page.get_by_role("button", name="Stop").click()
    for _step in range(4):
        page.get_by_role("button", name="Skip").click()
    expect(page.get_by_role("heading", name="Did anything hurt?")).to_be_focused()
    page.get_by_text("Sharp", exact=True).first.click()
    page.get_by_text("Where, and a note (optional)").first.click()
    found["flags"] = axe_violations(page)

    assert {state: v for state, v in found.items() if v} == {}


def test_form_errors_are_tied_to_their_fields_and_announced(page: Page, live_url, member):
    user, _routine = member
    log_in(page, live_url, user.email)
    page.goto(f"{live_url}/today/")
    page.locator("#log-card li.entry").first.get_by_role("checkbox").check()
    page.locator("#id_duration_minutes").fill("999")
    page.get_by_role("button", name="Save session").click()

    field = page.locator("#id_duration_minutes")
    expect(field).to_have_attribute("aria-invalid", "true")
    error_id = field.get_attribute("aria-describedby")
    assert error_id
    assert "Enter minutes from 1 to 240" in page.locator(f"#{error_id.split()[0]}").text_content()
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    "path",
    [
        "/today/",
        "/today/session/",
        "/dashboard/",
        "/routines/",
        "/routines/{routine}/",
        "/history/",
        "/welcome/",
        "/welcome/safety/?areas=lower&minutes=5",
    ],
)
@pytest.mark.parametrize("language", ["en-gb", "de"])  # German: the longest words
def test_phone_pages_fit_without_sideways_scrolling_and_taps_are_44px(
    browser, live_url, member, path, language
):
    user, routine = member
    type(user).objects.filter(pk=user.pk).update(language=language)
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    log_in(page, live_url, user.email)
    page.goto(live_url + path.format(routine=routine.pk))

    assert page.locator("html").get_attribute("lang") == language
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    small = page.evaluate(
        "[...document.querySelectorAll(" + json.dumps(TAP_TARGETS) + ")]"
        ".filter(el => el.offsetParent !== null)"
        ".map(el => [el.textContent.trim() || el.name || el.id,"
        " el.getBoundingClientRect().height])"
        ".filter(([, h]) => h < 43.5)"
    )
    # 371 days cannot each be 44 px; they are 24 px apart, the WCAG 2.5.8 spacing, and the
    # summary and the weekly table say the same in words.
    days = page.evaluate(
        "[...document.querySelectorAll('#heatmap button.hd')].slice(0, 8)"
        ".map(el => el.getBoundingClientRect()).map(r => [r.top, r.left, r.width, r.height])"
    )
    context.close()
    assert small == []
    if days:
        assert min(min(width, height) for *_, width, height in days) >= 20
        assert min(b[0] - a[0] for a, b in zip(days[:6], days[1:7], strict=True)) >= 24
        assert days[7][1] - days[0][1] >= 24  # the next week


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_year_of_charts_and_a_chosen_day_have_no_serious_axe_findings(browser, live_url, scheme):
    user = user_with_a_year()
    flagged = flagged_exercise(user)
    context = browser.new_context(viewport=VIEWPORTS["phone"], has_touch=True)
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    log_in(page, live_url, user.email)
    page.locator("#heatmap button.hd").nth(-3).tap()
    expect(page.get_by_test_id("heatmap-detail")).to_have_text(re.compile(r"\d{4}: "))
    on_dashboard = axe_violations(page)
    on_dose = check(page, f"{live_url}/exercises/{flagged}/progress/")
    context.close()

    assert on_dashboard == []
    assert on_dose == []

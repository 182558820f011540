import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import watch
from tests.browser.helpers import (
    VIEWPORTS,
    chart_data,
    chart_drawn,
    flagged_exercise,
    log_in,
    user_with_a_year,
    wait_for_chart,
)
from tests.factories import CheckInFactory, UserFactory
from tracking.heatmap import first_day
from tracking.models import CheckIn, ExerciseEntry
from tracking.services.routines import create_starter_routine

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_logging_on_the_dashboard_updates_badge_and_chart_without_a_reload(page: Page, live_url):
    user = UserFactory(email="dana@example.com")
    create_starter_routine(user)
    CheckInFactory(user=user, date=user.local_today() - timedelta(days=2), discomfort=3)

    log_in(page, live_url, user.email)
    expect(page.get_by_test_id("streak-count")).to_have_text("0")
    assert sum(chart_data(page)["active"]) == 0
    page.evaluate("window.__noReload = true")

    page.locator("#log-card li.entry").filter(has_text="Cat-cow").get_by_role("checkbox").check()
    page.get_by_role("button", name="Save session").click()

    expect(page.get_by_test_id("streak-count")).to_have_text("1")
    expect(page.get_by_test_id("current-streak")).to_have_text("1")
    expect(page.get_by_test_id("today-status")).to_contain_text("Routine logged today.")
    expect(page.locator("#heatmap .hd[data-today].active")).to_have_count(1)
    wait_for_chart(page, lambda data: data["active"][-1] == 1)
    expect(page.locator("canvas.discomfort-canvas")).to_be_visible()

    page.locator("#checkin-card").get_by_text("5", exact=True).click()
    page.get_by_role("button", name="Save check-in").click()
    wait_for_chart(page, lambda data: data["levels"][-1] == 5)

    page.get_by_role("link", name="30 days").click()

    expect(page).to_have_url(re.compile(r"range=30"))
    wait_for_chart(page, lambda data: len(data["labels"]) == 30)
    assert page.evaluate("window.__noReload") is True
    chart_drawn(page)


@pytest.fixture
def year_user():
    return user_with_a_year()


@pytest.fixture
def phone(browser):
    """A touch phone at 375 x 812 whose page reports every CSP violation to the test."""
    context = browser.new_context(viewport=VIEWPORTS["phone"], has_touch=True, is_mobile=True)
    page = context.new_page()
    violations: list[str] = []
    page.expose_function("reportViolation", lambda text: violations.append(text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', (e) => window.reportViolation("
        "`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber} ${e.sample}`))"
    )
    problems = watch(page)
    yield page, violations
    context.close()
    assert problems == []


def inside(inner: dict, outer: dict) -> bool:
    return outer["x"] <= inner["x"] and inner["x"] + inner["width"] <= outer["x"] + outer["width"]


def day_words(user, day) -> tuple[bool, str]:
    """Whether the user exercised on ``day`` and how the heat-map words the check-in."""
    exercised = ExerciseEntry.objects.filter(
        session__user=user, session__date=day, completed=True
    ).exists()
    checkin = CheckIn.objects.filter(user=user, date=day).first()
    return exercised, (f"check-in {checkin.discomfort} out of 10" if checkin else "no check-in")


def test_on_a_phone_the_heatmap_opens_at_today_and_a_tap_shows_a_day(phone, live_url, year_user):
    page, violations = phone
    today = year_user.local_today()
    log_in(page, live_url, year_user.email)

    scroller = page.locator("[data-heatmap-scroll]")
    scroller.scroll_into_view_if_needed()
    assert scroller.evaluate("el => el.scrollWidth > el.clientWidth")  # a year is wider
    for _ in range(50):  # scrolled to today once it nears the screen
        if scroller.evaluate("el => el.scrollLeft > 0"):
            break
        page.wait_for_timeout(100)
    assert inside(page.locator("#heatmap .hd[data-today]").bounding_box(), scroller.bounding_box())
    assert not inside(
        page.locator("#heatmap button.hd").first.bounding_box(), scroller.bounding_box()
    )
    expect(page.locator(".heatmap-weekdays li")).to_have_text(
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    )
    expect(page.locator(".heatmap-month").filter(has_text=re.compile(r"\w"))).to_have_count(12)

    # The latest day with a session and a check-in, one of the weeks in view.
    day = next(
        today - timedelta(days=n)
        for n in range(1, 28)
        if (words := day_words(year_user, today - timedelta(days=n)))[0] and "out of" in words[1]
    )
    cells = page.locator("#heatmap button.hd")
    first = first_day(today)
    cell = cells.nth((day - first).days)
    cell.tap()

    detail = page.get_by_test_id("heatmap-detail")
    expect(detail).to_have_text(f"{day:%a %-d %b %Y}: exercised; {day_words(year_user, day)[1]}.")
    assert inside(detail.bounding_box(), {"x": 0, "width": 375})
    expect(cell).to_have_class(re.compile("selected"))

    # The keyboard: one tab stop, the arrows move a week, Enter shows the day.
    cell.focus()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Enter")
    week_before = day - timedelta(weeks=1)
    expect(detail).to_contain_text(f"{week_before:%a %-d %b %Y}: ")
    expect(detail).to_contain_text(day_words(year_user, week_before)[1])
    expect(page.locator('#heatmap button.hd:not([tabindex="-1"])')).to_have_count(1)
    assert violations == []


def test_going_back_after_a_range_switch_breaks_no_csp_rule(phone, live_url, year_user):
    page, violations = phone
    log_in(page, live_url, year_user.email)
    wait_for_chart(page, lambda data: len(data["labels"]) == 90)
    chart_drawn(page)
    page.evaluate("(window.firstChartJs = Chart), 1")

    page.get_by_role("link", name="30 days").click()
    expect(page).to_have_url(re.compile(r"range=30"))
    wait_for_chart(page, lambda data: len(data["labels"]) == 30)
    page.go_back()

    expect(page).to_have_url(f"{live_url}/dashboard/")
    expect(page.get_by_role("link", name="90 days")).to_have_attribute("aria-current", "true")
    wait_for_chart(page, lambda data: len(data["labels"]) == 90)
    drawn = page.locator("canvas.discomfort-canvas[height]")  # Chart.js sizes what it draws
    expect(drawn).to_be_visible()
    page.wait_for_timeout(300)  # a violation is reported asynchronously
    assert violations == []

    # Back ran the page's scripts again; the next switch still replaces the chart in place,
    # leaving no chart behind on a canvas that has left the page.
    page.get_by_role("link", name="1 year").click()
    wait_for_chart(page, lambda data: len(data["labels"]) == 365)
    expect(drawn).to_be_visible()
    charts = page.evaluate(
        "Object.values(firstChartJs.instances).map((chart) => chart.canvas?.isConnected)"
    )
    assert charts == [True]
    assert violations == []


def test_on_a_phone_a_year_of_doses_is_charted_by_week_with_a_matching_legend(
    phone, live_url, year_user
):
    page, violations = phone
    flagged = flagged_exercise(year_user)
    log_in(page, live_url, year_user.email)
    page.goto(f"{live_url}/exercises/{flagged}/progress/")

    expect(page.locator("#dose-chart canvas")).to_be_visible()
    assert chart_data(page, "dose-data")["period"] == "week"
    chart_drawn(page, "#dose-chart canvas")  # Chart.js is fetched once the chart is in view
    legend = []
    for _ in range(50):  # Chart.js draws after the page loads
        legend = page.evaluate(
            "(() => { const c = Chart.getChart(document.querySelector('#dose-chart canvas'));"
            " return c ? c.legend.legendItems.map((i) => [i.text, i.pointStyle, i.strokeStyle,"
            " c.data.datasets[i.datasetIndex].pointStyle || 'circle',"
            " c.data.datasets[i.datasetIndex].borderColor]) : []; })()"
        )
        if legend:
            break
        page.wait_for_timeout(100)
    flags = [item for item in legend if item[0].startswith("Flagged")]
    assert flags  # the user flagged this exercise at least once
    assert [(item[1], item[2]) for item in flags] == [(item[3], item[4]) for item in flags]
    ticks = page.evaluate(
        "Chart.getChart(document.querySelector('#dose-chart canvas')).scales.x.ticks.length"
    )
    assert ticks <= 4
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert violations == []


def test_on_a_phone_chart_js_is_fetched_only_when_the_chart_scrolls_into_view(phone, live_url):
    page, violations = phone
    user = user_with_a_year("scroll@example.com")
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    log_in(page, live_url, user.email)
    expect(page.get_by_test_id("heatmap-summary")).to_be_visible()
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)

    assert not [url for url in fetched if "chart.umd" in url]
    assert not [url for url in fetched if "bootstrap.bundle" in url]
    assert page.evaluate("typeof Chart") == "undefined"

    chart_drawn(page)
    assert len([url for url in fetched if "chart.umd" in url]) == 1
    assert violations == []


def test_on_a_phone_the_menu_opens_and_closes_without_bootstraps_script(phone, live_url):
    page, violations = phone
    user = UserFactory(email="menu@example.com")
    create_starter_routine(user)
    log_in(page, live_url, user.email)
    menu = page.get_by_role("button", name="Menu")
    settings_link = page.get_by_role("link", name="Settings")
    expect(settings_link).to_be_hidden()

    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(settings_link).to_be_visible()
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(settings_link).to_be_hidden()
    assert violations == []

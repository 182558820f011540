"""A German-speaking newcomer on a phone: signs up in German (their browser's language), logs a
day, flags an exercise and reads the suggestion in German; then picks Spanish in Settings and
finds the dashboard, the heat-map's weekdays and the chart in Spanish. axe-core checks each
language's pages on the way."""

import pytest
from django.db import connection
from playwright.sync_api import Page, expect

from spinecare.accounts.models import User
from tests.browser.conftest import watched_page
from tests.browser.helpers import assert_axe_clean, chart_drawn, screenshot
from tracking.models import Suggestion

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "walk-the-dog-at-dawn-42"


@pytest.fixture
def german_phone(browser):
    """A phone whose browser asks for German (Accept-Language: de-DE and navigator.language)."""
    yield from watched_page(browser, "phone", locale="de-DE")


def chart_labels(page: Page) -> list[str]:
    return page.evaluate(
        "Chart.getChart(document.querySelector('canvas.discomfort-canvas'))"
        ".data.datasets.map((d) => d.label)"
    )


def test_sign_up_in_german_flag_in_german_then_read_the_dashboard_in_spanish(
    german_phone: Page, live_url
):
    if connection.vendor != "sqlite":
        pytest.skip("the same journey as on SQLite; no database behaviour to test twice")
    page = german_phone
    page.goto(f"{live_url}/accounts/signup/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    page.locator("#id_email").fill("jonas@example.com")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Registrieren").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Fangen wir da an, wo es darauf ankommt"
    )
    assert User.objects.get(email="jonas@example.com").language == "de"
    page.get_by_role("link", name="Vorerst überspringen").click()

    # The starter routine, in German: log it with a sharp flag on the side plank.
    row = page.locator("#log-card li.entry").filter(has_text="Seitstütz")
    row.get_by_role("checkbox").check()
    row.get_by_text("Stechend", exact=True).click()
    page.get_by_role("button", name="Einheit speichern").click()

    suggestion = page.get_by_test_id("suggestion")
    expect(suggestion).to_contain_text(
        "Du hast Seitstütz in deiner letzten Einheit als stechend markiert."
    )
    expect(suggestion.get_by_role("button", name="Annehmen")).to_be_visible()
    assert Suggestion.objects.get().reason.startswith("You flagged Side plank as sharp")
    page.locator("#checkin-card").get_by_text("4", exact=True).click()
    page.get_by_role("button", name="Check-in speichern").click()
    expect(page.get_by_test_id("chart-summary")).to_contain_text(
        "1 Check-in in diesem Zeitraum: Durchschnitt 4,0 von 10"
    )
    screenshot(page, "dashboard-german", "phone")
    assert_axe_clean(page)

    # Settings: Spanish, and weeks starting on Sunday.
    page.goto(f"{live_url}/accounts/settings/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Einstellungen")
    page.get_by_label("Sprache").select_option("es")
    page.get_by_label("Erster Tag der Woche").select_option("6")
    page.get_by_role("button", name="Einstellungen speichern").click()

    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("button", name="Guardar ajustes")).to_be_visible()
    person = User.objects.get(email="jonas@example.com")
    assert (person.language, person.week_start) == ("es", 6)

    page.goto(f"{live_url}/dashboard/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_test_id("suggestion")).to_contain_text(
        "En tu última sesión marcaste una molestia aguda en Plancha lateral."
    )
    expect(page.locator(".heatmap-weekdays li")).to_have_text(
        ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"]
    )
    chart_drawn(page)
    assert chart_labels(page)[:2] == ["Registro del día (0-10)", "Media de 7 días"]
    expect(page.get_by_test_id("chart-summary")).to_contain_text(
        "1 registro del día en este rango: media de 4,0 sobre 10"
    )
    screenshot(page, "dashboard-spanish", "phone")
    assert_axe_clean(page)

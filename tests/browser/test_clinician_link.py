"""The clinician link journey on a phone, and axe on the pages this feature adds."""

import pytest
from django.db import connection
from playwright.sync_api import Page, expect

from tests.browser.conftest import watch
from tests.browser.helpers import VIEWPORTS, axe_violations, log_in
from tests.factories import CheckInFactory, ExerciseEntryFactory, SessionFactory, UserFactory
from tracking.services.routines import create_starter_routine

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def patient(live_server):
    user = UserFactory(email="link@example.com", display_name="Noor")
    routine = create_starter_routine(user)
    item = routine.items.select_related("exercise").first()
    today = user.local_today()
    CheckInFactory(user=user, date=today, discomfort=3, notes="Better after the walk.")
    ExerciseEntryFactory(session=SessionFactory(user=user, date=today), exercise=item.exercise)
    return user


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_link_made_on_a_phone_opens_the_report_elsewhere_until_revoked(
    browser, live_url, patient, scheme
):
    context = browser.new_context(viewport=VIEWPORTS["phone"], color_scheme=scheme)
    page = context.new_page()
    problems = watch(page)
    log_in(page, live_url, patient.email)
    page.goto(f"{live_url}/data/")
    page.get_by_label("Label (optional)").fill("Dr Ng, physio")
    page.get_by_label("Opens for (days)").fill("14")
    page.get_by_role("button", name="Make a link").click()

    url = page.locator("#new-link-url").input_value()
    assert "/data/shared/" in url
    assert axe_violations(page) == []

    clinician = browser.new_context(viewport=VIEWPORTS["phone"], color_scheme=scheme)
    reader = clinician.new_page()
    problems += watch(reader)
    response = reader.goto(url)
    assert response.headers["referrer-policy"] == "no-referrer"
    expect(reader.get_by_role("heading", name="For your physiotherapist")).to_be_visible()
    expect(reader.get_by_text("Better after the walk.")).to_be_visible()
    assert reader.get_by_role("link", name="Log out").count() == 0
    assert clinician.cookies() == []
    assert axe_violations(reader) == []

    page.goto(f"{live_url}/data/")
    row = page.get_by_test_id("links").get_by_role("row", name="Dr Ng, physio")
    expect(row).to_contain_text("1 time")
    row.get_by_role("button", name="Revoke").click()
    expect(page.get_by_text("The link is revoked")).to_be_visible()

    assert reader.goto(url).status == 404
    expect(reader.get_by_role("heading", name="This link doesn't open")).to_be_visible()
    assert axe_violations(reader) == []
    assert problems == []
    context.close()
    clinician.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_api_pages_have_no_serious_axe_findings(page: Page, live_url, patient, scheme):
    if connection.vendor == "postgresql":
        pytest.skip("Markup only: the SQLite pass checks it.")
    page.emulate_media(color_scheme=scheme)
    log_in(page, live_url, patient.email)
    found = {}
    page.goto(f"{live_url}/accounts/settings/api-tokens/")
    page.get_by_label("Name").fill("Watch sync")
    page.get_by_role("button", name="Make a token").click()
    expect(page.get_by_test_id("new-token")).to_be_visible()
    found["tokens"] = axe_violations(page)
    page.goto(f"{live_url}/api/v1/docs/")
    found["docs"] = axe_violations(page)

    assert {name: v for name, v in found.items() if v} == {}

"""The load test's form reader against the real dashboard: what it posts must be what a
browser posts, so the load test logs real sessions and check-ins."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from loadtest.forms import form_posting_to, read_forms, replace
from tracking.models import CheckIn, Session

FORM = "application/x-www-form-urlencoded"


def test_ticking_every_row_of_the_dashboards_checklist_logs_a_session(
    user_client, user, starter_routine
):
    page = user_client.get(reverse("tracking:dashboard")).text
    form = form_posting_to(page, reverse("tracking:session-log"))
    rows = form.checkboxes()

    response = user_client.post(
        form.action,
        urlencode(form.submission(tick=rows)),
        content_type=FORM,
        headers={"HX-Request": "true"},
    )

    assert len(rows) == starter_routine.items.count() > 0
    assert "Saved:" in response.text
    session = Session.objects.for_user(user).get()
    assert session.entries.filter(completed=True).count() == len(rows)


def test_the_dashboards_check_in_card_saves_the_level_chosen(user_client, user, starter_routine):
    page = user_client.get(reverse("tracking:dashboard")).text
    form = form_posting_to(page, reverse("tracking:checkin-save"))

    response = user_client.post(
        form.action,
        urlencode(form.submission(choose={"discomfort": "3"})),
        content_type=FORM,
        headers={"HX-Request": "true"},
    )

    assert "Check-in saved." in response.text
    assert CheckIn.objects.for_user(user).get().discomfort == 3


PAGE = """
<form method="get" action="/search/"><input name="q" value="plank"></form>
<form method="post" action="/sessions/log/" hx-post="/sessions/log/">
  <input type="hidden" name="csrfmiddlewaretoken" value="t0k&amp;en">
  <input type="checkbox" name="item-7-completed" id="x"><label for="x">Plank</label>
  <input type="checkbox" name="item-8-completed" checked>
  <input type="checkbox" name="extra" value="yes" disabled>
  <input type="radio" name="item-7-discomfort" value="none" checked>
  <input type="radio" name="item-7-discomfort" value="mild">
  <select name="item-7-area"><option value="">Choose</option><option selected>neck</option></select>
  <select name="size"><option value="s">S</option><option value="m">M</option></select>
  <textarea name="notes">
Stiff</textarea>
  <input type="number" name="sets" value="3">
  <button type="submit" name="go" value="1">Save</button>
</form>
"""


def test_a_renamed_row_checkbox_is_still_found_and_ticked():
    form = form_posting_to(PAGE, "/sessions/log/")

    ticked = form.submission(tick=form.checkboxes())

    assert [box.name for box in form.checkboxes()] == ["item-7-completed", "item-8-completed"]
    assert ("item-7-completed", "on") in ticked
    assert ("extra", "yes") not in ticked


def test_a_form_is_submitted_with_every_value_the_page_left_in_it():
    form = form_posting_to(PAGE, "/sessions/log/")

    assert form.submission() == [
        ("csrfmiddlewaretoken", "t0k&en"),
        ("item-8-completed", "on"),
        ("item-7-discomfort", "none"),
        ("item-7-area", "neck"),
        ("size", "s"),
        ("notes", "Stiff"),
        ("sets", "3"),
    ]
    chosen = form.submission(choose={"item-7-discomfort": "mild"})
    assert ("item-7-discomfort", "mild") in chosen
    assert ("item-7-discomfort", "none") not in chosen


def test_replace_sets_fields_and_a_missing_form_is_an_error():
    assert replace([("a", "1"), ("b", "2")], {"a": "9", "c": "3"}) == [
        ("b", "2"),
        ("a", "9"),
        ("c", "3"),
    ]
    assert [form.action for form in read_forms(PAGE)] == ["/search/", "/sessions/log/"]
    with pytest.raises(LookupError, match="/checkin/"):
        form_posting_to(PAGE, "/checkin/")

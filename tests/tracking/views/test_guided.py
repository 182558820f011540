"""The guided session: today's checklist one exercise at a time, posting the checklist's form."""

import re
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ExerciseFactory, RoutineFactory, RoutineItemFactory, SessionFactory
from tracking.models import Session
from tracking.services.today import set_gentle_day

GUIDED = reverse("tracking:guided-session")
LOG = reverse("tracking:session-log")


class FormFields(HTMLParser):
    """What a browser would send from the page's form, as it stands (no JavaScript)."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, str] = {}
        self.action = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "data-guided" in a:
            self.action = a["action"]
        elif tag == "input" and "name" in a:
            kind = a.get("type", "text")
            if kind in {"checkbox", "radio"}:
                if "checked" in a:
                    self.data[a["name"]] = a.get("value", "on")
            else:
                self.data[a["name"]] = a.get("value", "")
        elif tag == "textarea":
            self.data[a["name"]] = ""
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select:
            self.data.setdefault(self._select, a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def fields_of(response) -> FormFields:
    parser = FormFields()
    parser.feed(response.content.decode())
    return parser


def step_names(response) -> list[str]:
    return [form.exercise.name for form in response.context["entry_forms"]]


def test_it_plays_the_active_routine_in_order_with_how_to_and_dose(user_client, starter_routine):
    response = user_client.get(GUIDED)

    assert response.status_code == 200
    items = starter_routine.items.select_related("exercise").order_by("position")
    assert step_names(response) == [item.exercise.name for item in items]
    assert len(items) == 7
    text = response.content.decode()
    assert text.count('data-testid="guided-step"') == 7
    assert "Exercise 4 of 7" in text
    assert "15 s hold, each side" in text  # side plank's dose in words
    assert "Lie on one side with your legs straight and stacked" in text  # its first step
    # Its first caution only, not the others.
    assert "don&#x27;t let your hips drop toward the floor" in text
    assert "sink into the supporting shoulder" not in text
    assert 'data-per-side="true"' in text


def test_only_exercises_with_a_hold_get_a_timer(user_client, starter_routine):
    text = user_client.get(GUIDED).content.decode()

    timers = re.findall(r'data-guided-timer data-seconds="(\d+)" data-sets="(\d+)"', text)
    # Knees to chest, side plank, chin to chest: cat-cow, bird dog, ball squeeze and shoulder
    # shrug are counted in reps.
    assert timers == [("20", "1"), ("15", "1"), ("15", "1")]


def test_without_javascript_the_page_is_one_form_that_logs_the_session(
    user_client, user, starter_routine
):
    page = fields_of(user_client.get(GUIDED))
    items = list(starter_routine.items.select_related("exercise"))
    data = dict(page.data)
    for item in items[:-1]:  # the last one skipped
        data[f"item-{item.pk}-completed"] = "on"
    bird_dog = next(i for i in items if i.exercise.slug == "bird-dog")
    data[f"item-{bird_dog.pk}-discomfort"] = "mild"
    data["duration_minutes"] = "9"

    assert page.action == LOG
    response = user_client.post(page.action, data, follow=True)

    session = Session.objects.for_user(user).get()
    entries = {e.exercise.slug: e for e in session.entries.select_related("exercise")}
    assert len(entries) == 6  # the skipped one, not flagged, is not kept
    assert "shoulder-shrug" not in entries
    assert entries["bird-dog"].discomfort == "mild"
    assert entries["side-plank"].hold_seconds == 15
    assert session.duration_minutes == 9
    assert "Saved: 6 exercises done." in response.content.decode()


def test_a_day_already_logged_gets_a_separate_session(user_client, user, starter_routine):
    SessionFactory(user=user, date=user.local_today(), routine=starter_routine)
    response = user_client.get(GUIDED)
    data = fields_of(response).data
    first = starter_routine.items.first()
    data[f"item-{first.pk}-completed"] = "on"

    user_client.post(LOG, data)

    assert "This one is saved as another session." in response.content.decode()
    assert Session.objects.for_user(user).count() == 2
    assert f"item-{first.pk}-completed" not in fields_of(user_client.get(GUIDED)).data


def test_every_row_sends_the_checklist_fields(user_client, starter_routine):
    data = fields_of(user_client.get(GUIDED)).data
    item = starter_routine.items.first()

    for name in ["sets", "reps", "hold_seconds", "discomfort", "discomfort_area"]:
        assert f"item-{item.pk}-{name}" in data
    assert f"item-{item.pk}-discomfort_note" in data
    assert data[f"item-{item.pk}-discomfort"] == "none"
    assert {"key", "routine", "date", "duration_minutes", "notes"} <= data.keys()


def test_another_users_routine_never_appears(user_client, user, other_user):
    theirs = RoutineFactory(user=other_user, name="Charlie's secret routine", is_active=True)
    RoutineItemFactory(routine=theirs, exercise=ExerciseFactory(name="Charlie's stretch"))

    response = user_client.get(GUIDED)

    text = response.content.decode()
    assert "Charlie" not in text
    assert 'data-testid="guided-empty"' in text


def test_without_a_routine_it_points_to_the_routines(user_client):
    response = user_client.get(GUIDED)

    text = response.content.decode()
    assert "you have no active routine yet" in text
    assert reverse("tracking:routine-list") in text
    assert "data-guided" not in text.replace("data-guided-", "")


def test_paused_exercises_are_left_out_and_counted(user_client, starter_routine):
    starter_routine.items.filter(exercise__slug="bird-dog").update(is_paused=True)

    response = user_client.get(GUIDED)

    assert "Bird dog" not in step_names(response)
    assert len(step_names(response)) == 6
    assert "1 paused exercise is left out." in response.content.decode()


def test_a_routine_with_everything_paused_says_so(user_client, starter_routine):
    starter_routine.items.update(is_paused=True)

    response = user_client.get(GUIDED)

    text = response.content.decode()
    assert "Every exercise in this routine is paused" in text
    assert starter_routine.get_absolute_url() in text


def test_a_gentle_day_leaves_out_the_challenging_exercises(user_client, user, starter_routine):
    set_gentle_day(user, user.local_today(), True)

    response = user_client.get(GUIDED)

    assert "Side plank" not in step_names(response)
    assert len(step_names(response)) == 6
    assert 'data-testid="gentle-day"' in response.content.decode()


def queries_for_page(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(GUIDED).status_code == 200
    return len(queries)


def test_the_steps_cost_the_same_queries_for_one_exercise_or_seven(user_client, starter_routine):
    queries_for_page(user_client)  # the first page also caches the streak badge
    seven = queries_for_page(user_client)
    starter_routine.items.exclude(exercise__slug="cat-cow").delete()

    assert queries_for_page(user_client) == seven


def test_the_script_gets_its_words_as_data_not_inline_code(user_client, starter_routine):
    text = user_client.get(GUIDED).content.decode()

    assert '<script id="guided-words" type="application/json">' in text
    assert "Switch to the %(side)s." in text
    assert re.findall(r"<script(?![^>]*(?:src=|application/json))", text) == []


@pytest.mark.parametrize("method", ["post", "put"])
def test_it_only_reads(user_client, starter_routine, method):
    response = getattr(user_client, method)(GUIDED)

    assert response.status_code == 405
    assert not Session.objects.exists()


def test_it_needs_a_log_in(client):
    response = client.get(GUIDED)

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))

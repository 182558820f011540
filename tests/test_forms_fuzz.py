"""Arbitrary values posted to every form: a page, a redirect or a 4xx, never a 500.

The test client re-raises a view's exception, so a crash fails the test with its traceback.
Each test merges random values over a valid submission, so both the valid and the invalid
paths run; 30 examples each keeps the suite fast.
"""

import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from spinecare.data.portability import export_document
from tests.data.history import make_history
from tests.factories import UserFactory
from tracking.services.routines import create_starter_routine

fuzz = hypothesis_settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TRICKY = [
    "",
    " ",
    "0",
    "1",
    "-1",
    "7",
    "11",
    "99999999999999999999",
    "1e3",
    "NaN",
    "2026-03-14",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "today",
    "none",
    "sharp",
    "lower_back",
    "Europe/London",
    "\x00",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "x" * 3000,
]
values = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=40),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.dates().map(str),
)


def fuzzed(base: dict, fields: list[str]):
    """The valid ``base`` with some fields replaced by arbitrary values (or lists of them)."""
    overrides = st.dictionaries(
        st.sampled_from(fields), st.one_of(values, st.lists(values, max_size=3)), max_size=5
    )
    return overrides.map(lambda extra: {**base, **extra})


def assert_handled(response):
    assert response.status_code < 500
    assert response.status_code in {200, 301, 302, 400, 403, 404, 405, 429}


@pytest.fixture
def routine(user):
    return create_starter_routine(user)


@fuzz
@given(data=st.data())
def test_sign_up(client, db, settings, data):
    settings.RATE_LIMIT_SIGN_UP = "1000/h"  # every example reaches the form, none the 429
    base = {
        "email": "fuzz@example.com",
        "display_name": "Fuzz",
        "timezone": "Europe/London",
        "password1": "walk-the-dog-at-dawn-42",
        "password2": "walk-the-dog-at-dawn-42",
    }
    client.logout()
    form = data.draw(fuzzed(base, list(base)))

    assert_handled(client.post(reverse("accounts:signup"), form))


@fuzz
@given(data=st.data())
def test_settings(user_client, data):
    base = {
        "display_name": "Alice",
        "timezone": "Europe/London",
        "weekly_goal": "5",
        "discomfort_threshold": "6",
    }

    assert_handled(
        user_client.post(reverse("accounts:settings"), data.draw(fuzzed(base, list(base))))
    )


@fuzz
@given(data=st.data())
def test_check_in(user_client, user, data):
    base = {
        "date": user.local_today().isoformat(),
        "discomfort": "3",
        "areas": ["neck"],
        "notes": "",
        "rest_for_discomfort": "",
    }
    form = data.draw(fuzzed(base, list(base)))
    htmx = data.draw(st.booleans())

    response = user_client.post(
        reverse("tracking:checkin-save"), form, headers={"HX-Request": "true"} if htmx else {}
    )

    assert_handled(response)


@fuzz
@given(data=st.data())
def test_session_log(user_client, user, routine, data):
    item = routine.items.first()
    prefix = f"item-{item.pk}-"
    base = {
        "key": str(uuid.uuid4()),
        "routine": str(routine.pk),
        "date": user.local_today().isoformat(),
        "duration_minutes": "10",
        "notes": "",
        prefix + "done": "on",
        prefix + "sets": "2",
        prefix + "reps": "10",
        prefix + "hold_seconds": "0",
        prefix + "discomfort": "none",
        prefix + "discomfort_area": "",
        prefix + "discomfort_note": "",
    }
    form = data.draw(fuzzed(base, list(base)))

    assert_handled(user_client.post(reverse("tracking:session-log"), form))


@fuzz
@given(data=st.data())
def test_routine_item_update(user_client, routine, data):
    item = routine.items.first()
    base = {"sets": "2", "reps": "10", "hold_seconds": "0"}
    form = data.draw(fuzzed(base, list(base)))

    response = user_client.post(reverse("tracking:routine-item-update", args=[item.pk]), form)

    assert_handled(response)


@fuzz
@given(data=st.data())
def test_routine_create_and_rename(user_client, routine, data):
    form = data.draw(fuzzed({"name": "Evening"}, ["name"]))

    assert_handled(user_client.post(reverse("tracking:routine-create"), form))
    assert_handled(user_client.post(reverse("tracking:routine-rename", args=[routine.pk]), form))


def json_values():
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**20), max_value=10**20),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
        st.sampled_from(TRICKY),
    )
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=8,
    )


def mutate(document, path_choices, value):
    """Replace one value somewhere in the document."""
    target = document
    for step in path_choices[:-1]:
        if isinstance(target, dict) and target:
            target = target[sorted(target)[step % len(target)]]
        elif isinstance(target, list) and target:
            target = target[step % len(target)]
    if isinstance(target, dict) and target:
        target[sorted(target)[path_choices[-1] % len(target)]] = value
    elif isinstance(target, list) and target:
        target[path_choices[-1] % len(target)] = value
    return document


@fuzz
@given(data=st.data())
def test_import(client, db, data):
    donor = UserFactory()
    make_history(donor)
    newcomer = UserFactory()
    create_starter_routine(newcomer)
    client.force_login(newcomer)
    document = export_document(donor)
    content = data.draw(
        st.one_of(
            st.binary(max_size=200),
            json_values().map(lambda v: json.dumps(v).encode()),
            st.builds(
                lambda path, value: json.dumps(mutate(document, path, value)).encode(),
                st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=6),
                json_values(),
            ),
        )
    )
    upload = SimpleUploadedFile("export.json", content, content_type="application/json")

    assert_handled(client.post(reverse("data:import"), {"file": upload}))


@fuzz
@given(password=values)
def test_delete_account(user_client, user, settings, password):
    settings.PASSWORD_CHECK_FAILURE_LIMIT = 1000  # every example has its password checked
    response = user_client.post(reverse("accounts:delete"), {"password": password})

    assert_handled(response)
    user.refresh_from_db()  # still there: no arbitrary value is the password


@fuzz
@given(data=st.data())
def test_clinician_report(user_client, data):
    query = data.draw(fuzzed({}, ["start", "end"]))

    assert_handled(user_client.get(reverse("data:report"), query))

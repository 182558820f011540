"""The services behind Today: logging a session once per form, and the day's check-in."""

import uuid
from datetime import date

import pytest
from django.db import IntegrityError, transaction

from tests.factories import CheckInFactory, ExerciseFactory, SessionFactory
from tracking.models import CheckIn, ExerciseEntry, Session
from tracking.services.today import log_session, save_checkin

pytestmark = pytest.mark.django_db


def entry(exercise, **overrides):
    """An unsaved entry, as the checklist form gives it to log_session."""
    values = {"exercise": exercise, "completed": True, "sets": 1, "reps": 8}
    return ExerciseEntry(**(values | overrides))


def test_log_session_is_idempotent_per_key(user):
    key = uuid.uuid4()
    exercise = ExerciseFactory()
    kwargs = {
        "key": key,
        "day": date(2026, 5, 1),
        "routine": None,
        "duration_minutes": 10,
        "notes": "",
        "entries": [entry(exercise)],
    }

    first = log_session(user, **kwargs)
    again = log_session(user, **kwargs)

    assert first.created
    assert not again.created
    assert again.session == first.session
    assert Session.objects.count() == 1
    assert ExerciseEntry.objects.count() == 1


def test_the_database_itself_refuses_a_repeated_key(user):
    session = SessionFactory(user=user)

    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(user=user, idempotency_key=session.idempotency_key)


def test_the_same_key_for_two_users_is_two_sessions(user, other_user):
    key = uuid.uuid4()
    for person in (user, other_user):
        log_session(
            person,
            key=key,
            day=date(2026, 5, 1),
            routine=None,
            duration_minutes=None,
            notes="",
            entries=[],
        )

    assert Session.objects.count() == 2


def test_the_database_refuses_a_second_check_in_on_a_day(user):
    CheckInFactory(user=user, date=date(2026, 5, 1))

    with pytest.raises(IntegrityError), transaction.atomic():
        CheckInFactory(user=user, date=date(2026, 5, 1))


@pytest.mark.parametrize(
    "overrides",
    [{"discomfort": 11}, {"discomfort": -1}],
)
def test_the_database_refuses_check_in_levels_out_of_range(user, overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        CheckIn.objects.create(user=user, date=date(2026, 5, 1), **overrides)


def test_save_checkin_replaces_the_days_check_in(user):
    save_checkin(
        user, date(2026, 5, 1), discomfort=3, areas=[], notes="", rest_for_discomfort=False
    )
    checkin, created = save_checkin(
        user, date(2026, 5, 1), discomfort=6, areas=["neck"], notes="", rest_for_discomfort=True
    )

    assert not created
    assert CheckIn.objects.get() == checkin
    assert (checkin.discomfort, checkin.areas) == (6, ["neck"])

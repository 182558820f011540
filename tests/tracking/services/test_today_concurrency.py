"""log_session under real concurrency: two connections, two threads, one moment.

SQLite runs one write at a time, so the race only exists on PostgreSQL; CI runs the suite
there too (.ci/run), and these tests run whenever DATABASE_URL points at PostgreSQL.
"""

from datetime import date
from uuid import uuid4

import pytest

from tests.concurrency import RACES, run_together
from tests.factories import ExerciseFactory, UserFactory
from tracking.models import ExerciseEntry, Session
from tracking.services.today import log_session

pytestmark = RACES

DAY = date(2026, 3, 14)
ROUNDS = 5


@pytest.fixture
def exercise():
    return ExerciseFactory()


def submit(user, key, exercise, *, another=True):
    """A call that logs one done exercise; each call builds its own unsaved entry. By
    default each is a separate session ("Log another session"), so rounds don't merge."""
    return lambda: log_session(
        user,
        key=key,
        day=DAY,
        routine=None,
        duration_minutes=10,
        notes="",
        entries=[ExerciseEntry(exercise=exercise, completed=True, sets=1, reps=8)],
        another=another,
    )


def test_the_same_form_sent_twice_at_once_saves_one_session(exercise):
    user = UserFactory()
    for _ in range(ROUNDS):
        key = uuid4()

        first, second = run_together(submit(user, key, exercise), submit(user, key, exercise))

        assert first.session.pk == second.session.pk
        assert sorted([first.created, second.created]) == [False, True]
        assert Session.objects.filter(user=user, idempotency_key=key).count() == 1
    assert Session.objects.filter(user=user).count() == ROUNDS
    assert ExerciseEntry.objects.filter(session__user=user).count() == ROUNDS


def test_two_different_sessions_on_the_same_day_both_survive(exercise):
    user = UserFactory()
    for _ in range(ROUNDS):
        first, second = run_together(
            submit(user, uuid4(), exercise), submit(user, uuid4(), exercise)
        )

        assert first.created
        assert second.created
        assert first.session.pk != second.session.pk
    assert Session.objects.filter(user=user, date=DAY).count() == 2 * ROUNDS
    assert ExerciseEntry.objects.filter(session__user=user).count() == 2 * ROUNDS


def test_two_first_saves_of_a_day_at_once_make_one_session(exercise):
    user = UserFactory()

    first, second = run_together(
        submit(user, uuid4(), exercise, another=False),
        submit(user, uuid4(), exercise, another=False),
    )

    assert first.session.pk == second.session.pk
    assert sorted([first.created, second.updated]) == [True, True] or sorted(
        [second.created, first.updated]
    ) == [True, True]
    assert Session.objects.filter(user=user, date=DAY).count() == 1

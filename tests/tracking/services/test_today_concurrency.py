"""log_session under real concurrency: two connections, two threads, one moment.

SQLite runs one write at a time, so the race only exists on PostgreSQL; CI runs the suite
there too (.ci/run), and these tests run whenever DATABASE_URL points at PostgreSQL.
"""

import threading
from datetime import date
from uuid import uuid4

import pytest
from django.db import connection

from tests.factories import ExerciseFactory, UserFactory
from tracking.models import ExerciseEntry, Session
from tracking.services.today import log_session

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite serialises writes, so nothing can race "
        "(run with DATABASE_URL=postgres://...)",
    ),
    # Real commits, so each thread's connection sees the others' rows. This empties the
    # database afterwards, the seeded library included: make exercises with the factory.
    pytest.mark.django_db(transaction=True),
]

DAY = date(2026, 3, 14)
ROUNDS = 5


def run_together(*calls):
    """Run the calls in threads released at the same instant; return their results in order."""
    barrier = threading.Barrier(len(calls))
    results, errors = [None] * len(calls), []

    def worker(index, call):
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


@pytest.fixture
def exercise():
    return ExerciseFactory()


def submit(user, key, exercise):
    """A call that logs one done exercise; each call builds its own unsaved entry."""
    return lambda: log_session(
        user,
        key=key,
        day=DAY,
        routine=None,
        duration_minutes=10,
        notes="",
        entries=[ExerciseEntry(exercise=exercise, completed=True, sets=1, reps=8)],
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

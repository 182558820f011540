"""Re-running the rules after a save: a fixed number of queries, however long the routine."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ExerciseEntryFactory,
    RoutineFactory,
    RoutineItemFactory,
    SessionFactory,
)
from tracking.models import Suggestion
from tracking.services.suggestions import refresh_suggestions


def flagged_routine(user, length: int, level: str):
    """An active routine of ``length`` exercises, each logged with ``level`` on each of the
    last three days."""
    routine = RoutineFactory(user=user, is_active=True)
    items = RoutineItemFactory.create_batch(length, routine=routine)
    for days_back in (3, 2, 1):
        session = SessionFactory(user=user, date=user.local_today() - timedelta(days=days_back))
        for item in items:
            ExerciseEntryFactory(
                session=session,
                exercise=item.exercise,
                routine_item=item,
                completed=True,
                discomfort=level,
            )
    return items


def queries_of_refresh(user, items) -> tuple[int, list[Suggestion]]:
    with CaptureQueriesContext(connection) as queries:
        created = refresh_suggestions(user, [item.exercise_id for item in items])
    return len(queries), created


@pytest.mark.parametrize("level", ["moderate", "none"])
def test_the_queries_do_not_grow_with_the_routine(user, other_user, level):
    short = flagged_routine(user, 2, level)
    long = flagged_routine(other_user, 12, level)

    few, made_few = queries_of_refresh(user, short)
    many, made_many = queries_of_refresh(other_user, long)

    assert few == many
    assert few <= 7
    expected = 0 if level == "none" else 1
    assert (len(made_few), len(made_many)) == (2 * expected, 12 * expected)


def test_suggestions_the_flags_no_longer_call_for_go_stale_in_one_write(user):
    items = flagged_routine(user, 5, "moderate")
    first = {s.pk for s in refresh_suggestions(user)}
    session = SessionFactory(user=user, date=user.local_today())
    for item in items:
        ExerciseEntryFactory(session=session, exercise=item.exercise, routine_item=item)

    with CaptureQueriesContext(connection) as queries:
        refresh_suggestions(user)

    writes = [q["sql"] for q in queries if q["sql"].startswith(("UPDATE", "INSERT"))]
    assert len(writes) <= 2
    stale = Suggestion.objects.filter(status=Suggestion.Status.STALE)
    assert set(stale.values_list("pk", flat=True)) == first
    assert Suggestion.objects.open().count() <= len(items)  # at most one open per item

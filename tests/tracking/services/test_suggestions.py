"""Re-running the rules after a save: a fixed number of queries, however long the routine."""

import uuid
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
from tracking.models import ExerciseEntry, RoutineItem, Suggestion
from tracking.services.suggestions import (
    accept_suggestion,
    dismiss_suggestion,
    refresh_suggestions,
    undo_adjustment,
)
from tracking.services.today import save_checklist


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
    assert few <= 8  # 7, and one UPDATE noting which items now have an open suggestion
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
    assert len(writes) <= 3  # the stale ones, the new ones, the items' eased_or_open
    stale = Suggestion.objects.filter(status=Suggestion.Status.STALE)
    assert set(stale.values_list("pk", flat=True)) == first
    assert Suggestion.objects.open().count() <= len(items)  # at most one open per item


# A save without flags runs no suggestion query; the items that need the rules say so.


def checklist_rows(items, level: str = "none") -> list[ExerciseEntry]:
    """The checklist's rows as the form gives them to save_checklist: all done."""
    return [
        ExerciseEntry(
            exercise=item.exercise,
            routine_item=item,
            completed=True,
            sets=item.sets,
            reps=item.reps,
            discomfort=level,
        )
        for item in items
    ]


def save(user, items, level: str = "none", days_back: int = 0) -> list[str]:
    """Save a checklist of ``items`` and return the SQL it ran."""
    routine = items[0].routine
    data = {
        "key": uuid.uuid4(),
        "date": user.local_today() - timedelta(days=days_back),
        "routine": routine,
        "duration_minutes": None,
        "notes": "",
        "another": True,
    }
    rows = checklist_rows(RoutineItem.objects.filter(pk__in=[i.pk for i in items]), level)
    with CaptureQueriesContext(connection) as queries:
        save_checklist(user, data, rows)
    return [q["sql"] for q in queries]


def rules_queries(sql: list[str]) -> list[str]:
    return [q for q in sql if "tracking_suggestion" in q or "tracking_adjustment" in q]


def routine_of(user, length: int):
    routine = RoutineFactory(user=user, is_active=True)
    return RoutineItemFactory.create_batch(length, routine=routine)


@pytest.mark.parametrize("length", [2, 12])
def test_a_save_without_flags_runs_no_suggestion_query(user, length):
    items = routine_of(user, length)

    sql = save(user, items)

    assert rules_queries(sql) == []
    assert ExerciseEntry.objects.filter(session__user=user).count() == length


def test_a_save_with_flags_runs_as_many_queries_for_a_long_routine(user, other_user):
    short, long = routine_of(user, 2), routine_of(other_user, 12)

    few, many = save(user, short, "moderate"), save(other_user, long, "moderate")

    assert len(few) == len(many)
    assert rules_queries(few)
    assert Suggestion.objects.open().count() == 14
    assert RoutineItem.objects.filter(eased_or_open=True).count() == 14


def test_only_the_flagged_and_the_open_items_are_looked_at_again(user):
    items = routine_of(user, 12)
    save(user, items[:1], "moderate", days_back=1)  # an open suggestion for the first
    assert list(RoutineItem.objects.filter(eased_or_open=True)) == [items[0]]

    assert rules_queries(save(user, items[1:])) == []
    assert rules_queries(save(user, items))  # the first has an open suggestion


def test_a_pain_free_save_still_puts_an_open_suggestion_out_of_date(user):
    items = routine_of(user, 3)
    save(user, items[:1], "mild", days_back=3)
    save(user, items[:1], "mild", days_back=2)
    (open_one,) = Suggestion.objects.open()

    save(user, items, days_back=1)
    save(user, items)  # the last three: none, none, mild

    open_one.refresh_from_db()
    assert open_one.status == Suggestion.Status.STALE
    assert not RoutineItem.objects.filter(eased_or_open=True).exists()


def test_pain_free_sessions_after_easing_off_still_earn_the_step_back_up(user):
    (item,) = routine_of(user, 1)
    save(user, [item], "moderate", days_back=6)
    assert accept_suggestion(Suggestion.objects.open().get()).ok  # a lighter dose
    assert RoutineItem.objects.get(pk=item.pk).eased_or_open

    for days_back in (5, 4, 3, 2, 1):
        save(user, [item], days_back=days_back)

    step_up = Suggestion.objects.open().get()
    assert step_up.kind == "step_up"
    assert step_up.proposed["sets"] == item.sets


def test_each_write_keeps_eased_or_open_in_line(user):
    (item,) = routine_of(user, 1)

    def noted() -> bool:
        return RoutineItem.objects.get(pk=item.pk).eased_or_open

    save(user, [item], "moderate", days_back=2)
    assert noted()  # open
    assert dismiss_suggestion(Suggestion.objects.open().get()).ok
    assert not noted()
    save(user, [item], "moderate", days_back=1)
    outcome = accept_suggestion(Suggestion.objects.open().get())
    assert noted()  # eased off
    assert undo_adjustment(outcome.adjustment).ok
    assert not noted()  # back as it was: nothing to step up from

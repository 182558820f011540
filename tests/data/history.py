"""A small but complete history for one user: every kind of row, and rows that refer to
each other (an entry to its routine item, a session to its routine)."""

from datetime import timedelta

import pytest

from exercises.models import Exercise
from spinecare.data.portability import ImportRefused, import_document
from tests.factories import (
    AdjustmentFactory,
    CheckInFactory,
    ClinicianLinkFactory,
    ExerciseEntryFactory,
    ExerciseFactory,
    LateFlagFactory,
    RoutineFactory,
    RoutineItemFactory,
    SessionFactory,
    prescription_of,
)
from tracking.models import (
    Adjustment,
    CheckIn,
    ExerciseEntry,
    GentleDay,
    LateFlag,
    Routine,
    RoutineItem,
    Session,
)

HISTORY_MODELS = (
    Routine,
    RoutineItem,
    Session,
    ExerciseEntry,
    LateFlag,
    CheckIn,
    Adjustment,
    GentleDay,
)


def table_counts() -> dict:
    """How many rows each table holds: equal before and after a refused import."""
    return {model.__name__: model.objects.count() for model in HISTORY_MODELS}


def assert_refused_and_nothing_written(person, document, message: str) -> None:
    """Importing ``document`` into the newcomer ``person`` is refused with ``message``, and
    every table, the starter routine and the profile are as they were."""
    before = table_counts()

    with pytest.raises(ImportRefused) as refusal:
        import_document(person, document)

    assert message in str(refusal.value)
    assert table_counts() == before
    assert [r.name for r in Routine.objects.for_user(person)] == ["My daily routine"]
    person.refresh_from_db()
    assert person.display_name == ""
    assert person.timezone == "UTC"


def make_history(user, *, text: str = "", days_back: int = 0):
    """Routines, sessions with entries (one flagged, one hurt later), check-ins (one with a
    warning sign), a routine change and its undo, a gentle day. ``text`` goes into every
    free-text field; ``days_back`` shifts the whole history into the past."""
    today = user.local_today() - timedelta(days=days_back)
    reps = ExerciseFactory()
    hold = ExerciseFactory(kind=Exercise.Kind.HOLD, default_reps=0, default_hold_seconds=30)
    morning = RoutineFactory(user=user, name=text or "Morning", is_active=True)
    first = RoutineItemFactory(routine=morning, exercise=reps, position=0, sets=3, reps=12)
    second = RoutineItemFactory(
        routine=morning, exercise=hold, position=1, reps=0, hold_seconds=45, is_paused=True
    )
    RoutineFactory(user=user, name="Desk break")
    older = SessionFactory(
        user=user,
        date=today - timedelta(days=2),
        routine=morning,
        duration_minutes=15,
        notes=text or "Felt stiff after the drive.",
    )
    ExerciseEntryFactory(session=older, exercise=reps, routine_item=first, position=0)
    ExerciseEntryFactory(
        session=older,
        exercise=hold,
        routine_item=second,
        position=1,
        completed=False,
        sets=0,
        reps=0,
        discomfort="sharp",
        discomfort_area="lower_back",
        discomfort_note=text or "A twinge on the left.",
    )
    LateFlagFactory(entry=older.entries.get(position=0), level="moderate")
    change = AdjustmentFactory(
        item=second,
        kind="reduce",
        reason=text or "You flagged it as moderate in your last session.",
        reason_parts=[
            {"code": "flagged_last_session", "params": {"exercise": hold.pk, "level": "moderate"}},
            {"code": "ease_off", "params": {}},
        ],
        before={**prescription_of(second), "hold_seconds": 60},
    )
    AdjustmentFactory(
        item=second,
        kind="undo",
        reason="Undid it.",
        reason_parts=[{"code": "undid", "params": {}}, *change.reason_parts],
        before=change.after,
        after=change.before,
        reverts=change,
    )
    GentleDay.objects.create(user=user, date=today - timedelta(days=1))
    latest = SessionFactory(user=user, date=today, routine=None, duration_minutes=None)
    ExerciseEntryFactory(session=latest, exercise=reps, position=0, sets=1, reps=8)
    CheckInFactory(
        user=user,
        date=today - timedelta(days=1),
        discomfort=7,
        areas=["neck", "hips"],
        notes=text or "Bad night.",
        rest_for_discomfort=True,
    )
    CheckInFactory(user=user, date=today, discomfort=2, red_flags=["fever"])
    ClinicianLinkFactory(user=user, start=today - timedelta(days=29), end=today, open_count=2)
    return {"routine": morning, "exercises": (reps, hold), "sessions": (older, latest)}

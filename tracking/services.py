"""Writes that span several models, each in one transaction."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils.translation import gettext as _

from exercises.models import Exercise

from .models import CheckIn, ExerciseEntry, Routine, RoutineItem, Session

# Gentle mobility first, then core and stability, then the neck and shoulders.
STARTER_ROUTINE = [
    "cat-cow",
    "knees-to-chest",
    "bird-dog",
    "side-plank",
    "ball-squeeze",
    "chin-to-chest",
    "shoulder-shrug",
]


def create_starter_routine(user) -> Routine:
    """Give a new user an active routine built from the library's default dosages."""
    by_slug = {e.slug: e for e in Exercise.objects.active().filter(slug__in=STARTER_ROUTINE)}
    with transaction.atomic():
        routine = Routine.objects.create(
            user=user,
            name=_("My daily routine"),
            is_active=not Routine.objects.for_user(user).active().exists(),
        )
        RoutineItem.objects.bulk_create(
            RoutineItem.from_exercise(routine, by_slug[slug], position)
            for position, slug in enumerate(s for s in STARTER_ROUTINE if s in by_slug)
        )
    return routine


def activate_routine(routine: Routine) -> None:
    """Make this the user's active routine (and no other)."""
    with transaction.atomic():
        Routine.objects.for_user(routine.user).active().exclude(pk=routine.pk).update(
            is_active=False
        )
        Routine.objects.filter(pk=routine.pk).update(is_active=True)
    routine.is_active = True


def append_item(routine: Routine, exercise: Exercise) -> RoutineItem:
    last = routine.items.aggregate(last=Max("position"))["last"]
    item = RoutineItem.from_exercise(routine, exercise, 0 if last is None else last + 1)
    item.save()
    return item


def move_item(item: RoutineItem, step: int) -> bool:
    """Swap the item with its neighbour above (step -1) or below (+1). False at either end."""
    with transaction.atomic():
        items = list(item.routine.items.select_for_update().order_by("position", "pk"))
        index = next(i for i, other in enumerate(items) if other.pk == item.pk)
        target = index + step
        if not 0 <= target < len(items):
            return False
        items[index], items[target] = items[target], items[index]
        for position, other in enumerate(items):
            other.position = position
        RoutineItem.objects.bulk_update(items, ["position"])
    return True


ENTRY_FIELDS = [
    "completed",
    "sets",
    "reps",
    "hold_seconds",
    "discomfort",
    "discomfort_area",
    "discomfort_note",
]


@dataclass(frozen=True)
class EntryData:
    exercise: Exercise
    routine_item: RoutineItem | None
    completed: bool
    sets: int
    reps: int
    hold_seconds: int
    discomfort: str
    discomfort_area: str
    discomfort_note: str

    def to_model(self, session: Session, position: int) -> ExerciseEntry:
        return ExerciseEntry(
            session=session,
            position=position,
            exercise=self.exercise,
            routine_item=self.routine_item,
            completed=self.completed,
            sets=self.sets,
            reps=self.reps,
            hold_seconds=self.hold_seconds,
            discomfort=self.discomfort,
            discomfort_area=self.discomfort_area,
            discomfort_note=self.discomfort_note,
        )


@dataclass(frozen=True)
class LogResult:
    session: Session
    created: bool  # False when the same form had already been saved


def log_session(
    user,
    *,
    key: UUID,
    day: date,
    routine: Routine | None,
    duration_minutes: int | None,
    notes: str,
    entries: list[EntryData],
) -> LogResult:
    """Save a session and its entries once per form token; a repeat returns the first save."""
    try:
        with transaction.atomic():
            session = Session.objects.create(
                user=user,
                idempotency_key=key,
                date=day,
                routine=routine,
                duration_minutes=duration_minutes,
                notes=notes,
            )
            ExerciseEntry.objects.bulk_create(
                entry.to_model(session, position) for position, entry in enumerate(entries)
            )
    except IntegrityError:
        existing = Session.objects.for_user(user).filter(idempotency_key=key).first()
        if existing is None:
            raise
        return LogResult(existing, created=False)
    return LogResult(session, created=True)


class StaleEdit(Exception):
    """The session changed (in another tab, say) after this edit form was loaded."""


def update_session(
    session: Session,
    *,
    version: int,
    day: date,
    duration_minutes: int | None,
    notes: str,
    entries: dict[int, EntryData],
) -> Session:
    """Save an edit made on ``version``; refuse it if the session has moved on since."""
    with transaction.atomic():
        updated = Session.objects.filter(pk=session.pk, version=version).update(
            version=F("version") + 1,
            date=day,
            duration_minutes=duration_minutes,
            notes=notes,
        )
        if not updated:
            raise StaleEdit
        rows = list(session.entries.filter(pk__in=entries))
        for row in rows:
            for field in ENTRY_FIELDS:
                setattr(row, field, getattr(entries[row.pk], field))
        ExerciseEntry.objects.bulk_update(rows, ENTRY_FIELDS)
    session.refresh_from_db()
    return session


def save_checkin(user, day: date, **fields) -> tuple[CheckIn, bool]:
    """Record the day's check-in; a second one on the same day replaces the first."""
    try:
        with transaction.atomic():
            return CheckIn.objects.update_or_create(user=user, date=day, defaults=fields)
    except IntegrityError:
        # Two saves raced to create the day's check-in: the other one won, so update it.
        return CheckIn.objects.update_or_create(user=user, date=day, defaults=fields)

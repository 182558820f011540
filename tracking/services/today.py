"""Logging a day: a session with its entries, the check-in, late flags and gentle days."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from django.db import IntegrityError, transaction

from ..models import CheckIn, ExerciseEntry, GentleDay, LateFlag, Routine, Session


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
    entries: list[ExerciseEntry],
) -> LogResult:
    """Save a session and its entries (unsaved, in checklist order) once per form token; a
    repeat returns the first save."""
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
            for position, entry in enumerate(entries):
                entry.session, entry.position = session, position
            ExerciseEntry.objects.bulk_create(entries)
    except IntegrityError:
        existing = Session.objects.for_user(user).filter(idempotency_key=key).first()
        if existing is None:
            raise
        return LogResult(existing, created=False)
    return LogResult(session, created=True)


def save_checkin(user, day: date, **fields) -> tuple[CheckIn, bool]:
    """Record the day's check-in; a second one on the same day replaces the first."""
    try:
        with transaction.atomic():
            return CheckIn.objects.update_or_create(user=user, date=day, defaults=fields)
    except IntegrityError:
        # Two saves raced to create the day's check-in: the other one won, so update it.
        return CheckIn.objects.update_or_create(user=user, date=day, defaults=fields)


def save_late_flags(user, levels: dict[int, str], reported_on: date) -> list[int]:
    """Record "it hurt later" on yesterday's entries; returns the exercises involved."""
    entries = ExerciseEntry.objects.for_user(user).filter(pk__in=levels)
    exercises = []
    for entry in entries:
        level = levels[entry.pk]
        if level == "none":
            LateFlag.objects.filter(entry=entry).delete()
            continue
        LateFlag.objects.update_or_create(
            entry=entry, defaults={"level": level, "reported_on": reported_on}
        )
        exercises.append(entry.exercise_id)
    return exercises


def set_gentle_day(user, day: date, on: bool) -> None:
    if on:
        GentleDay.objects.get_or_create(user=user, date=day)
    else:
        GentleDay.objects.for_user(user).filter(date=day).delete()

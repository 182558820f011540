"""Logging a day: a session with its entries, the check-in, late flags and gentle days."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F

from ..models import CheckIn, Discomfort, ExerciseEntry, GentleDay, LateFlag, Routine, Session
from ..progress import forget_streak
from .suggestions import refresh_suggestions


@dataclass(frozen=True)
class LogResult:
    session: Session
    created: bool  # a new session
    updated: bool = False  # the day's session, saved again with changes

    @property
    def repeated(self) -> bool:
        """The same form was already saved (a double tap, a retry): nothing changed."""
        return not (self.created or self.updated)


def log_session(
    user,
    *,
    key: UUID,
    day: date,
    routine: Routine | None,
    duration_minutes: int | None,
    notes: str,
    entries: list[ExerciseEntry],
    another: bool = False,
) -> LogResult:
    """Save the day's checklist: its rows (unsaved entries, in checklist order) that were
    done or flagged.

    Once per form token: a repeat returns the first save. A second save of the day's
    checklist updates the day's latest session rather than adding one, unless ``another``
    asks for a separate session.
    """
    with transaction.atomic():
        # One writer per person at a time, so two first saves of a day can't both add one.
        get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk").get()
        sessions = Session.objects.for_user(user)
        if repeat := sessions.filter(idempotency_key=key).first():
            return LogResult(repeat, created=False)
        existing = None if another else sessions.filter(date=day).order_by("-created_at").first()
        if existing is not None:
            _save_again(existing, duration_minutes, notes, entries)
            forget_streak(user)
            return LogResult(existing, created=False, updated=True)
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
        except IntegrityError:
            # The same token, saved by a request the lock didn't cover (another process
            # on a database without row locks): that one won.
            return LogResult(sessions.get(idempotency_key=key), created=False)
        saved = [entry for entry in entries if entry.worth_saving()]
        for position, entry in enumerate(saved):
            entry.session, entry.position = session, position
        ExerciseEntry.objects.bulk_create(saved)
        forget_streak(user)
    return LogResult(session, created=True)


def save_checklist(user, data: Mapping, rows: list[ExerciseEntry]) -> LogResult:
    """Save a checked-in checklist (a SessionForm's cleaned data and its rows), then let the
    adjustment rules look at the exercises saved. The pages and the API both save this way."""
    result = log_session(
        user,
        key=data["key"],
        day=data["date"],
        routine=data["routine"],
        duration_minutes=data["duration_minutes"],
        notes=data["notes"],
        entries=rows,
        another=data["another"],
    )
    if not result.repeated and (exercises := exercises_for_rules(rows)):
        refresh_suggestions(user, exercises)
    return result


def exercises_for_rules(rows: list[ExerciseEntry]) -> list[int]:
    """The exercises of the saved rows that the adjustment rules need to look at again: the
    flagged ones, and those whose item is eased off (pain-free sessions can step it back
    up) or has an open suggestion (a pain-free session can put it out of date). Other
    pain-free rows cannot change what the rules say, so a save without any runs no query."""
    return [
        row.exercise_id
        for row in rows
        if row.worth_saving()
        and (
            row.discomfort != Discomfort.NONE
            or row.routine_item is None
            or row.routine_item.eased_or_open
        )
    ]


def _save_again(
    session: Session, duration_minutes: int | None, notes: str, rows: list[ExerciseEntry]
) -> None:
    """Bring the session in line with the checklist saved again: rows done or flagged are
    updated or added, rows now neither are removed; exercises not on the checklist stay."""
    logged = {entry.routine_item_id: entry for entry in session.entries.all()}
    changed, added, removed = [], [], []
    position = max((entry.position for entry in logged.values()), default=-1)
    for row in rows:
        entry = logged.get(row.routine_item_id) if row.routine_item_id else None
        if entry is not None and row.worth_saving():
            for name in ExerciseEntry.RECORD_FIELDS:
                setattr(entry, name, getattr(row, name))
            changed.append(entry)
        elif entry is not None:
            removed.append(entry.pk)
        elif row.worth_saving():
            position += 1
            row.session, row.position = session, position
            added.append(row)
    ExerciseEntry.objects.bulk_update(changed, ExerciseEntry.RECORD_FIELDS)
    ExerciseEntry.objects.bulk_create(added)
    ExerciseEntry.objects.filter(pk__in=removed).delete()
    Session.objects.filter(pk=session.pk).update(
        version=F("version") + 1,
        duration_minutes=duration_minutes or session.duration_minutes,
        notes=notes or session.notes,
    )
    session.refresh_from_db()


def save_checkin(user, day: date, **fields) -> tuple[CheckIn, bool]:
    """Record the day's check-in; a second one on the same day replaces the first."""
    try:
        with transaction.atomic():
            saved = CheckIn.objects.update_or_create(user=user, date=day, defaults=fields)
    except IntegrityError:
        # Two saves raced to create the day's check-in: the other one won, so update it.
        saved = CheckIn.objects.update_or_create(user=user, date=day, defaults=fields)
    forget_streak(user)
    return saved


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

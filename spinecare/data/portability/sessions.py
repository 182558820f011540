"""Sessions and their exercise entries, with the flags reported the day after."""

import uuid
from datetime import timedelta
from typing import Any

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext as _

from spinecare.accounts.models import User
from tracking.models import (
    MAX_DURATION,
    MAX_NOTE,
    MIN_DURATION,
    ExerciseEntry,
    LateFlag,
    Session,
)

from .reading import Reader, Refs, read_rows
from .routines import item_refs, routine_item


def read_record(row: Reader) -> dict:
    """An entry's recorded values (ExerciseEntry.RECORD_FIELDS), each checked against what
    its model field accepts: true or false, one of its choices, text up to its length, or a
    whole number up to its limit."""
    values = {}
    for name in ExerciseEntry.RECORD_FIELDS:
        field = ExerciseEntry._meta.get_field(name)
        if isinstance(field, models.BooleanField):
            values[name] = row.boolean(name)
        elif field.choices:
            values[name] = row.choice(name, [""] * field.blank + [c for c, _l in field.choices])
        elif isinstance(field, models.CharField):
            values[name] = row.text(name, field.max_length)
        else:
            high = min(v.limit_value for v in field.validators if isinstance(v, MaxValueValidator))
            values[name] = row.integer(name, 0, high)
    return values


def dump_sessions(user: User) -> list[dict]:
    """Every session with its entries, from plain rows (.values()): ten years of history
    are some 15,000 entries, too many to build a model instance for each."""
    items = item_refs(user)
    fields = ExerciseEntry.RECORD_FIELDS
    entries: dict[int, list[dict]] = {}
    rows = (
        ExerciseEntry.objects.for_user(user)
        .order_by("position", "pk")
        .values_list("session_id", "exercise__slug", "routine_item_id", "late_flag__level", *fields)
    )
    for session_id, slug, item_id, late_flag, *record in rows:
        entries.setdefault(session_id, []).append(
            {
                "exercise": slug,
                "routine_item": items.get(item_id),
                **dict(zip(fields, record, strict=True)),
                "late_flag": late_flag,
            }
        )
    sessions = (
        Session.objects.for_user(user)
        .order_by("date", "created_at", "pk")
        .values_list("pk", "date", "routine__name", "duration_minutes", "notes")
    )
    return [
        {
            "date": day.isoformat(),
            "routine": routine,
            "duration_minutes": duration,
            "notes": notes,
            "entries": entries.get(pk, []),
        }
        for pk, day, routine, duration, notes in sessions
    ]


def load_sessions(user: User, value: Any, refs: Refs) -> None:
    sessions, entries, late_flags = [], [], []
    for row in read_rows(value, _("Session"), where="“sessions”"):
        routine_name = row.raw("routine")
        if routine_name is not None and (
            not isinstance(routine_name, str) or routine_name not in refs.routines
        ):
            row.refuse("routine", _("names a routine that isn't in this file."))
        session = Session(
            user=user,
            date=row.day("date", refs.today),
            routine=refs.routines.get(routine_name),
            duration_minutes=row.integer(
                "duration_minutes", MIN_DURATION, MAX_DURATION, optional=True
            ),
            notes=row.text("notes", MAX_NOTE),
            idempotency_key=uuid.uuid4(),
        )
        sessions.append(session)
        label = _("%(where)s, exercise") % {"where": row.where}
        for position, entry_row in enumerate(row.rows("entries", label)):
            entries.append(
                ExerciseEntry(
                    session=session,
                    exercise=refs.exercise(entry_row),
                    routine_item=routine_item(entry_row, refs),
                    position=position,
                    **read_record(entry_row),
                )
            )
            if entry_row.value.get("late_flag") is not None:
                level = entry_row.choice("late_flag", ["mild", "moderate", "sharp"])
                late_flags.append(
                    LateFlag(
                        entry=entries[-1],
                        level=level,
                        # The day after, but never after today.
                        reported_on=min(session.date + timedelta(days=1), refs.today),
                    )
                )
    Session.objects.bulk_create(sessions)
    ExerciseEntry.objects.bulk_create(entries)
    LateFlag.objects.bulk_create(late_flags)
    refs.counts["sessions"] = len(sessions)

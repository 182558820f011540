"""Editing a session after the fact, safely when two tabs edit it at once."""

from datetime import date

from django.db import transaction
from django.db.models import F

from ..models import ExerciseEntry, Session
from ..progress import forget_streak


class StaleEdit(Exception):
    """The session changed (in another tab, say) after this edit form was loaded."""


def update_session(
    session: Session,
    *,
    version: int,
    day: date,
    duration_minutes: int | None,
    notes: str,
    entries: list[ExerciseEntry],
) -> Session:
    """Save an edit made on ``version``; refuse it if the session has moved on since.

    ``entries`` are the session's own entries with their edited values.
    """
    with transaction.atomic():
        updated = Session.objects.filter(pk=session.pk, version=version).update(
            version=F("version") + 1,
            date=day,
            duration_minutes=duration_minutes,
            notes=notes,
        )
        if not updated:
            raise StaleEdit
        rows = [entry for entry in entries if entry.session_id == session.pk]
        ExerciseEntry.objects.bulk_update(rows, ExerciseEntry.RECORD_FIELDS)
        forget_streak(session.user)
    session.refresh_from_db()
    return session

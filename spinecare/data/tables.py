"""Sessions and check-ins as CSV tables for a spreadsheet.

A cell that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so
a spreadsheet shows it as text instead of running it as a formula (CSV injection).
"""

import csv
import io
from collections.abc import Iterable

from tracking.models import CheckIn, ExerciseEntry, Session

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

SESSION_COLUMNS = [
    "date",
    "routine",
    "duration_minutes",
    "session_notes",
    "exercise",
    "exercise_slug",
    *ExerciseEntry.RECORD_FIELDS,
]
CHECKIN_COLUMNS = ["date", "discomfort_0_to_10", "areas", "rest_for_discomfort", "notes"]


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(columns: list[str], rows: Iterable[list]) -> str:
    # A byte-order mark, so spreadsheet programs read the file as UTF-8.
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue()


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def session_rows(user) -> Iterable[list]:
    """One row per exercise entry; a session without entries still gets one row."""
    sessions = (
        Session.objects.for_user(user)
        .order_by("date", "created_at", "pk")
        .select_related("routine")
        .with_entries()
    )
    for session in sessions:
        head = [
            session.date.isoformat(),
            session.routine.name if session.routine else "",
            session.duration_minutes,
            session.notes,
        ]
        entries = session.entries.all()
        if not entries:
            yield head + [""] * (len(SESSION_COLUMNS) - len(head))
        for entry in entries:
            record = entry.record() | {"completed": yes_no(entry.completed)}
            yield head + [entry.exercise.name, entry.exercise.slug, *record.values()]


def checkin_rows(user) -> Iterable[list]:
    for checkin in CheckIn.objects.for_user(user).order_by("date"):
        yield [
            checkin.date.isoformat(),
            checkin.discomfort,
            ";".join(checkin.areas),
            yes_no(checkin.rest_for_discomfort),
            checkin.notes,
        ]


def sessions_csv(user) -> str:
    return to_csv(SESSION_COLUMNS, session_rows(user))


def checkins_csv(user) -> str:
    return to_csv(CHECKIN_COLUMNS, checkin_rows(user))

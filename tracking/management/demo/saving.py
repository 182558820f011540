"""Writing a simulated history: every row in bulk, with its simulated times kept."""

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from tracking.models import (
    Adjustment,
    CheckIn,
    Discomfort,
    ExerciseEntry,
    GentleDay,
    LateFlag,
    RoutineItem,
    Session,
    Suggestion,
)

if TYPE_CHECKING:
    from .history import History


@dataclass
class Counts:
    """How many rows were written."""

    users: int = 0
    sessions: int = 0
    entries: int = 0
    checkins: int = 0
    flags: int = 0
    late_flags: int = 0
    gentle_days: int = 0
    suggestions: int = 0
    adjustments: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def __str__(self) -> str:
        return ", ".join(
            f"{f.name.replace('_', ' ')}: {getattr(self, f.name)}" for f in fields(self)
        )


def save_history(history: "History") -> Counts:
    """Write every row in bulk; the caller holds the transaction."""
    # bulk_create stamps auto_now_add fields with the present: keep the simulated times
    # to put them back afterwards.
    stamped = [
        (Session, history.sessions, ["created_at", "updated_at"]),
        (CheckIn, history.checkins, ["created_at", "updated_at"]),
        (LateFlag, history.late_flags, ["created_at"]),
        (Suggestion, history.suggestions, ["created_at"]),
        (Adjustment, history.adjustments, ["created_at"]),
    ]
    times = [[[getattr(row, name) for name in names] for row in rows] for _, rows, names in stamped]
    Session.objects.bulk_create(history.sessions, batch_size=500)
    ExerciseEntry.objects.bulk_create(history.entries, batch_size=500)
    LateFlag.objects.bulk_create(history.late_flags, batch_size=500)
    CheckIn.objects.bulk_create(history.checkins, batch_size=500)
    GentleDay.objects.bulk_create(history.gentle_days, batch_size=500)
    # The simulation named flagged entries by their index; the database knows them by id.
    for row in (*history.suggestions, *history.adjustments):
        row.flag_entries = [history.entries[index].pk for index in row.flag_entries]
    Suggestion.objects.bulk_create(history.suggestions, batch_size=500)
    Adjustment.objects.bulk_create(history.adjustments, batch_size=500)
    RoutineItem.objects.bulk_update(history.items, [*RoutineItem.PRESCRIPTION_FIELDS, "revision"])
    for (model, rows, names), values in zip(stamped, times, strict=True):
        for row, row_values in zip(rows, values, strict=True):
            for name, value in zip(names, row_values, strict=True):
                setattr(row, name, value)
        model.objects.bulk_update(rows, names, batch_size=500)
    # Bulk writes skip the services: note which items are eased off or have an open one.
    RoutineItem.objects.filter(pk__in=[item.pk for item in history.items]).note_eased_or_open()
    return Counts(
        users=1,
        sessions=len(history.sessions),
        entries=len(history.entries),
        checkins=len(history.checkins),
        flags=sum(entry.discomfort != Discomfort.NONE for entry in history.entries),
        late_flags=len(history.late_flags),
        gentle_days=len(history.gentle_days),
        suggestions=len(history.suggestions),
        adjustments=len(history.adjustments),
    )

"""The clinician report: a chosen range of days, summed up for a physiotherapist.

``build_report`` loads a fixed handful of queries whatever the length of the history; its
chart is the dashboard's (``tracking.progress.discomfort_series``).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Prefetch

from tracking import streaks
from tracking.adjustments import ROLLING_DAYS, mean
from tracking.models import CheckIn, Discomfort, ExerciseEntry, Routine, RoutineItem, Session
from tracking.progress import Progress, discomfort_chart_text, discomfort_series

DEFAULT_DAYS = 30
MAX_DAYS = 366


def default_range(today: date) -> tuple[date, date]:
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@dataclass(frozen=True)
class Note:
    date: date
    source: str  # "session" or "check-in"
    text: str


def build_report(user, first: date, last: date) -> dict:
    """Everything the report page shows for the days from ``first`` to ``last``."""
    # The range's days and the week before them (the chart's rolling average); the streaks
    # over all the history come from the per-user cache.
    progress = Progress.for_user(user, since=first - timedelta(days=ROLLING_DAYS), until=last)
    in_range = set(days_between(first, last))
    active = progress.active & in_range
    protected = progress.protected & in_range
    sessions = list(
        Session.objects.for_user(user)
        .between(first, last)
        .order_by("date", "created_at")
        .values_list("date", "notes", "duration_minutes")
    )
    checkins = list(CheckIn.objects.for_user(user).between(first, last).order_by("date"))
    flags = (
        ExerciseEntry.objects.for_user(user)
        .filter(session__date__range=(first, last))
        .exclude(discomfort=Discomfort.NONE)
        .select_related("exercise", "session")
        .order_by("session__date", "session__created_at", "position")
    )
    routine = (
        Routine.objects.for_user(user)
        .active()
        .prefetch_related(
            Prefetch("items", queryset=RoutineItem.objects.select_related("exercise"))
        )
        .first()
    )
    notes = [Note(day, "session", text) for day, text, _minutes in sessions if text.strip()]
    notes += [Note(c.date, "check-in", c.notes) for c in checkins if c.notes.strip()]
    levels = [c.discomfort for c in checkins]
    days = len(in_range)
    return {
        "first": first,
        "last": last,
        "days": days,
        "active_days": len(active),
        "rest_days": len(protected),
        "adherence_percent": round(100 * len(active) / days),
        "session_count": len(sessions),
        "minutes": sum(minutes or 0 for _day, _text, minutes in sessions),
        "weekly_goal": user.weekly_goal,
        "threshold": user.discomfort_threshold,
        "current_streak": progress.current_streak,
        "longest_streak": progress.longest_streak,
        "longest_in_range": streaks.longest_streak(active, protected),
        "checkins": checkins,
        "average": mean(levels),
        "highest": max(levels, default=None),
        "lowest": min(levels, default=None),
        "series": discomfort_series(
            progress.checkins,
            progress.active,
            first,
            last,
            user.discomfort_threshold,
            changes=progress.changes_since(first),
        )
        | {"text": discomfort_chart_text()},
        "flags": list(flags),
        "notes": sorted(notes, key=lambda note: note.date),
        "routine": routine,
    }

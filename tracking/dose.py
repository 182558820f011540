"""One exercise's dose against discomfort, for the chart on its page: what was done each
day (or week) and any flag, with the routine changes that involved it."""

from collections.abc import Mapping
from datetime import date

from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from . import streaks
from .adjustments import worst
from .models import Adjustment, Discomfort, ExerciseEntry


def adjustments_for(user, exercise) -> list[Adjustment]:
    """The user's routine changes that involved this exercise, before or after."""
    return [
        adjustment
        for adjustment in Adjustment.objects.for_user(user).order_by("created_at")
        if exercise.pk in (adjustment.before.get("exercise"), adjustment.after.get("exercise"))
    ]


# Past this many days between the first and the last log, the dose chart shows weeks.
DOSE_DAILY_DAYS = 90


def by_week(by_day: Mapping[date, dict], week_start: int = streaks.MONDAY) -> dict[date, dict]:
    """Days folded into weeks (by their first day): the week's highest dose, its worst flag and
    its routine changes. A year of days is an unreadable zig-zag on a phone; 53 weeks are not."""
    weeks: dict[date, dict] = {}
    for day in sorted(by_day):
        point = by_day[day]
        week = weeks.setdefault(
            streaks.start_of_week(day, week_start), {"dose": None, "flag": "none", "change": None}
        )
        if point["dose"] is not None:
            week["dose"] = max(week["dose"] or 0, point["dose"])
        week["flag"] = worst(week["flag"], point["flag"])
        if point["change"]:
            week["change"] = "; ".join(filter(None, [week["change"], point["change"]]))
    return weeks


def dose_series(user, exercise) -> dict | None:
    """Dose against discomfort for one exercise: what was done each day and any flag, or
    each week once the logs span more than ``DOSE_DAILY_DAYS``.

    Holds and stretches are measured in seconds held, the rest in repetitions. None when
    the user has never logged the exercise. ``rows`` (the table) stays by day.
    """
    unit_field = "reps" if exercise.kind == "reps" else "hold_seconds"
    rows = (
        ExerciseEntry.objects.for_user(user)
        .filter(exercise=exercise)
        .order_by("session__date")
        .values_list("session__date", "completed", unit_field, "discomfort")
    )
    by_day: dict[date, dict] = {}
    for day, completed, amount, flag in rows:
        point = by_day.setdefault(day, {"dose": None, "flag": "none", "change": None})
        if completed:
            point["dose"] = max(point["dose"] or 0, amount)
        point["flag"] = worst(point["flag"], flag)
    if not by_day:
        return None
    for adjustment in adjustments_for(user, exercise):
        day = localtime(adjustment.created_at, user.zone).date()
        point = by_day.setdefault(day, {"dose": None, "flag": "none", "change": None})
        point["change"] = str(adjustment.get_kind_display())
    days = sorted(by_day)
    weekly = (days[-1] - days[0]).days > DOSE_DAILY_DAYS
    points = by_week(by_day, user.week_start) if weekly else by_day
    keys = sorted(points)
    flags = dict(Discomfort.choices)
    return {
        "unit": _("Hold (s)") if unit_field == "hold_seconds" else _("Reps"),
        "period": "week" if weekly else "day",
        "labels": [key.isoformat() for key in keys],
        "dose": [points[key]["dose"] for key in keys],
        "flags": [None if points[key]["flag"] == "none" else points[key]["flag"] for key in keys],
        "changes": [points[key]["change"] for key in keys],
        "text": {
            "flags": {
                "mild": _("Flagged mild"),
                "moderate": _("Flagged moderate"),
                "sharp": _("Flagged sharp"),
            },
            "change": _("Routine change"),
            "week": _("Week of %(date)s"),
        },
        "rows": [
            {"date": day, "dose": by_day[day]["dose"], "flag": str(flags[by_day[day]["flag"]])}
            for day in reversed(days[-30:])
        ],
    }

"""The dashboard's figures for one user, from one query of days.

The rules live in ``streaks.py``; this module only loads the calendar and shapes the
figures and chart data for the templates.
"""

import logging
from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import cached_property
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.db.models import BooleanField, IntegerField, Value
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from . import streaks
from .adjustments import mean, rolling_average, worst
from .heatmap import HeatWeek, first_day, weekday_names
from .heatmap import weeks as heatmap_weeks
from .models import Adjustment, AdjustmentKind, CheckIn, Discomfort, ExerciseEntry, Session
from .streaks import CheckInDay

logger = logging.getLogger(__name__)

RANGES = {"30": 30, "90": 90, "365": 365, "all": None}
DEFAULT_RANGE = "90"


def discomfort_series(
    checkins: Mapping[date, CheckInDay],
    active: set[date],
    first: date,
    last: date,
    threshold: int,
    changes: Mapping[date, str] | None = None,
) -> dict:
    """Chart data for the days from ``first`` to ``last``: daily check-ins, their rolling
    average (days before the range count toward it), the active days and the days the
    routine changed. The dashboard's chart and the clinician report both draw this."""
    changes = changes or {}
    levels_by_day = {day: checkin.level for day, checkin in checkins.items()}
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return {
        "labels": [day.isoformat() for day in days],
        "levels": [levels_by_day.get(day) for day in days],
        "rolling": [rolling_average(levels_by_day, day) for day in days],
        "active": [1 if day in active else 0 for day in days],
        "changes": [changes.get(day) for day in days],
        "threshold": threshold,
    }


def discomfort_chart_text() -> dict[str, str]:
    """The words of the discomfort chart's legend and axis, in the active language."""
    return {
        "level": _("Check-in (0-10)"),
        "rolling": _("7-day average"),
        "active": _("Active day"),
        "threshold": _("Your alert level"),
        "change": _("Routine change"),
        "axis": _("Discomfort"),
    }


def load_calendar(user) -> tuple[set[date], dict[date, CheckInDay]]:
    """Active days and check-ins of a user in one query (a UNION of two small selects)."""
    active = (
        Session.objects.for_user(user)
        .filter(entries__completed=True)
        .order_by()
        .values_list(
            "date",
            Value(-1, output_field=IntegerField()),
            Value(False, output_field=BooleanField()),
        )
        .distinct()
    )
    checkins = (
        CheckIn.objects.for_user(user)
        .order_by()
        .values_list("date", "discomfort", "rest_for_discomfort")
    )
    active_days: set[date] = set()
    checkin_days: dict[date, CheckInDay] = {}
    for day, level, rest in active.union(checkins, all=True).order_by():
        if level < 0:
            active_days.add(day)
        else:
            checkin_days[day] = CheckInDay(level, rest)
    return active_days, checkin_days


def progress_for(request) -> "Progress":
    """The signed-in user's progress, computed at most once per request."""
    if not hasattr(request, "_progress"):
        request._progress = Progress.for_user(request.user)
    return request._progress


# The navigation's streak badge is on every signed-in page. It is kept per user in the
# cache (Redis, shared by every app server, in production) so that a page reads no history
# for it. Each write to a user's sessions or check-ins gives the user a new cache token
# (forget_streak); an entry computed under an older token, another day, another alert
# level or another first day of the week is not used (a change in Settings needs no call).
# An hour at most, so a change made around the app (the admin) shows too.
STREAK_CACHE_SECONDS = 60 * 60


def _streak_keys(user) -> tuple[str, str]:
    return f"streak:{user.pk}", f"streak-token:{user.pk}"


def forget_streak(user) -> None:
    """After a write to the user's sessions or check-ins: the cached badge is out of date.
    Again once the transaction commits, so a page that read the old rows meanwhile and
    cached them under the new token is forgotten too."""

    def forget() -> None:
        try:
            cache.set(_streak_keys(user)[1], uuid4().hex, None)
        except Exception:
            # Redis down: the save stands; the badge may lag until the entry expires.
            logger.exception("The streak badge of user %s could not be forgotten", user.pk)

    forget()
    transaction.on_commit(forget)


def current_streak_for(request) -> streaks.Streak:
    """The badge's streak: this request's progress if a page already computed it, else the
    cached one, else computed (one query of the calendar) and cached."""
    if hasattr(request, "_progress"):
        return request._progress.current_streak
    user = request.user
    entry_key, token_key = _streak_keys(user)
    try:
        found = cache.get_many([entry_key, token_key])
    except Exception:
        logger.exception("The streak badge cache could not be read: is the cache reachable?")
        return progress_for(request).current_streak
    stamp = (found.get(token_key), user.local_today(), user.discomfort_threshold, user.week_start)
    entry = found.get(entry_key)
    if entry is not None and entry[0] == stamp:
        return entry[1]
    streak = progress_for(request).current_streak
    cache.set(entry_key, (stamp, streak), STREAK_CACHE_SECONDS)
    return streak


class Progress:
    """Everything the dashboard shows, computed once per request from the loaded calendar."""

    def __init__(self, user, today: date, active: set[date], checkins: dict[date, CheckInDay]):
        self.user = user
        self.today = today
        self.active = active
        self.checkins = checkins
        self.threshold = user.discomfort_threshold
        self.protected = streaks.protected_days(active, checkins, self.threshold)

    @classmethod
    def for_user(cls, user) -> "Progress":
        return cls(user, user.local_today(), *load_calendar(user))

    @property
    def has_data(self) -> bool:
        return bool(self.active or self.checkins)

    @cached_property
    def current_streak(self) -> streaks.Streak:
        return streaks.current_streak(self.active, self.protected, self.today)

    @cached_property
    def longest_streak(self) -> streaks.Streak:
        return streaks.longest_streak(self.active, self.protected)

    @cached_property
    def week(self) -> streaks.WeekGoal:
        return streaks.week_goal(
            self.active, self.protected, self.user.weekly_goal, self.today, self.user.week_start
        )

    @cached_property
    def weekly_streak(self) -> int:
        return streaks.weekly_streak(
            self.active, self.protected, self.user.weekly_goal, self.today, self.user.week_start
        )

    @cached_property
    def consistency_percent(self) -> int:
        score = streaks.consistency_score(
            self.active, self.protected, self.user.weekly_goal, self.today
        )
        return round(score * 100)

    @property
    def week_percent(self) -> int:
        if not self.week.target:
            return 100
        return min(100, round(100 * self.week.done / self.week.target))

    @property
    def active_today(self) -> bool:
        return self.today in self.active

    @property
    def checkin_today(self) -> CheckInDay | None:
        return self.checkins.get(self.today)

    def heatmap(self) -> list[HeatWeek]:
        """The calendar of the last 12 months, oldest week first, ending this week."""
        return heatmap_weeks(self.today, self.active, self.protected, self.checkins, self.threshold)

    def heatmap_weekdays(self) -> list[str]:
        return weekday_names()

    def heatmap_summary(self) -> dict[str, int]:
        start = first_day(self.today)
        counts = Counter()
        for day in self.active:
            counts["active"] += start <= day <= self.today
        for day in self.protected:
            counts["rest"] += start <= day <= self.today
        for day, checkin in self.checkins.items():
            counts["high"] += start <= day <= self.today and streaks.high(
                checkin.level, self.threshold
            )
        return {"active": counts["active"], "rest": counts["rest"], "high": counts["high"]}

    @cached_property
    def change_days(self) -> dict[date, str]:
        """Days on which a routine change was accepted or undone, for chart markers."""
        return self.changes_since(None)

    def changes_since(self, first: date | None) -> dict[date, str]:
        """The change markers from the local day ``first`` on (all of them for None): a
        90-day chart reads the changes of 90 days, not of ten years."""
        labels = dict(AdjustmentKind.choices)
        adjustments = Adjustment.objects.for_user(self.user).order_by("created_at")
        if first is not None:
            start = datetime.combine(first, time.min, tzinfo=self.user.zone)
            adjustments = adjustments.filter(created_at__gte=start)
        return {
            localtime(created, self.user.zone).date(): str(labels[kind])
            for created, kind in adjustments.values_list("created_at", "kind")
        }

    def range_labels(self) -> list[tuple[str, str]]:
        """The chart's range buttons: key and words, with the plural form of each count."""
        days = [
            (key, ngettext("%(count)s day", "%(count)s days", RANGES[key]) % {"count": RANGES[key]})
            for key in ("30", "90")
        ]
        # Translators: a chart range button: every day since the first log.
        return [*days, ("365", _("1 year")), ("all", pgettext("chart range", "All"))]

    def discomfort_series(self, range_key: str) -> dict:
        """The chart's data for a range of the dashboard, with a summary of the check-ins."""
        days = RANGES.get(range_key, RANGES[DEFAULT_RANGE])
        if days is None:
            first = min([*self.checkins, *self.active], default=self.today)
        else:
            first = self.today - timedelta(days=days - 1)
        changes = self.changes_since(None if days is None else first)
        series = discomfort_series(
            self.checkins, self.active, first, self.today, self.threshold, changes
        )
        series["text"] = discomfort_chart_text()
        recorded = [level for level in series["levels"] if level is not None]
        series["summary"] = {
            "days": len(recorded),
            "average": mean(recorded),
            "highest": max(recorded, default=None),
            "lowest": min(recorded, default=None),
            "active_days": sum(series["active"]),
        }
        return series

    def weekly_table(self, series: dict) -> list[dict]:
        """The chart as a table for screen readers: one row per week, weeks starting on the
        user's first day of the week."""
        rows: dict[date, dict] = {}
        for label, level, active in zip(
            series["labels"], series["levels"], series["active"], strict=True
        ):
            first = streaks.start_of_week(date.fromisoformat(label), self.user.week_start)
            row = rows.setdefault(first, {"week": first, "levels": [], "active": 0})
            row["active"] += active
            if level is not None:
                row["levels"].append(level)
        return [
            {
                "week": row["week"],
                "active": row["active"],
                "checkins": len(row["levels"]),
                "average": mean(row["levels"]),
            }
            for row in reversed(rows.values())
        ]


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

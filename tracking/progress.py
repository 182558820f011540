"""The dashboard's figures for one user, from one query of days.

The rules live in ``streaks.py``; this module only loads the calendar and shapes the
figures and chart data for the templates.
"""

from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import cached_property

from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from . import streaks
from .adjustments import ROLLING_DAYS, mean, rolling_average
from .figures import (
    STREAK_CACHE_SECONDS,
    HistoryFigures,
    cached_figures,
    load_calendar,
    remember_figures,
)
from .figures import current_streak_for as current_streak_for
from .figures import forget_streak as forget_streak
from .fragments import cached_fragment, fragment_key
from .heatmap import WEEKS, HeatWeek, first_day, weekday_names
from .heatmap import weeks as heatmap_weeks
from .models import Adjustment, AdjustmentKind
from .streaks import CheckInDay

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


# The dashboard shows at most the last year: the heat-map's 53 weeks (from the start of a
# week) and the chart's 365 days with the week of rolling average before them. It loads
# these days, not the whole history; the figures that need all of it come from the cache.
WINDOW_DAYS = 7 * (WEEKS + 1) + 7


def heatmap_key(user, stamp: str) -> str:
    """The heat-map's cache key: the person and the stamp of the calendar it is drawn from
    (its token, today, the alert level, the weekly goal, the first day of the week)."""
    return fragment_key("heatmap", user.pk, stamp)


def progress_for(request, range_key: str | None = None) -> "Progress":
    """The signed-in user's progress, computed at most once per request: the last
    ``WINDOW_DAYS`` of the calendar, all of it for the all-time chart, or only the chart's
    range when the heat-map is drawn from the cache."""
    full = range_key is not None and RANGES[range_key] is None
    progress = getattr(request, "_progress", None)
    if progress is None or (full and not progress.full):
        days = RANGES[range_key] if range_key is not None else None
        request._progress = Progress.for_user(request.user, window=not full, chart_days=days)
    return request._progress


class Progress:
    """Everything the dashboard shows, computed once per request from the loaded calendar.

    ``figures`` (streaks and score over all the history) are computed from the calendar
    given when not passed; ``full`` says whether that calendar is the whole history.
    """

    cache_seconds = STREAK_CACHE_SECONDS  # the heat-map's cached fragment, as the figures

    def __init__(
        self,
        user,
        today: date,
        active: set[date],
        checkins: dict[date, CheckInDay],
        figures: HistoryFigures | None = None,
        stamp: str | None = None,
    ):
        self.user = user
        self.today = today
        self.active = active
        self.checkins = checkins
        self.threshold = user.discomfort_threshold
        self.protected = streaks.protected_days(active, checkins, self.threshold)
        self.full = figures is None
        if figures is not None:
            self.figures = figures  # else computed when first asked for (the property below)
        # The cache stamp this request's figures belong to (None: the cache is unreachable).
        self.stamp = stamp
        self.heatmap_html = None  # the heat-map as cached HTML, when for_user found it

    @classmethod
    def for_user(
        cls,
        user,
        *,
        window: bool = False,
        chart_days: int | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> "Progress":
        """The whole calendar; or, with ``window`` (the last ``WINDOW_DAYS``) or ``since`` and
        ``until``, only those days, the figures over all the history coming from the cache.
        A cache miss reads the whole calendar once and caches the figures.

        With ``window`` and the days of the chart's range, a heat-map found in the cache
        (``heatmap_html``) leaves only the chart's days and its rolling average to read."""
        today = user.local_today()
        if not window and since is None and until is None:
            return cls(user, today, *load_calendar(user))
        figures, stamp = cached_figures(user, today)
        if figures is None:
            progress = cls(user, today, *load_calendar(user), stamp=stamp)
            remember_figures(user, stamp, progress.figures)
            return progress
        heatmap = None
        if window:
            if chart_days is not None and stamp is not None:
                heatmap = cached_fragment("heatmap", heatmap_key(user, stamp))
            days = WINDOW_DAYS if heatmap is None else chart_days + ROLLING_DAYS
            since = today - timedelta(days=days)
        progress = cls(user, today, *load_calendar(user, since, until), figures, stamp)
        progress.heatmap_html = heatmap
        return progress

    @property
    def heatmap_key(self) -> str | None:
        return None if self.stamp is None else heatmap_key(self.user, self.stamp)

    @cached_property
    def figures(self) -> HistoryFigures:
        return HistoryFigures.compute(self.user, self.today, self.active, self.checkins)

    @property
    def has_data(self) -> bool:
        if self.full:
            return bool(self.active or self.checkins)
        return self.figures.has_data

    @property
    def current_streak(self) -> streaks.Streak:
        return self.figures.current_streak

    @property
    def longest_streak(self) -> streaks.Streak:
        return self.figures.longest_streak

    @cached_property
    def week(self) -> streaks.WeekGoal:
        return streaks.week_goal(
            self.active, self.protected, self.user.weekly_goal, self.today, self.user.week_start
        )

    @property
    def weekly_streak(self) -> int:
        return self.figures.weekly_streak

    @property
    def consistency_percent(self) -> int:
        return self.figures.consistency_percent

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
        return heatmap_weeks(
            self.today,
            self.active,
            self.protected,
            self.checkins,
            self.threshold,
            self.user.week_start,
        )

    def heatmap_weekdays(self) -> list[str]:
        return weekday_names(self.user.week_start)

    def heatmap_summary(self) -> dict[str, int]:
        start = first_day(self.today, self.user.week_start)
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

    def chart(self, range_key: str) -> "Chart":
        return Chart(self, range_key)

    def first_day_of(self, range_key: str) -> date:
        """The first day the chart shows for a range."""
        days = RANGES.get(range_key, RANGES[DEFAULT_RANGE])
        if days is None:
            return min([*self.checkins, *self.active], default=self.today)
        return self.today - timedelta(days=days - 1)

    def discomfort_series(self, range_key: str, changes: dict[date, str] | None = None) -> dict:
        """The chart's data for a range of the dashboard, with a summary of the check-ins;
        pass its change markers if already read."""
        first = self.first_day_of(range_key)
        if changes is None:
            changes = self.changes_since(None if RANGES.get(range_key) is None else first)
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


class Chart:
    """The dashboard's chart of one range. Its ``key``, made of what it shows (the stamp of
    the calendar it is drawn from, the range and its change markers), is known at once;
    its series and weekly table are computed only when drawn, since the chart is cached
    as HTML under that key (tracking/fragments.py)."""

    def __init__(self, progress: Progress, range_key: str):
        self.progress = progress
        self.range = range_key if range_key in RANGES else DEFAULT_RANGE
        self.first = progress.first_day_of(self.range)
        everything = RANGES[self.range] is None
        self.changes = progress.changes_since(None if everything else self.first)

    @property
    def key(self) -> str | None:
        """None when the calendar has no stamp (the all-time chart, or no cache)."""
        if self.progress.stamp is None:
            return None
        return fragment_key(
            "chart", self.progress.stamp, self.range, self.first, sorted(self.changes.items())
        )

    @cached_property
    def series(self) -> dict:
        return self.progress.discomfort_series(self.range, self.changes)

    @cached_property
    def weekly_table(self) -> list[dict]:
        return self.progress.weekly_table(self.series)

"""The figures that need a user's whole history, kept per user in the cache.

The streaks and the consistency score run over every day since the first log; the
navigation's badge is on every page and the dashboard shows them all. They are computed
from the whole calendar once, then read from the cache until the next write
(``forget_streak``), so a page reads no more of the history than it shows.
"""

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.db.models import BooleanField, IntegerField, Value

from . import streaks
from .models import CheckIn, Session
from .streaks import CheckInDay

logger = logging.getLogger(__name__)


def load_calendar(
    user, since: date | None = None, until: date | None = None
) -> tuple[set[date], dict[date, CheckInDay]]:
    """Active days and check-ins of a user in one query (a UNION of two small selects),
    all of them or those from ``since`` to ``until``."""
    sessions = Session.objects.for_user(user)
    checkins = CheckIn.objects.for_user(user)
    if since is not None:
        sessions, checkins = sessions.filter(date__gte=since), checkins.filter(date__gte=since)
    if until is not None:
        sessions, checkins = sessions.filter(date__lte=until), checkins.filter(date__lte=until)
    active = (
        sessions.filter(entries__completed=True)
        .order_by()
        .values_list(
            "date",
            Value(-1, output_field=IntegerField()),
            Value(False, output_field=BooleanField()),
        )
        .distinct()
    )
    checkins = checkins.order_by().values_list("date", "discomfort", "rest_for_discomfort")
    active_days: set[date] = set()
    checkin_days: dict[date, CheckInDay] = {}
    for day, level, rest in active.union(checkins, all=True).order_by():
        if level < 0:
            active_days.add(day)
        else:
            checkin_days[day] = CheckInDay(level, rest)
    return active_days, checkin_days


# The figures that need the whole history (the streaks, the score) are kept per user in the
# cache (Redis, shared by every app server, in production), so that a page reads no more
# than it shows: the navigation's streak badge on every page, the dashboard's figures.
# Each write to a user's sessions or check-ins gives the user a new cache token
# (forget_streak); an entry computed under an older token, another day, alert level, weekly
# goal or first day of the week is not used. An hour at most, so a change made around the
# app (the admin) shows too. The dashboard's heat-map is cached under the same stamp.
STREAK_CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class HistoryFigures:
    """What the dashboard, the badge and the report show that depends on all the history."""

    current_streak: streaks.Streak
    longest_streak: streaks.Streak
    weekly_streak: int
    consistency_percent: int
    has_data: bool

    @classmethod
    def compute(
        cls, user, today: date, active: set[date], checkins: Mapping[date, CheckInDay]
    ) -> "HistoryFigures":
        protected = streaks.protected_days(active, checkins, user.discomfort_threshold)
        goal = user.weekly_goal
        score = streaks.consistency_score(active, protected, goal, today)
        return cls(
            current_streak=streaks.current_streak(active, protected, today),
            longest_streak=streaks.longest_streak(active, protected),
            weekly_streak=streaks.weekly_streak(active, protected, goal, today, user.week_start),
            consistency_percent=round(score * 100),
            has_data=bool(active or checkins),
        )


def _streak_keys(user) -> tuple[str, str]:
    return f"figures:{user.pk}", f"streak-token:{user.pk}"


def forget_streak(user) -> None:
    """After a write to the user's sessions or check-ins: the cached figures (the badge,
    the streaks and score, the heat-map) are out of date. Again once the transaction
    commits, so a page that read the old rows meanwhile and cached them under the new
    token is forgotten too."""

    def forget() -> None:
        try:
            cache.set(_streak_keys(user)[1], uuid4().hex, None)
        except Exception:
            # Redis down: the save stands; the badge may lag until the entry expires.
            logger.exception("The streak badge of user %s could not be forgotten", user.pk)

    forget()
    transaction.on_commit(forget)


def cached_figures(user, today: date) -> tuple[HistoryFigures | None, str | None]:
    """The user's cached figures if still valid (else None), and the stamp to cache them
    and anything else drawn from the same rows under (None when the cache is unreachable)."""
    entry_key, token_key = _streak_keys(user)
    try:
        found = cache.get_many([entry_key, token_key])
    except Exception:
        logger.exception("The streak badge cache could not be read: is the cache reachable?")
        return None, None
    token = found.get(token_key)
    if token is None:
        token = uuid4().hex
        try:
            cache.add(token_key, token, None)
            token = cache.get(token_key, token)
        except Exception:
            return None, None
    stamp = ":".join(
        map(
            str,
            (
                token,
                today.isoformat(),
                user.discomfort_threshold,
                user.weekly_goal,
                user.week_start,
            ),
        )
    )
    entry = found.get(entry_key)
    if entry is not None and entry[0] == stamp:
        return entry[1], stamp
    return None, stamp


def remember_figures(user, stamp: str | None, figures: HistoryFigures) -> None:
    if stamp is None:
        return
    try:
        cache.set(_streak_keys(user)[0], (stamp, figures), STREAK_CACHE_SECONDS)
    except Exception:
        logger.exception("The figures of user %s could not be cached", user.pk)


def current_streak_for(request) -> streaks.Streak:
    """The badge's streak: this request's progress if a page already computed it, else the
    cached figures, else computed (one query of the calendar) and cached."""
    if hasattr(request, "_progress"):
        return request._progress.current_streak
    user = request.user
    today = user.local_today()
    figures, stamp = cached_figures(user, today)
    if figures is None:
        figures = HistoryFigures.compute(user, today, *load_calendar(user))
        remember_figures(user, stamp, figures)
    return figures.current_streak

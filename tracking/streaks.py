"""Streaks, weekly goals and the consistency score: plain dates in, figures out.

No queries and no request here, so a physiotherapist can read the rules and the tests can
check them on any calendar.

Definitions
-----------
* An **active day** has at least one session with at least one completed exercise, on the
  user's own calendar.
* A **protected day** has no activity but a check-in at or above the user's discomfort
  threshold, or a check-in marked as a rest day because of discomfort. It keeps a streak
  alive without adding to it: the app never pushes anyone to exercise through pain.
* The **current streak** counts active days in a row (protected days bridge gaps) ending
  today, or ending yesterday while today is still open ("log today to keep it").
* The **weekly goal** counts active days in the current Monday-to-Sunday week. Each protected
  day lowers that week's target by one. The **weekly streak** counts weeks in a row that met
  their target; the current week joins it once met and never breaks it while still open.
* The **consistency score** follows Loop Habit Tracker's habit strength: each day
  ``score = previous * m + done * (1 - m)`` with ``m = 0.5 ** (sqrt(f) / 13)`` and ``f`` the
  weekly goal divided by 7. A protected day leaves the score unchanged, and today counts only
  once it is active. One missed day after a long run costs little; a long run after a break
  is rewarded gradually.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from math import sqrt

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class CheckInDay:
    level: int  # 0-10
    rest_for_discomfort: bool = False


@dataclass(frozen=True)
class Streak:
    length: int = 0
    start: date | None = None
    end: date | None = None
    # The streak ends yesterday and today is not logged yet: "log today to keep it".
    needs_today: bool = False


@dataclass(frozen=True)
class WeekGoal:
    done: int
    target: int
    goal: int
    protected: int

    @property
    def met(self) -> bool:
        return self.done >= self.target


def protected_days(
    active: Iterable[date], checkins: Mapping[date, CheckInDay], threshold: int
) -> set[date]:
    """Days without activity on which the user rested because of discomfort."""
    active = set(active)
    return {
        day
        for day, checkin in checkins.items()
        if day not in active and (checkin.level >= threshold or checkin.rest_for_discomfort)
    }


def _run_back_from(day: date, active: set[date], protected: set[date], needs_today=False):
    """The unbroken run of active and protected days ending at ``day``, as a Streak."""
    length, start, end = 0, None, None
    while day in active or day in protected:
        if day in active:
            length, start, end = length + 1, day, end or day
        day -= ONE_DAY
    return Streak(length, start, end, needs_today) if length else Streak()


def current_streak(active: set[date], protected: set[date], today: date) -> Streak:
    if today in active or today in protected:
        return _run_back_from(today, active, protected)
    return _run_back_from(today - ONE_DAY, active, protected, needs_today=True)


def longest_streak(active: set[date], protected: set[date]) -> Streak:
    """The longest run ever, with the dates of its first and last active days."""
    best = Streak()
    length, start, last_active = 0, None, None
    previous = None
    for day in sorted(active | protected):
        if previous is not None and day - previous > ONE_DAY:
            length, start = 0, None
        if day in active:
            length += 1
            start = start or day
            last_active = day
            if length > best.length:
                best = Streak(length, start, last_active)
        previous = day
    return best


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_goal(
    active: set[date], protected: set[date], goal: int, any_day_in_week: date
) -> WeekGoal:
    monday = week_start(any_day_in_week)
    week = {monday + timedelta(days=n) for n in range(7)}
    rested = len(week & protected)
    return WeekGoal(
        done=len(week & active), target=max(goal - rested, 0), goal=goal, protected=rested
    )


def weekly_streak(active: set[date], protected: set[date], goal: int, today: date) -> int:
    """Weeks in a row that met their target, counting this week once it is met."""
    monday = week_start(today)
    count = 1 if week_goal(active, protected, goal, monday).met else 0
    earliest = min(active | protected, default=today)
    monday -= timedelta(days=7)
    while monday >= week_start(earliest) and week_goal(active, protected, goal, monday).met:
        count += 1
        monday -= timedelta(days=7)
    return count


def habit_multiplier(weekly_goal: int) -> float:
    frequency = weekly_goal / 7
    return 0.5 ** (sqrt(frequency) / 13)


def consistency_scores(
    active: set[date], protected: set[date], weekly_goal: int, today: date
) -> dict[date, float]:
    """The score (0-1) at the end of each day from the first active day to today."""
    if not active:
        return {}
    m = habit_multiplier(weekly_goal)
    scores: dict[date, float] = {}
    score = 0.0
    day = min(active)
    while day <= today:
        if day == today and day not in active:
            break  # today is still open: it can only raise the score
        if day not in protected:
            score = score * m + (1.0 if day in active else 0.0) * (1 - m)
        scores[day] = score
        day += ONE_DAY
    return scores


def consistency_score(
    active: set[date], protected: set[date], weekly_goal: int, today: date
) -> float:
    scores = consistency_scores(active, protected, weekly_goal, today)
    return scores[max(scores)] if scores else 0.0

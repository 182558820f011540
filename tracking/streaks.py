"""Streaks, weekly goals and the consistency score: plain dates in, figures out.

No queries and no request here, so a physiotherapist can read the rules and the tests can
check them on any calendar.

Definitions
-----------
* An **active day** has at least one session with at least one completed exercise, on the
  user's own calendar.
* A **protected day** has no activity but a check-in marked as a rest day because of
  discomfort, or a check-in at or above the user's alert level (1 to 10; a 0/10 check-in,
  "no discomfort at all", never protects a day). It keeps a streak alive without adding to
  it: the app never pushes anyone to exercise through pain.
* The **current streak** counts active days in a row (protected days bridge gaps) ending
  today, or ending yesterday while today is still open ("log today to keep it").
* The **weekly goal** counts active days in the current week, which starts on the day the
  user chose (Monday, Saturday or Sunday; Monday unless they changed it). Each protected
  day lowers that week's target by one. The **weekly streak** counts weeks in a row that met
  their target; the current week joins it once met and never breaks it while still open. A
  week whose target fell to 0 and that has no active day (a rest week) bridges the weekly
  streak without adding to it, as a rest day does for the daily streak.
* The **consistency score** follows Loop Habit Tracker's habit strength (uhabits'
  ``ScoreList.recompute``). Each day is rated by how much of the goal the recent days met:
  ``min(1, active days in the window / needed)``. For a goal of n days a week (n < 7) the
  window is the last 14 days and ``needed`` is 2n; for a daily goal it is the day itself.
  Then ``score = previous * m + rating * (1 - m)`` with ``m = 0.5 ** (sqrt(n / 7) / 13)``.
  A protected day leaves the score unchanged, and today counts only once it is active.
  Meeting the goal week after week tends to 100%; one missed day after a long run costs
  little, and a long run after a break is rewarded gradually.
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

    @property
    def rested(self) -> bool:
        """A rest week: rest days took the whole target and nothing was done."""
        return self.target == 0 and self.done == 0


def protected_days(
    active: Iterable[date], checkins: Mapping[date, CheckInDay], threshold: int
) -> set[date]:
    """Days without activity on which the user rested because of discomfort."""
    active = set(active)
    return {
        day
        for day, checkin in checkins.items()
        if day not in active and (checkin.rest_for_discomfort or high(checkin.level, threshold))
    }


def high(level: int, threshold: int) -> bool:
    """At or above the alert level; an alert level below 1 alerts on nothing."""
    return threshold >= 1 and level >= threshold


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


MONDAY, SATURDAY, SUNDAY = 0, 5, 6  # numbered like date.weekday(), as User.week_start


def start_of_week(day: date, week_start: int = MONDAY) -> date:
    """The first day of the week holding ``day``, for weeks starting on ``week_start``."""
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def week_start(day: date, first_weekday: int = MONDAY) -> date:
    """The first day of ``day``'s week (Monday unless told otherwise)."""
    return start_of_week(day, first_weekday)


def week_goal(
    active: set[date],
    protected: set[date],
    goal: int,
    any_day_in_week: date,
    week_start: int = MONDAY,
) -> WeekGoal:
    first = start_of_week(any_day_in_week, week_start)
    week = {first + timedelta(days=n) for n in range(7)}
    rested = len(week & protected)
    return WeekGoal(
        done=len(week & active), target=max(goal - rested, 0), goal=goal, protected=rested
    )


def weekly_streak(
    active: set[date], protected: set[date], goal: int, today: date, week_start: int = MONDAY
) -> int:
    """Weeks in a row that met their target, counting this week once it is met.

    Weeks start on ``week_start`` (0 Monday ... 6 Sunday). A rest week neither adds to the
    streak nor breaks it.
    """
    this_week = week_goal(active, protected, goal, today, week_start)
    count = 1 if this_week.met and not this_week.rested else 0
    earliest = start_of_week(min(active | protected, default=today), week_start)
    first = start_of_week(today, week_start) - timedelta(days=7)
    while first >= earliest:
        week = week_goal(active, protected, goal, first, week_start)
        if not week.met:
            break
        count += 0 if week.rested else 1
        first -= timedelta(days=7)
    return count


def habit_multiplier(weekly_goal: int) -> float:
    frequency = weekly_goal / 7
    return 0.5 ** (sqrt(frequency) / 13)


def score_window(weekly_goal: int) -> tuple[int, int]:
    """(days in the rolling window, active days it needs): the goal doubled over two weeks,
    which evens out irregular weeks, or the day itself for a daily goal."""
    if weekly_goal >= 7:
        return 1, 1
    return 14, 2 * weekly_goal


def consistency_scores(
    active: set[date], protected: set[date], weekly_goal: int, today: date
) -> dict[date, float]:
    """The score (0-1) at the end of each day from the first active day to today."""
    if not active:
        return {}
    m = habit_multiplier(weekly_goal)
    window, needed = score_window(weekly_goal)
    scores: dict[date, float] = {}
    score = 0.0
    in_window = 0  # active days among the last ``window`` days
    day = min(active)
    while day <= today:
        if day == today and day not in active:
            break  # today is still open: it can only raise the score
        in_window += day in active
        in_window -= (day - timedelta(days=window)) in active
        if day not in protected:
            score = score * m + min(1.0, in_window / needed) * (1 - m)
        scores[day] = score
        day += ONE_DAY
    return scores


def consistency_score(
    active: set[date], protected: set[date], weekly_goal: int, today: date
) -> float:
    scores = consistency_scores(active, protected, weekly_goal, today)
    return scores[max(scores)] if scores else 0.0

"""The streak rules, table-driven, and checked against a brute-force reference."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracking.streaks import (
    CheckInDay,
    Streak,
    consistency_score,
    current_streak,
    habit_multiplier,
    longest_streak,
    protected_days,
    start_of_week,
    week_goal,
    weekly_streak,
)

TODAY = date(2026, 6, 17)  # a Wednesday


def days_ago(*offsets):
    return {TODAY - timedelta(days=n) for n in offsets}


@pytest.mark.parametrize(
    ("active", "protected", "expected"),
    [
        (set(), set(), Streak()),
        (days_ago(0), set(), Streak(1, TODAY, TODAY)),
        (days_ago(0, 1, 2), set(), Streak(3, TODAY - timedelta(2), TODAY)),
        # Today still open: the run up to yesterday stands, with a nudge.
        (
            days_ago(1, 2),
            set(),
            Streak(2, TODAY - timedelta(2), TODAY - timedelta(1), needs_today=True),
        ),
        # A gap breaks it.
        (days_ago(0, 2, 3), set(), Streak(1, TODAY, TODAY)),
        (days_ago(2, 3), set(), Streak()),
        # A rest day for discomfort bridges the gap without counting.
        (days_ago(0, 2, 3), days_ago(1), Streak(3, TODAY - timedelta(3), TODAY)),
        # Resting today because of pain keeps yesterday's streak, with no nudge.
        (days_ago(1, 2), days_ago(0), Streak(2, TODAY - timedelta(2), TODAY - timedelta(1))),
        # Protected days alone are not a streak.
        (set(), days_ago(0, 1), Streak()),
    ],
)
def test_current_streak(active, protected, expected):
    assert current_streak(active, protected, TODAY) == expected


def test_longest_streak_and_its_dates():
    active = days_ago(20, 19, 18, 17, 10, 9, 7, 6, 5, 0)
    protected = days_ago(8)

    assert longest_streak(active, protected) == Streak(
        5, TODAY - timedelta(10), TODAY - timedelta(5)
    )


def test_protected_days_need_no_activity_and_a_high_or_resting_check_in():
    checkins = {
        TODAY: CheckInDay(7),  # at the threshold
        TODAY - timedelta(1): CheckInDay(3, rest_for_discomfort=True),
        TODAY - timedelta(2): CheckInDay(2),  # low: not protected
        TODAY - timedelta(3): CheckInDay(9),  # but active that day
    }

    assert protected_days(days_ago(3), checkins, threshold=7) == days_ago(0, 1)


def test_week_goal_counts_monday_to_sunday_and_rest_lowers_the_target():
    active = days_ago(0, 1, 3)  # Wed, Tue, and last Sunday
    protected = days_ago(2)  # Monday

    goal = week_goal(active, protected, 4, TODAY)

    assert (goal.done, goal.target, goal.protected, goal.met) == (2, 3, 1, False)


@pytest.mark.parametrize(
    ("week_start", "first_day"),
    [
        (0, date(2026, 6, 15)),  # Monday
        (5, date(2026, 6, 13)),  # Saturday
        (6, date(2026, 6, 14)),  # Sunday
    ],
)
def test_a_week_starts_on_the_chosen_day(week_start, first_day):
    for offset in range(7):
        assert start_of_week(first_day + timedelta(days=offset), week_start) == first_day
    assert start_of_week(first_day - timedelta(days=1), week_start) == first_day - timedelta(7)


@pytest.mark.parametrize(
    ("week_start", "done", "target", "protected"),
    [
        # Active: Wed, Tue, Sun 14th, Sat 13th. Protected: Mon 15th.
        (0, 2, 3, 1),  # Mon 15 - Sun 21: Tue and Wed; Monday rested
        (6, 3, 3, 1),  # Sun 14 - Sat 20: Sun, Tue and Wed; Monday rested
        (5, 4, 3, 1),  # Sat 13 - Fri 19: all four; Monday rested
    ],
)
def test_week_goal_counts_the_week_from_the_chosen_first_day(week_start, done, target, protected):
    active = days_ago(0, 1, 3, 4)
    rested = days_ago(2)

    goal = week_goal(active, rested, 4, TODAY, week_start)

    assert (goal.done, goal.target, goal.protected) == (done, target, protected)


@pytest.mark.parametrize(
    ("week_start", "expected"),
    [
        # Sessions every Saturday and Sunday for three weekends before this one.
        (0, 3),  # Monday weeks: each Sat+Sun pair falls in one week, goal 2 met three times
        (5, 3),  # Saturday weeks: the same pairs, one per week
        # Sunday weeks: a Sunday and the next Saturday share a week; this week (Sunday only)
        # is open and the oldest Saturday stands alone, so two weeks.
        (6, 2),
    ],
)
def test_weekly_streak_follows_the_chosen_first_day(week_start, expected):
    saturday = date(2026, 6, 13)
    weekends = {
        saturday - timedelta(days=7 * w) + timedelta(days=d) for w in range(3) for d in (0, 1)
    }

    assert weekly_streak(weekends, set(), 2, saturday + timedelta(days=2), week_start) == expected


def test_weekly_streak_counts_met_weeks_and_this_week_once_met():
    monday = TODAY - timedelta(days=2)
    last_weeks = {monday - timedelta(days=7 * w + d) for w in range(3) for d in (1, 2)}

    assert weekly_streak(last_weeks, set(), 2, TODAY) == 3  # this week open, not yet met
    assert weekly_streak(last_weeks | {monday, TODAY}, set(), 2, TODAY) == 4


def test_a_week_of_rest_for_pain_bridges_the_weekly_streak_without_adding_to_it():
    monday = TODAY - timedelta(days=2)
    rest_week = {monday - timedelta(days=d) for d in range(1, 8)}  # all of last week
    before = {monday - timedelta(days=7 + d) for d in (1, 2)}  # the week before: met

    assert weekly_streak(before, rest_week, 2, TODAY) == 1
    assert weekly_streak(before | {monday, TODAY}, rest_week, 2, TODAY) == 2


def test_one_rest_check_in_alone_is_not_a_met_week():
    # Goal 1, a rest check-in on Monday and nothing else: no "goal met 1 week in a row".
    monday = TODAY - timedelta(days=2)

    assert weekly_streak(set(), {monday}, 1, TODAY) == 0
    assert weekly_streak({TODAY}, {monday}, 1, TODAY) == 1


def test_a_zero_check_in_protects_nothing_even_with_alert_level_zero():
    checkins = {TODAY: CheckInDay(0), TODAY - timedelta(1): CheckInDay(0, rest_for_discomfort=True)}

    assert protected_days(set(), checkins, threshold=0) == days_ago(1)
    assert protected_days(set(), checkins, threshold=1) == days_ago(1)


@pytest.mark.parametrize("goal", [1, 3, 5, 7])
def test_meeting_the_weekly_goal_every_week_tends_to_a_full_score(goal):
    # Exactly ``goal`` days each week, on the first days of the week, for a year.
    first_monday = TODAY - timedelta(days=TODAY.weekday() + 7 * 52)
    active = {first_monday + timedelta(weeks=w, days=d) for w in range(52) for d in range(goal)}

    last_sunday = first_monday + timedelta(weeks=52, days=-1)

    assert consistency_score(active, set(), goal, last_sunday) > 0.95


def test_a_perfect_first_day_starts_the_score_low_but_not_at_zero():
    score = consistency_score({TODAY}, set(), 3, TODAY)

    assert 0 < score < 0.05


def test_the_score_multiplier_follows_loop_habit_tracker():
    assert habit_multiplier(7) == pytest.approx(0.5 ** (1 / 13))
    assert habit_multiplier(1) == pytest.approx(0.5 ** ((1 / 7) ** 0.5 / 13))


def test_one_miss_after_a_long_run_costs_little_and_a_comeback_is_gradual():
    long_run = {TODAY - timedelta(days=n) for n in range(1, 200)}
    before_miss = consistency_score(long_run, set(), 7, TODAY - timedelta(days=1))
    after_miss = consistency_score(long_run - days_ago(1), set(), 7, TODAY - timedelta(days=1))
    comeback = consistency_score(days_ago(0, 1, 2), set(), 7, TODAY)

    assert before_miss > 0.99
    assert before_miss - after_miss < 0.06
    assert 0.1 < comeback < 0.2


def test_a_protected_day_leaves_the_score_unchanged_and_an_open_today_does_not_count():
    active = days_ago(3, 2)

    resting = consistency_score(active, days_ago(1), 7, TODAY)
    missed = consistency_score(active, set(), 7, TODAY)

    assert resting == consistency_score(active, set(), 7, TODAY - timedelta(days=1))
    assert missed < resting


def test_a_missed_day_inside_a_met_window_still_rates_the_goal_met():
    # Goal 1 a week: the last 14 days need 2 active days. Both are there, so the day off
    # after them still rates as a met goal and the score keeps rising.
    active = days_ago(10, 3)

    after_session = consistency_score(active, set(), 1, TODAY - timedelta(days=3))
    day_off = consistency_score(active, set(), 1, TODAY - timedelta(days=1))  # day -2 counted

    assert day_off > after_session


# A deliberately simple reference, checked against the real functions on random calendars.

DAYS = 45
START = TODAY - timedelta(days=DAYS - 1)


def ref_covered(day, active, protected):
    return day in active or day in protected


def ref_best_run(active, protected, end_at=None):
    """Brute force: every (first, last) pair of active days joined by covered days."""
    best = 0
    actives = sorted(active)
    for first in actives:
        for last in actives:
            if last < first or (end_at is not None and last > end_at):
                continue
            span = [first + timedelta(days=n) for n in range((last - first).days + 1)]
            if not all(ref_covered(d, active, protected) for d in span):
                continue
            if end_at is not None:
                tail = [last + timedelta(days=n) for n in range(1, (end_at - last).days + 1)]
                if not all(ref_covered(d, active, protected) for d in tail):
                    continue
            best = max(best, sum(d in active for d in span))
    return best


def ref_score(active, protected, goal, today):
    """Loop's rule, day by day: the share of the goal met in the window, counted afresh."""
    if not active:
        return 0.0
    m = 0.5 ** (((goal / 7) ** 0.5) / 13)
    window, needed = (1, 1) if goal == 7 else (14, 2 * goal)
    score, day = 0.0, min(active)
    while day < today or (day == today and day in active):
        if day not in protected:
            recent = [day - timedelta(days=n) for n in range(window)]
            rating = min(1.0, sum(d in active for d in recent) / needed)
            score = m * score + (1 - m) * rating
        day += timedelta(days=1)
    return score


def ref_weekly_streak(active, protected, goal, today, week_start=0):
    """Walk back week by week, counting each week's days one by one."""

    def week(monday):
        days = [monday + timedelta(days=n) for n in range(7)]
        done = sum(d in active for d in days)
        target = max(goal - sum(d in protected for d in days), 0)
        return done, target

    monday = today
    while monday.weekday() != week_start:
        monday -= timedelta(days=1)
    done, target = week(monday)
    count = 1 if done >= target and (done or target) else 0
    first = min(active | protected, default=today)
    monday -= timedelta(days=7)
    while monday + timedelta(days=6) >= first:
        done, target = week(monday)
        if done < target:
            break
        if done or target:
            count += 1
        monday -= timedelta(days=7)
    return count


calendars = st.lists(st.sampled_from(["active", "protected", "none"]), min_size=DAYS, max_size=DAYS)


def split(calendar):
    active = {START + timedelta(days=n) for n, s in enumerate(calendar) if s == "active"}
    protected = {START + timedelta(days=n) for n, s in enumerate(calendar) if s == "protected"}
    return active, protected


@settings(max_examples=150, deadline=None)
@given(calendars)
def test_streaks_match_the_reference(calendar):
    active, protected = split(calendar)

    end = TODAY if ref_covered(TODAY, active, protected) else TODAY - timedelta(days=1)
    assert current_streak(active, protected, TODAY).length == ref_best_run(
        active, protected, end_at=end
    )
    assert longest_streak(active, protected).length == ref_best_run(active, protected)


@settings(max_examples=150, deadline=None)
@given(calendars, st.integers(min_value=1, max_value=7))
def test_score_matches_the_reference(calendar, goal):
    active, protected = split(calendar)

    score = consistency_score(active, protected, goal, TODAY)

    assert score == pytest.approx(ref_score(active, protected, goal, TODAY))
    assert 0.0 <= score <= 1.0


@settings(max_examples=150, deadline=None)
@given(
    calendars,
    st.integers(min_value=1, max_value=7),
    st.sampled_from([0, 5, 6]),
    st.integers(min_value=0, max_value=6),
)
def test_weekly_streak_matches_the_reference(calendar, goal, week_start, back):
    active, protected = split(calendar)
    today = TODAY - timedelta(days=back)  # every weekday as today, for every first day

    assert weekly_streak(active, protected, goal, today, week_start) == ref_weekly_streak(
        active, protected, goal, today, week_start
    )

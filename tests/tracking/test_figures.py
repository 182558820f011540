"""The figures over all of a user's history (streaks, score), cached per user, and the
dashboard's calendar loaded for the last year only: the same figures as from everything."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ExerciseEntryFactory, ExerciseFactory, SessionFactory
from tracking.models import CheckIn, ExerciseEntry, Session
from tracking.progress import WINDOW_DAYS, Progress, forget_streak

pytestmark = pytest.mark.django_db
DASHBOARD = reverse("tracking:dashboard")
REPORT = reverse("data:report")


def history_with_gaps(user, days: int) -> None:
    """A session most days (every 9th and 10th missed, a long break two years ago), and a
    check-in on most of them, some high, some rest days."""
    today = user.local_today()
    exercise = ExerciseFactory()
    active = [n for n in range(days) if n % 10 not in (8, 9) and not 700 <= n < 760 and n % 13 != 5]
    sessions = Session.objects.bulk_create(
        Session(user=user, date=today - timedelta(days=n)) for n in active
    )
    ExerciseEntry.objects.bulk_create(
        ExerciseEntry(session=s, exercise=exercise, completed=True, sets=1, reps=5)
        for s in sessions
    )
    CheckIn.objects.bulk_create(
        CheckIn(
            user=user,
            date=today - timedelta(days=n),
            discomfort=n % 9,
            rest_for_discomfort=n % 13 == 5,
        )
        for n in range(days)
        if n % 4 != 3
    )


@pytest.mark.parametrize("days", [5, 400, 3 * 365])
def test_the_last_year_and_the_cache_give_the_figures_of_the_whole_history(user, days):
    history_with_gaps(user, days)
    whole = Progress.for_user(user)
    Progress.for_user(user, window=True)  # computes and caches the figures

    windowed = Progress.for_user(user, window=True)

    assert not windowed.full
    assert windowed.figures == whole.figures
    assert windowed.longest_streak == whole.longest_streak
    assert windowed.consistency_percent == whole.consistency_percent
    assert windowed.week == whole.week
    assert windowed.heatmap() == whole.heatmap()
    assert windowed.heatmap_summary() == whole.heatmap_summary()
    for range_key in ("30", "90", "365"):
        assert windowed.discomfort_series(range_key) == whole.discomfort_series(range_key)


def calendar_reads(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in queries if " UNION " in q["sql"]]


@pytest.mark.parametrize("url", [DASHBOARD, REPORT])
def test_a_second_visit_reads_only_the_days_it_shows(user_client, user, url):
    history_with_gaps(user, 3 * 365)

    first = calendar_reads(user_client, url)
    again = calendar_reads(user_client, url)

    assert len(first) == len(again) == 1
    assert '"date" >=' not in first[0]  # the figures need everything once
    assert '"date" >=' in again[0]  # then the last year, or the report's range


def test_a_write_through_the_app_is_seen_at_once(user_client, user):
    history_with_gaps(user, 30)
    before = Progress.for_user(user, window=True)

    Session.objects.filter(user=user, date=user.local_today()).delete()
    forget_streak(user)  # as every service that writes sessions or check-ins does
    after = Progress.for_user(user, window=True)

    assert after.full  # computed afresh
    assert after.current_streak != before.current_streak


def test_the_window_covers_the_heatmap_and_the_chart():
    # 53 weeks from the start of a week (up to 6 days before), and 365 days of chart with
    # the 6 days before them in its rolling average.
    assert max(7 * 53 + 6, 365 + 6) <= WINDOW_DAYS


def test_the_cached_weekly_streak_follows_a_change_of_the_first_day_of_the_week(user, time_machine):
    time_machine.move_to("2026-11-23 12:00:00+00:00")  # a Monday
    user.weekly_goal = 2
    user.save()
    for day in (date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 22), date(2026, 11, 23)):
        ExerciseEntryFactory(session=SessionFactory(user=user, date=day), completed=True)
    Progress.for_user(user, window=True)  # computes and caches the figures, Monday weeks

    monday = Progress.for_user(user, window=True)
    user.week_start = 6  # Sunday: Sun 22 and Mon 23 meet this week's goal too
    user.save(update_fields=["week_start"])
    sunday = Progress.for_user(user, window=True)

    assert not monday.full
    assert monday.weekly_streak == 1
    assert sunday.full  # not the figures cached for Monday weeks
    assert sunday.weekly_streak == 2
    assert sunday.week.done == 2

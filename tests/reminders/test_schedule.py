"""When a reminder is due, in the person's own time zone, across summer-time changes."""

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from spinecare.reminders.schedule import due_at, local_day, next_due

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
EVERY_DAY = set(range(7))


def test_a_0730_reminder_stays_0730_across_the_spring_change():
    # London moves from GMT to BST on Sunday 29 March 2026.
    before = next_due(datetime(2026, 3, 28, 12, tzinfo=UTC), EVERY_DAY, time(7, 30), LONDON)
    after = next_due(before, EVERY_DAY, time(7, 30), LONDON)

    assert before == datetime(2026, 3, 29, 6, 30, tzinfo=UTC)  # 07:30 BST
    assert after == datetime(2026, 3, 30, 6, 30, tzinfo=UTC)
    assert before.astimezone(LONDON).time() == after.astimezone(LONDON).time() == time(7, 30)


def test_a_0730_reminder_stays_0730_across_the_autumn_change():
    saturday = due_at(datetime(2026, 10, 24).date(), time(7, 30), LONDON)
    sunday = next_due(saturday, EVERY_DAY, time(7, 30), LONDON)

    assert saturday == datetime(2026, 10, 24, 6, 30, tzinfo=UTC)  # BST
    assert sunday == datetime(2026, 10, 25, 7, 30, tzinfo=UTC)  # GMT again
    assert sunday.astimezone(LONDON).time() == time(7, 30)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # New York changes on 8 March 2026; the reminder keeps its local 07:30.
        (datetime(2026, 3, 7, 13, tzinfo=UTC), datetime(2026, 3, 8, 11, 30, tzinfo=UTC)),
        (datetime(2026, 3, 6, 13, tzinfo=UTC), datetime(2026, 3, 7, 12, 30, tzinfo=UTC)),
    ],
)
def test_new_york_keeps_local_time(after, expected):
    assert next_due(after, EVERY_DAY, time(7, 30), NEW_YORK) == expected


def test_a_time_the_spring_change_skips_comes_an_hour_later():
    assert due_at(datetime(2026, 3, 29).date(), time(1, 30), LONDON) == datetime(
        2026, 3, 29, 1, 30, tzinfo=UTC
    )  # 02:30 BST


def test_only_chosen_weekdays_are_due():
    monday_evening = datetime(2026, 6, 1, 18, tzinfo=UTC)  # Monday 1 June, after 07:30
    due = next_due(monday_evening, {0, 3}, time(7, 30), LONDON)  # Mondays and Thursdays

    assert local_day(due, LONDON) == datetime(2026, 6, 4).date()  # Thursday


def test_no_days_means_never():
    assert next_due(datetime(2026, 6, 1, tzinfo=UTC), set(), time(7, 30), LONDON) is None


def test_due_today_if_the_time_is_still_ahead():
    due = next_due(datetime(2026, 6, 1, 5, tzinfo=UTC), EVERY_DAY, time(7, 30), LONDON)
    assert due == datetime(2026, 6, 1, 6, 30, tzinfo=UTC)

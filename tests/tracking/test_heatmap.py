"""The heat-map's cells, their words and its labels: dates in, cells out, no database."""

from datetime import date

import pytest
from django.utils import translation

from tracking.heatmap import WEEKS, first_day, weekday_names, weeks
from tracking.streaks import CheckInDay

TODAY = date(2026, 11, 27)  # a Friday


def cells(today=TODAY, active=(), protected=(), checkins=None, threshold=6):
    return weeks(today, set(active), set(protected), checkins or {}, threshold)


def cell(columns, day):
    return next(c for week in columns for c in week.days if c.date == day)


def test_53_weeks_monday_first_ending_with_this_week():
    columns = cells()

    assert len(columns) == WEEKS
    assert columns[0].days[0].date == first_day(TODAY) == date(2025, 11, 24)
    assert columns[-1].days[-1].date == date(2026, 11, 29)
    assert all(len(week.days) == 7 for week in columns)
    assert [c.date.weekday() for c in columns[5].days] == list(range(7))


def test_days_after_today_are_blank_and_have_no_words():
    last_week = cells()[-1].days

    assert [c.css for c in last_week[5:]] == ["future", "future"]
    assert [c.title for c in last_week[5:]] == ["", ""]
    assert last_week[4].today
    assert not last_week[3].today


@pytest.mark.parametrize(
    ("active", "protected", "checkins", "expected"),
    [
        ((), (), {}, "Wed 25 Nov 2026: no session; no check-in."),
        ({date(2026, 11, 25)}, (), {}, "Wed 25 Nov 2026: exercised; no check-in."),
        (
            {date(2026, 11, 25)},
            (),
            {date(2026, 11, 25): CheckInDay(3)},
            "Wed 25 Nov 2026: exercised; check-in 3 out of 10.",
        ),
        (
            (),
            {date(2026, 11, 25)},
            {date(2026, 11, 25): CheckInDay(8, rest_for_discomfort=True)},
            "Wed 25 Nov 2026: rest day for discomfort; "
            "check-in 8 out of 10, at or above your alert level.",
        ),
    ],
)
def test_each_day_says_what_happened(active, protected, checkins, expected):
    day = cell(cells(active=active, protected=protected, checkins=checkins), date(2026, 11, 25))

    assert day.title == expected


def test_today_says_so():
    day = cell(cells(), TODAY)

    assert day.title == "Today, Fri 27 Nov 2026: no session; no check-in."


def test_colours_come_from_the_day_not_the_template():
    day = date(2026, 11, 24)

    found = cell(cells(protected={day}, checkins={day: CheckInDay(9, True)}), day)

    assert found.css == "rest high"


def test_a_month_is_named_on_the_week_that_holds_its_first_day():
    columns = cells()
    named = {week.days[0].date: week.month for week in columns if week.month}

    assert named[date(2026, 10, 26)] == "Nov"  # 1 November 2026 is a Sunday
    assert named[date(2026, 6, 1)] == "Jun"
    assert named[date(2025, 12, 1)] == "Dec"
    assert columns[0].month == ""  # December starts a week after the first column
    assert len(named) == 12


def test_the_first_column_is_named_when_no_month_starts_soon_after():
    # First column: Monday 8 December 2025; 1 January 2026 is four weeks later.
    columns = cells(today=date(2026, 12, 9))

    assert columns[0].days[0].date == date(2025, 12, 8)
    assert columns[0].month == "Dec"


def test_the_first_column_is_left_unnamed_when_a_month_starts_within_two_weeks():
    # First column: Monday 22 December 2025; "Jan" is named on the next one.
    columns = cells(today=date(2026, 12, 23))

    assert (columns[0].month, columns[1].month) == ("", "Jan")


def test_names_of_days_and_months_follow_the_active_language():
    with translation.override("de"):
        names = weekday_names()
        day = cell(cells(active={date(2026, 3, 4)}, today=date(2026, 3, 6)), date(2026, 3, 4))

    assert names == ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    assert day.title.startswith("Mi, 4. Mär 2026")  # in German word order


def test_spanish_days_read_as_spanish_short_dates_do_with_a_lower_case_month():
    with translation.override("es"):
        columns = cells(active={date(2026, 4, 27)}, today=date(2026, 4, 29))
        day = cell(columns, date(2026, 4, 27))

    assert day.title.startswith("lun, 27 abr 2026")  # as "D, j b Y" writes it elsewhere
    assert "may" in {week.month for week in columns}


@pytest.mark.parametrize(
    ("week_start", "first", "names"),
    [
        (0, date(2025, 11, 24), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
        (5, date(2025, 11, 22), ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"]),
        (6, date(2025, 11, 23), ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
    ],
)
def test_weeks_start_on_the_users_first_day_of_the_week(week_start, first, names):
    columns = weeks(TODAY, set(), set(), {}, 6, week_start)

    assert first_day(TODAY, week_start) == columns[0].days[0].date == first
    assert all(week.days[0].date.weekday() == week_start for week in columns)
    assert TODAY in [day.date for day in columns[-1].days]  # ending with this week
    assert weekday_names(week_start) == names


def test_weekday_names_from_sunday_in_german_and_spanish():
    with translation.override("de"):
        assert weekday_names(6)[:2] == ["So", "Mo"]
    with translation.override("es"):
        assert weekday_names(6)[0] != "Sun"

import json
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.data.history import make_history
from tests.factories import (
    AdjustmentFactory,
    CheckInFactory,
    ExerciseEntryFactory,
    SessionFactory,
)
from tracking.progress import discomfort_series
from tracking.streaks import CheckInDay

REPORT = reverse("data:report")
TODAY = date(2026, 3, 14)


@pytest.fixture(autouse=True)
def _fixed_today(time_machine):
    time_machine.move_to("2026-03-14 12:00:00+00:00")


def test_title_says_who_it_is_for_and_the_default_is_the_last_30_days(user_client):
    response = user_client.get(REPORT)

    assert "<h1" in response.text
    assert "For your physiotherapist or chiropractor" in response.text
    assert "13 Feb 2026 – 14 Mar 2026" in response.text
    assert "(30 days)" in response.text
    form = response.context["form"]
    assert form["start"].value() == date(2026, 2, 13)
    assert form["end"].value() == date(2026, 3, 14)


def test_it_sums_up_adherence_and_streaks(user_client, user):
    for days_back in (0, 1, 2, 5):
        ExerciseEntryFactory(session__user=user, session__date=TODAY - timedelta(days=days_back))
    SessionFactory(user=user, date=TODAY - timedelta(days=5))  # a second session that day
    ExerciseEntryFactory(session__user=user, session__date=TODAY - timedelta(days=40))

    response = user_client.get(REPORT, {"start": "2026-03-01", "end": "2026-03-14"})

    report = response.context["report"]
    assert report["active_days"] == 4
    assert report["days"] == 14
    assert report["session_count"] == 5
    assert "4 of 14 (29%)" in response.text
    assert report["current_streak"].length == 3
    assert report["longest_streak"].length == 3


def test_it_lists_flagged_exercises_with_level_area_and_note(user_client, user):
    history = make_history(user)

    response = user_client.get(REPORT)

    flags = response.context["report"]["flags"]
    assert [entry.discomfort for entry in flags] == ["sharp"]
    assert "Thu 12 Mar 2026" in response.text
    assert history["exercises"][1].name in response.text
    assert "Sharp" in response.text
    assert "Lower back" in response.text
    assert "A twinge on the left." in response.text


def test_it_gathers_the_notes_of_sessions_and_check_ins(user_client, user):
    make_history(user)

    response = user_client.get(REPORT)

    notes = [(n.source, n.text) for n in response.context["report"]["notes"]]
    assert notes == [("session", "Felt stiff after the drive."), ("check-in", "Bad night.")]


def test_discomfort_is_a_chart_and_a_printable_table(user_client, user):
    make_history(user)

    response = user_client.get(REPORT, {"start": "2026-03-10", "end": "2026-03-14"})

    assert 'data-chart="report-data"' in response.text
    script = response.text.split('id="report-data" type="application/json">')[1]
    data = json.loads(script.split("</script>")[0])
    assert data["labels"] == ["2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14"]
    assert data["levels"] == [None, None, None, 7, 2]
    assert data["threshold"] == 6
    assert "Daily check-ins" in response.text
    assert "2 daily check-ins (0 = no discomfort, 10 = worst): average 4.5, from 2 to 7" in (
        response.text
    )


def test_the_chart_marks_the_days_the_routine_changed(user_client, user):
    make_history(user)
    AdjustmentFactory(item__routine__user=user)  # made "now", on 14 March

    response = user_client.get(REPORT, {"start": "2026-03-13", "end": "2026-03-14"})

    assert response.context["report"]["series"]["changes"] == [None, "Pause"]


def test_it_is_laid_out_for_print_without_inline_script(user_client, user):
    make_history(user)

    response = user_client.get(REPORT)

    assert "css/print.css" in response.text
    assert "data-print" in response.text
    assert "js/report.js" in response.text
    assert "<script>" not in response.text
    assert " style=" not in response.text


def test_only_the_users_own_data_is_in_it(user_client, other_user):
    make_history(other_user, text="Charlie's secret")

    response = user_client.get(REPORT)

    assert "Charlie&#x27;s secret" not in response.text
    assert response.context["report"]["session_count"] == 0


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"start": "2026-03-10", "end": "2026-03-01"}, "start", "on or before the end"),
        ({"end": "2026-03-15"}, "end", "Pick today or an earlier day."),
        ({"start": "2024-01-01", "end": "2026-03-14"}, "start", "at most a year"),
        ({"start": "0001-01-01", "end": "0001-01-02"}, "start", "from 2000 on"),
        ({"start": "soon"}, "start", "Enter a date such as 2026-03-14."),
    ],
)
def test_a_bad_range_is_explained_beside_the_field(user_client, query, field, message):
    response = user_client.get(REPORT, query)

    assert response.status_code == 200
    assert response.context["report"] is None
    assert any(message in error for error in response.context["form"].errors[field])


def test_one_date_alone_keeps_the_default_for_the_other(user_client):
    response = user_client.get(REPORT, {"start": "2026-03-01"})

    report = response.context["report"]
    assert (report["first"], report["last"]) == (date(2026, 3, 1), TODAY)


def test_queries_do_not_grow_with_the_history(user_client, user):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = user_client.get(REPORT, {"start": "2025-03-15", "end": "2026-03-14"})
        assert response.status_code == 200
        return len(queries)

    make_history(user)
    count_queries()  # the first page also caches the streak badge
    few = count_queries()
    for days_back in range(3, 300, 2):
        day = TODAY - timedelta(days=days_back)
        ExerciseEntryFactory(session__user=user, session__date=day, discomfort="mild")
        CheckInFactory(user=user, date=day, notes="Stiff")

    assert count_queries() == few


def test_the_rolling_average_reaches_back_before_the_range():
    checkins = {date(2026, 3, 1): CheckInDay(8), date(2026, 3, 3): CheckInDay(4)}

    series = discomfort_series(
        checkins,
        {date(2026, 3, 3)},
        date(2026, 3, 3),
        date(2026, 3, 4),
        threshold=6,
        changes={date(2026, 3, 4): "Lighter dose"},
    )

    assert series == {
        "labels": ["2026-03-03", "2026-03-04"],
        "levels": [4, None],
        "rolling": [6.0, 6.0],
        "active": [1, 0],
        "changes": [None, "Lighter dose"],
        "threshold": 6,
    }

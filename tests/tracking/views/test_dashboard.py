"""The progress dashboard, the streak badge and the dose chart on exercise pages."""

import json
import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from exercises.in_memory import exercises
from exercises.models import Exercise
from tests.factories import (
    CheckInFactory,
    ExerciseEntryFactory,
    ExerciseFactory,
    RoutineItemFactory,
    SessionFactory,
    SuggestionFactory,
    UserFactory,
    prescription_of,
)
from tracking.cards import suggestions_card
from tracking.models import CheckIn, ExerciseEntry, RoutineItem, Session
from tracking.progress import Progress, forget_streak
from tracking.services.routines import create_starter_routine

DASHBOARD = reverse("tracking:dashboard")
BADGE = reverse("tracking:streak-badge")
HTMX = {"HX-Request": "true"}


@pytest.fixture
def today(user):
    return user.local_today()


def log_day(user, day, *, completed=True, **entry):
    session = SessionFactory(user=user, date=day)
    ExerciseEntryFactory(session=session, completed=completed, **entry)
    return session


def bulk_history(user, days, today):
    """A session with one completed exercise and a check-in on each of the last ``days``."""
    exercise = ExerciseFactory()
    sessions = Session.objects.bulk_create(
        Session(user=user, date=today - timedelta(days=n)) for n in range(days)
    )
    ExerciseEntry.objects.bulk_create(
        ExerciseEntry(session=s, exercise=exercise, completed=True, sets=1, reps=5)
        for s in sessions
    )
    CheckIn.objects.bulk_create(
        CheckIn(user=user, date=today - timedelta(days=n), discomfort=n % 8) for n in range(days)
    )


def test_a_new_user_gets_a_welcome_that_leads_to_the_first_log(user_client, starter_routine):
    response = user_client.get(DASHBOARD)

    assert "Your first day" in response.text
    assert "Save session" in response.text  # the checklist is right there
    assert "Save check-in" in response.text
    assert "not medical advice" in response.text
    assert "<canvas" not in response.text
    assert "The last 12 months" not in response.text
    # Empty regions wait for the first log to fill themselves in.
    assert 'id="discomfort-chart" class=""' in response.text


def test_figures_for_a_user_with_history(user_client, user, today):
    for n in (0, 1, 2, 5, 6, 7, 8):
        log_day(user, today - timedelta(days=n))

    response = user_client.get(DASHBOARD)

    progress = response.context["progress"]
    assert progress.current_streak.length == 3
    assert progress.longest_streak.length == 4
    assert 'data-testid="current-streak">3<' in response.text
    assert "Routine logged today." in response.text
    assert f"{(today - timedelta(days=8)):%-d %b %Y}" in response.text  # longest streak's dates


def test_a_rest_day_for_pain_keeps_the_streak_and_shows_differently(user_client, user, today):
    log_day(user, today - timedelta(days=2))
    CheckInFactory(user=user, date=today - timedelta(days=1), discomfort=8)
    log_day(user, today)

    response = user_client.get(DASHBOARD)

    assert response.context["progress"].current_streak.length == 2
    yesterday = f"{today - timedelta(days=1):%a %-d %b %Y}"
    assert (
        f'<button type="button" class="hd rest high" title="{yesterday}: rest day for discomfort;'
        in response.text
    )
    assert "1 rest day for discomfort." in response.text


def test_an_open_today_nudges_without_breaking_the_streak(user_client, user, today):
    log_day(user, today - timedelta(days=1))

    response = user_client.get(DASHBOARD)

    assert "Log today to keep it." in response.text
    assert response.context["progress"].current_streak.length == 1


def test_several_sessions_on_one_day_count_once_and_skipped_only_counts_not(
    user_client, user, today
):
    log_day(user, today)
    log_day(user, today)
    log_day(user, today - timedelta(days=1), completed=False, discomfort="sharp")

    progress = user_client.get(DASHBOARD).context["progress"]

    assert progress.active == {today}
    assert progress.current_streak.length == 1


def test_deleting_a_session_breaks_the_streak(user_client, user, today):
    log_day(user, today)
    middle = log_day(user, today - timedelta(days=1))
    log_day(user, today - timedelta(days=2))

    user_client.post(reverse("tracking:session-delete", args=[middle.pk]))

    assert user_client.get(DASHBOARD).context["progress"].current_streak.length == 1


def test_back_filled_days_join_the_streak(user_client, user, today):
    log_day(user, today)
    log_day(user, today - timedelta(days=2))
    assert user_client.get(DASHBOARD).context["progress"].current_streak.length == 1

    log_day(user, today - timedelta(days=1))  # filled in later
    forget_streak(user)  # as every write through the app does (the figures are cached)

    assert user_client.get(DASHBOARD).context["progress"].current_streak.length == 3


def test_changing_time_zone_moves_today(client, user, time_machine):
    # 03:00 UTC on 10 March: still the 9th in New York, the 10th in London.
    time_machine.move_to("2026-03-10 03:00:00+00:00")
    log_day(user, date(2026, 3, 9))
    client.force_login(user)

    user.timezone = "America/New_York"
    user.save()
    in_new_york = client.get(DASHBOARD).context["progress"]
    user.timezone = "Europe/London"
    user.save()
    in_london = client.get(DASHBOARD).context["progress"]

    assert (in_new_york.today, in_new_york.active_today) == (date(2026, 3, 9), True)
    assert (in_london.today, in_london.current_streak.needs_today) == (date(2026, 3, 10), True)


def test_a_streak_across_the_clock_change_counts_every_local_day(client, user, time_machine):
    # Europe/London moves its clocks on 29 March 2026; days are calendar days either way.
    user.timezone = "Europe/London"
    user.save()
    time_machine.move_to("2026-03-30 23:30:00+01:00")
    for day in (27, 28, 29, 30):
        log_day(user, date(2026, 3, day))
    client.force_login(user)

    progress = client.get(DASHBOARD).context["progress"]

    assert progress.today == date(2026, 3, 30)
    assert progress.current_streak.length == 4


@pytest.mark.parametrize(
    ("target", "marker"),
    [
        ("discomfort-chart", '<section id="discomfort-chart"'),
        ("progress-stats", '<section id="progress-stats"'),
        ("heatmap", '<section id="heatmap"'),
        ("today-card", '<section class="card today-status"'),
    ],
)
def test_htmx_refresh_gets_only_the_targeted_region(user_client, user, today, target, marker):
    log_day(user, today)

    response = user_client.get(DASHBOARD, headers={**HTMX, "HX-Target": target})

    assert "<html" not in response.text
    assert response.text.lstrip().startswith(marker)
    assert "HX-Target" in response["Vary"]


@pytest.mark.parametrize(("range_key", "days"), [("30", 30), ("365", 365), ("bogus", 90)])
def test_the_range_switch_changes_the_chart(user_client, user, today, range_key, days):
    CheckInFactory(user=user, date=today, discomfort=4)

    response = user_client.get(
        DASHBOARD, {"range": range_key}, headers={**HTMX, "HX-Target": "discomfort-chart"}
    )

    data = json.loads(
        response.text.split('id="discomfort-data" type="application/json">')[1].split("<")[0]
    )
    assert len(data["labels"]) == days
    assert data["levels"][-1] == 4
    assert 'aria-current="true"' in response.text


def test_the_range_buttons_are_worded_with_plural_forms(user_client, user, today):
    log_day(user, today)

    response = user_client.get(DASHBOARD)

    assert response.context["progress"].range_labels() == [
        ("30", "30 days"),
        ("90", "90 days"),
        ("365", "1 year"),
        ("all", "All"),
    ]
    assert 'hx-push-url="true">30 days</a>' in response.text


def test_the_chart_has_a_rolling_average_and_a_table(user_client, user, today):
    for n, level in enumerate([2, 4, 6]):
        CheckInFactory(user=user, date=today - timedelta(days=n), discomfort=level)

    response = user_client.get(DASHBOARD, {"range": "30"})

    series = response.context["chart"].series
    assert series["levels"][-3:] == [6, 4, 2]
    assert series["rolling"][-1] == 4.0
    assert "3 check-ins in this range: average 4.0 out of 10, from 2 to 6" in response.text
    assert "Show as a table (weekly)" in response.text


def test_the_average_is_written_with_the_readers_decimal_mark(user_client, user, today):
    user.language = "de"
    user.save()
    for n, level in enumerate([2, 4, 6]):
        CheckInFactory(user=user, date=today - timedelta(days=n), discomfort=level)

    response = user_client.get(DASHBOARD, {"range": "30"})

    chart = response.text.split('data-testid="chart-summary">')[1].split("</p>")[0]
    assert "4,0" in chart
    assert "<td>4,0</td>" in response.text


@pytest.mark.parametrize(
    ("days", "heatmap_words", "chart_words"),
    [
        (
            1,
            ["1 active day.", "1 rest day for discomfort.", "1 day at or above your alert level."],
            ["1 check-in in this range:", "1 active day."],
        ),
        (
            2,
            [
                "2 active days.",
                "2 rest days for discomfort.",
                "2 days at or above your alert level.",
            ],
            ["3 check-ins in this range:", "2 active days."],
        ),
    ],
)
def test_every_count_in_the_summaries_has_its_plural_form(
    user_client, user, today, days, heatmap_words, chart_words
):
    for n in range(days):
        log_day(user, today - timedelta(days=n))
        day_off = today - timedelta(days=10 + n)
        CheckInFactory(user=user, date=day_off, discomfort=9, rest_for_discomfort=True)
    if days == 2:
        CheckInFactory(user=user, date=today, discomfort=1)

    response = user_client.get(DASHBOARD, {"range": "30"})

    heatmap = response.text.split('data-testid="heatmap-summary">')[1].split("</p>")[0]
    chart = response.text.split('data-testid="chart-summary">')[1].split("</p>")[0]
    assert [words in " ".join(heatmap.split()) for words in heatmap_words] == [True] * 3
    assert [words in " ".join(chart.split()) for words in chart_words] == [True] * 2


def test_the_heatmap_has_labels_and_one_tab_stop(user_client, user, today):
    log_day(user, today)

    response = user_client.get(DASHBOARD)

    page = response.text.split('<section id="heatmap"')[1].split("</section>")[0]
    weekdays = page.split('class="heatmap-weekdays')[1].split("</ol>")[0]
    assert "<li>Mon</li><li>Tue</li><li>Wed</li>" in weekdays
    assert page.count('class="heatmap-month" aria-hidden="true">') == 53
    assert len(re.findall(r'class="heatmap-month" aria-hidden="true">[A-Z][a-z]{2}<', page)) == 12
    days = page.count('<button type="button" class="hd')
    assert days == 364 + today.weekday() + 1
    assert page.count('tabindex="-1"') == days - 1  # only today is in the tab order
    assert f'title="Today, {today:%a %-d %b %Y}: exercised; no check-in."' in page
    assert 'id="heatmap-detail" aria-live="polite"' in page


def test_notes_and_names_are_escaped_in_chart_data(user_client, user, today):
    CheckInFactory(user=user, date=today, notes="<script>alert(1)</script>")

    response = user_client.get(DASHBOARD)

    assert "<script>alert(1)</script>" not in response.text


def test_dashboard_queries_do_not_grow_with_history(client, user, other_user):
    today = user.local_today()
    decade_user = UserFactory(email="decade@example.com")
    for person, days in ((user, 7), (other_user, 3 * 365), (decade_user, 10 * 365)):
        create_starter_routine(person)
        bulk_history(person, days, today)

    exercises()  # the library is read once per process (exercises/in_memory.py)

    def count_queries(person):
        client.force_login(person)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(DASHBOARD, {"range": "all"})
        assert response.status_code == 200
        return len(queries)

    week, years, decade = count_queries(user), count_queries(other_user), count_queries(decade_user)

    assert week == years == decade
    assert decade <= 16


def test_chart_js_waits_for_the_chart_and_bootstraps_script_is_gone(user_client, user, today):
    log_day(user, today)

    response = user_client.get(DASHBOARD)

    assert 'data-chartjs="/static/vendor/chart.umd.min.js"' in response.text
    assert '<script src="/static/vendor/chart.umd.min.js"' not in response.text
    assert "bootstrap.bundle" not in response.text
    assert '<script src="/static/js/nav.js" defer>' in response.text


def test_the_streak_badge_is_in_the_navigation_and_has_its_own_url(user_client, user, today):
    log_day(user, today)

    page = user_client.get(reverse("tracking:history"))
    badge = user_client.get(BADGE, headers=HTMX)

    assert 'id="streak-badge"' in page.text
    assert 'data-testid="streak-count">1<' in badge.text
    assert "sessionLogged from:body" in badge.text


def test_sign_in_lands_on_the_dashboard(client, user, password):
    response = client.post(
        reverse("accounts:login"), {"username": user.email, "password": password}
    )

    assert response["Location"] == DASHBOARD


def test_the_home_page_sends_a_signed_in_user_to_the_dashboard(user_client):
    assert user_client.get("/")["Location"] == DASHBOARD


def test_the_rules_are_explained_in_the_app(client):
    response = client.get(reverse("tracking:how-it-works"))

    assert "protected" in response.text.lower()
    assert "0.5" in response.text
    assert "A worked example" in response.text
    assert "51.7%" in response.text
    assert "A week starts on the day you choose in Settings" in response.text


def test_the_rules_page_names_the_users_first_day_of_the_week(user_client, user):
    user.week_start = 6
    user.save()

    response = user_client.get(reverse("tracking:how-it-works"))

    assert "Your weeks start on Sunday." in response.text
    assert reverse("accounts:settings") in response.text


class TestDoseChart:
    def test_exercise_page_loads_the_signed_in_users_dose_in_place(self, user_client):
        plank = Exercise.objects.get(slug="plank")

        response = user_client.get(plank.get_absolute_url())

        progress = reverse("tracking:exercise-progress", args=["plank"])
        assert f'hx-get="{progress}"' in response.text
        assert f'href="{progress}"' in response.text  # works without JavaScript too
        assert "data-chartjs=" in response.text  # Chart.js only once a chart needs it
        assert '<script src="/static/vendor/chart.umd.min.js"' not in response.text

    def test_visitors_see_no_personal_chart(self, client, db):
        response = client.get(reverse("exercises:detail", args=["plank"]))

        assert "exercise-progress" not in response.text
        assert "Your dose and discomfort" not in response.text

    def test_dose_and_flags_for_the_signed_in_user_only(self, user_client, user, other_user, today):
        plank = Exercise.objects.get(slug="plank")
        log_day(user, today - timedelta(days=1), exercise=plank, hold_seconds=20)
        log_day(user, today, exercise=plank, hold_seconds=30, discomfort="moderate")
        log_day(other_user, today, exercise=plank, hold_seconds=99)

        response = user_client.get(reverse("tracking:exercise-progress", args=["plank"]))

        dose = response.context["dose"]
        assert dose["unit"] == "Hold (s)"
        assert dose["dose"] == [20, 30]
        assert dose["flags"] == [None, "moderate"]
        assert 'id="dose-data"' in response.text
        assert "<html" in response.text  # opened directly: a page of its own

    def test_htmx_gets_only_the_card(self, user_client, user, today):
        plank = Exercise.objects.get(slug="plank")
        log_day(user, today, exercise=plank, hold_seconds=20)

        response = user_client.get(
            reverse("tracking:exercise-progress", args=["plank"]), headers={"HX-Request": "true"}
        )

        assert 'id="dose-chart"' in response.text
        assert "<html" not in response.text

    def test_reps_exercises_chart_reps(self, user_client, user, today):
        cat_cow = Exercise.objects.get(slug="cat-cow")
        log_day(user, today, exercise=cat_cow, reps=10)

        response = user_client.get(reverse("tracking:exercise-progress", args=["cat-cow"]))

        assert response.context["dose"]["dose"] == [10]

    def test_a_short_history_is_charted_by_day(self, user_client, user, today):
        plank = Exercise.objects.get(slug="plank")
        for n in (0, 45, 90):
            log_day(user, today - timedelta(days=n), exercise=plank, hold_seconds=20 + n)

        dose = user_client.get(reverse("tracking:exercise-progress", args=["plank"])).context[
            "dose"
        ]

        assert dose["period"] == "day"
        assert dose["dose"] == [110, 65, 20]
        assert dose["labels"][0] == (today - timedelta(days=90)).isoformat()

    def test_a_long_history_is_charted_by_week_with_its_highest_dose_and_worst_flag(
        self, user_client, user, time_machine
    ):
        time_machine.move_to("2026-11-27 12:00:00+00:00")  # a Friday
        plank = Exercise.objects.get(slug="plank")
        log_day(user, date(2026, 7, 6), exercise=plank, hold_seconds=15)
        log_day(user, date(2026, 11, 23), exercise=plank, hold_seconds=30, discomfort="mild")
        log_day(user, date(2026, 11, 24), exercise=plank, hold_seconds=45)
        log_day(user, date(2026, 11, 27), exercise=plank, completed=False, discomfort="sharp")

        response = user_client.get(reverse("tracking:exercise-progress", args=["plank"]))

        dose = response.context["dose"]
        assert dose["period"] == "week"
        assert dose["labels"] == ["2026-07-06", "2026-11-23"]
        assert dose["dose"] == [15, 45]
        assert dose["flags"] == [None, "sharp"]
        assert [row["date"] for row in dose["rows"]] == [  # the table stays by day
            date(2026, 11, 27),
            date(2026, 11, 24),
            date(2026, 11, 23),
            date(2026, 7, 6),
        ]
        assert "Your highest dose each week" in response.text

    @pytest.mark.parametrize(
        ("logged", "summary"),
        [
            (1, "Show as a table (the last day logged)"),
            (2, "Show as a table (the last 2 days logged)"),
        ],
    )
    def test_the_table_counts_its_days(self, user_client, user, today, logged, summary):
        plank = Exercise.objects.get(slug="plank")
        for n in range(logged):
            log_day(user, today - timedelta(days=n), exercise=plank, hold_seconds=20)

        response = user_client.get(reverse("tracking:exercise-progress", args=["plank"]))

        assert summary in response.text
        assert f"<td>{today:%a %-d %b %Y}</td>" in response.text

    def test_the_legend_words_come_from_the_server(self, user_client, user, today):
        plank = Exercise.objects.get(slug="plank")
        log_day(user, today, exercise=plank, hold_seconds=20, discomfort="moderate")

        dose = user_client.get(reverse("tracking:exercise-progress", args=["plank"])).context[
            "dose"
        ]

        assert dose["text"]["flags"] == {
            "mild": "Flagged mild",
            "moderate": "Flagged moderate",
            "sharp": "Flagged sharp",
        }
        assert dose["text"]["change"] == "Routine change"
        assert dose["rows"][0]["flag"] == "Moderate"

    def test_no_logs_yet_explains_the_chart(self, user_client):
        response = user_client.get(reverse("tracking:exercise-progress", args=["plank"]))

        assert "Once you log this exercise" in response.text

    def test_an_unknown_exercise_is_a_404(self, user_client):
        response = user_client.get(reverse("tracking:exercise-progress", args=["no-such"]))

        assert response.status_code == 404

    def test_it_needs_a_sign_in(self, client):
        response = client.get(reverse("tracking:exercise-progress", args=["plank"]))

        assert response.status_code == 302

    def test_visitors_see_no_chart(self, client, db):
        response = client.get(reverse("exercises:detail", args=["plank"]))

        assert "Your dose and discomfort" not in response.text


def test_progress_is_computed_once_per_request(user, today):
    log_day(user, today)

    progress = Progress.for_user(user)

    assert progress.active == {today}
    assert progress.has_data


def test_one_refresh_request_updates_every_figure_out_of_band(user_client, user, today):
    log_day(user, today)

    response = user_client.get(
        DASHBOARD, {"range": "30"}, headers={**HTMX, "HX-Target": "dashboard-refresh"}
    )

    assert response.text.count('hx-swap-oob="true"') == 5
    for region in ("welcome", "today-card", "progress-stats", "heatmap", "discomfort-chart"):
        assert f'id="{region}"' in response.text
    assert "?range=30" in response.text  # the refresh keeps the chosen range


@pytest.mark.parametrize(("logged_today", "queries"), [(False, 11), (True, 12)])
def test_the_dashboard_reads_no_more_than_before_the_restructure(
    user_client, user, starter_routine, today, django_assert_max_num_queries, logged_today, queries
):
    """11 queries with today open and 12 once logged, one fewer than before tracking was split
    by feature (issue "Tracking by feature"): pinned so they cannot creep up."""
    for n in range(1 - logged_today, 20):
        log_day(user, today - timedelta(days=n))
        CheckInFactory(user=user, date=today - timedelta(days=n), discomfort=3)
    exercises()  # the library is read once per process (exercises/in_memory.py)

    with django_assert_max_num_queries(queries):
        response = user_client.get(DASHBOARD)

    assert response.status_code == 200


def heatmap_of(page: str) -> str:
    return page.split('<section id="heatmap"')[1].split("</section>")[0]


def test_the_heatmap_weeks_start_on_the_users_first_day_of_the_week(user_client, user, today):
    log_day(user, today)
    user.week_start = 6  # Sunday
    user.save(update_fields=["week_start"])

    page = heatmap_of(user_client.get(DASHBOARD).text)

    weekdays = page.split('class="heatmap-weekdays')[1].split("</ol>")[0]
    assert "<li>Sun</li><li>Mon</li><li>Tue</li>" in weekdays
    days = page.count('<button type="button" class="hd')
    assert days == 364 + (today.weekday() + 1) % 7 + 1  # this week's days up to today


def test_the_cached_heatmap_follows_the_language_and_the_first_day_of_the_week(
    user_client, user, today
):
    log_day(user, today)
    assert "<li>Mon</li>" in heatmap_of(user_client.get(DASHBOARD).text)

    user.language = "de"
    user.save(update_fields=["language"])
    german = heatmap_of(user_client.get(DASHBOARD, headers={"Accept-Language": "de"}).text)
    user.week_start = 5  # Saturday
    user.save(update_fields=["week_start"])
    saturday = heatmap_of(user_client.get(DASHBOARD, headers={"Accept-Language": "de"}).text)

    assert "<li>Mo</li>" in german.split("</ol>")[0]
    assert saturday.split('class="heatmap-weekdays')[1].split("</li>")[0].endswith(">Sa")


def test_a_ten_year_user_with_open_suggestions_reads_as_many_queries(client, user, other_user):
    today = user.local_today()
    for person, days in ((user, 7), (other_user, 10 * 365)):
        create_starter_routine(person)
        bulk_history(person, days, today)
    gentler = ExerciseFactory(name="Gentle knee rocks")
    items = list(RoutineItem.objects.filter(routine__user=other_user).select_related("exercise"))
    for item in items[:3]:
        # A swap proposes the exercise's gentler alternative, as the rules do.
        Exercise.objects.filter(pk=item.exercise_id).update(gentler_alternative=gentler)
        SuggestionFactory(
            item=item, kind="swap", proposed={**prescription_of(item), "exercise": gentler.pk}
        )

    def count_queries(person):
        client.force_login(person)
        client.get(DASHBOARD)  # the figures are cached after a first visit
        with CaptureQueriesContext(connection) as queries:
            response = client.get(DASHBOARD)
        return len(queries), response.text

    (week, _), (decade, page) = count_queries(user), count_queries(other_user)

    assert week == decade <= 12  # today is logged: see the test pinning 11 and 12
    assert page.count("Gentle knee rocks") == 3


@pytest.mark.parametrize(
    ("week_start", "done", "streak", "first_row"),
    [
        # Monday weeks: this week (from Mon 23) holds Monday only, still open; last week
        # (Mon 16 - Sun 22) met the goal of 2.
        (0, 1, "Goal met 1 week in a row.", "23 Nov 2026"),
        # Sunday weeks: Sun 22 and Mon 23 meet this week's goal; Mon 16 and Tue 17 last week's.
        (6, 2, "Goal met 2 weeks in a row.", "22 Nov 2026"),
        # Saturday weeks: from Sat 21, the same two days; Sat 14 - Fri 20 met it too.
        (5, 2, "Goal met 2 weeks in a row.", "21 Nov 2026"),
    ],
)
def test_the_week_starts_on_the_day_the_user_chose(
    client, user, time_machine, week_start, done, streak, first_row
):
    time_machine.move_to("2026-11-23 12:00:00+00:00")  # a Monday
    user.week_start, user.weekly_goal = week_start, 2
    user.save()
    client.force_login(user)
    for day in (date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 22), date(2026, 11, 23)):
        log_day(user, day)

    response = client.get(DASHBOARD, {"range": "30"})

    progress = response.context["progress"]
    assert progress.week.done == done
    assert f'<span class="stat-value">{done}</span> / 2 days' in response.text
    assert streak in response.text
    first = response.context["chart"].weekly_table[0]
    assert f"<td>{first_row}</td>" in response.text
    assert first["week"].weekday() == week_start


def test_a_sunday_week_user_folds_the_dose_chart_into_sunday_weeks(client, user, time_machine):
    time_machine.move_to("2026-11-27 12:00:00+00:00")  # a Friday
    user.week_start = 6
    user.save()
    client.force_login(user)
    plank = Exercise.objects.get(slug="plank")
    log_day(user, date(2026, 7, 6), exercise=plank, hold_seconds=15)  # a Monday
    log_day(user, date(2026, 11, 22), exercise=plank, hold_seconds=30)  # a Sunday
    log_day(user, date(2026, 11, 24), exercise=plank, hold_seconds=45)

    response = client.get(reverse("tracking:exercise-progress", args=["plank"]))

    assert response.context["dose"]["labels"] == ["2026-07-05", "2026-11-22"]
    assert response.context["dose"]["dose"] == [15, 45]


def part(code, **params):
    return {"code": code, "params": params}


@pytest.fixture
def suggestions_naming_exercises(user):
    """Open suggestions whose changes and reasons name exercises with and without a German
    name: a swap to a gentler exercise, a pause because the gentler one is already in the
    routine, and a swap to an exercise the library has no German name for. Each swap proposes
    its exercise's gentler alternative, as the rules do."""
    routine = create_starter_routine(user)
    first, *_ = routine.items.select_related("exercise")
    knee_rocks = ExerciseFactory(name="Gentle knee rocks", name_de="Sanftes Knieschaukeln")
    Exercise.objects.filter(pk=first.exercise_id).update(gentler_alternative=knee_rocks)
    wall_sit = ExerciseFactory(name="Wall sit", name_de="Wandsitzen")
    lunge = ExerciseFactory(name="Deep lunge", name_de="Tiefer Ausfallschritt")
    lunge.gentler_alternative = wall_sit
    lunge.save()
    cat = ExerciseFactory(name="Cat stretch")  # no German name: English is shown
    lunging = RoutineItemFactory(routine=routine, exercise=lunge)
    RoutineItemFactory(routine=routine, exercise=wall_sit)
    catting = RoutineItemFactory(
        routine=routine, exercise=ExerciseFactory(name="Old stretch", gentler_alternative=cat)
    )
    SuggestionFactory(
        item=first,
        kind="swap",
        proposed={**prescription_of(first), "exercise": knee_rocks.pk},
        reason_parts=[
            part("flagged_last_session", exercise=first.exercise_id, level="sharp"),
            part("try_alternative", exercise=knee_rocks.pk),
        ],
    )
    SuggestionFactory(
        item=lunging,
        reason_parts=[
            part("flagged_moderate_twice", exercise=lunge.pk),
            part("alternative_in_routine", alternative=wall_sit.pk, exercise=lunge.pk),
        ],
    )
    SuggestionFactory(
        item=catting,
        kind="swap",
        proposed={**prescription_of(catting), "exercise": cat.pk},
        reason_parts=[part("try_alternative", exercise=cat.pk)],
    )
    return first.exercise


def test_open_suggestions_name_exercises_in_the_readers_language_in_as_many_queries(
    user, other_user, suggestions_naming_exercises
):
    create_starter_routine(other_user)  # the same card without suggestions
    exercises()  # the library is read once per process (exercises/in_memory.py)
    with translation.override("de"):
        with CaptureQueriesContext(connection) as none:
            assert suggestions_card(other_user)["suggestions"] == []
        with CaptureQueriesContext(connection) as three:
            card = suggestions_card(user)

    assert len(three) == len(none)
    seitstuetz = suggestions_naming_exercises.name_de
    assert seitstuetz
    assert seitstuetz != suggestions_naming_exercises.name_en_gb
    by_change = {s.change.name: s.reason_shown for s in card["suggestions"]}
    assert set(by_change) == {"Sanftes Knieschaukeln", "Tiefer Ausfallschritt", "Cat stretch"}
    swap = by_change["Sanftes Knieschaukeln"]
    assert seitstuetz in swap
    assert "Sanftes Knieschaukeln" in swap
    pause = by_change["Tiefer Ausfallschritt"]
    assert "Wandsitzen" in pause
    assert "Tiefer Ausfallschritt" in pause
    assert "Cat stretch" in by_change["Cat stretch"]


def test_a_german_reader_sees_the_suggestions_exercises_by_their_german_names(
    client, user, suggestions_naming_exercises
):
    user.language = "de"
    user.save(update_fields=["language"])
    client.force_login(user)

    page = client.get(DASHBOARD).text

    for name in ("Sanftes Knieschaukeln", "Wandsitzen", "Tiefer Ausfallschritt", "Cat stretch"):
        assert name in page
    assert "Gentle knee rocks" not in page
    assert "Wall sit" not in page

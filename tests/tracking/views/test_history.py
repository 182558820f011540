"""History: days newest first, paged, with edit and delete."""

from datetime import timedelta

import pytest
from django.urls import reverse

from tests.factories import (
    CheckInFactory,
    ExerciseEntryFactory,
    ExerciseFactory,
    SessionFactory,
    UserFactory,
)
from tracking.cards import HISTORY_PAGE_DAYS
from tracking.models import CheckIn, ExerciseEntry, Session

HISTORY = reverse("tracking:history")
HTMX = {"HX-Request": "true"}


@pytest.fixture
def today(user):
    return user.local_today()


def test_days_are_newest_first_with_sessions_entries_and_check_ins(user_client, user, today):
    yesterday = today - timedelta(days=1)
    session = SessionFactory(user=user, date=yesterday, notes="Felt loose")
    ExerciseEntryFactory(
        session=session,
        exercise=ExerciseFactory(name="Wall slide"),
        discomfort="moderate",
        discomfort_area="neck",
        discomfort_note="Pinch at the top",
    )
    CheckInFactory(user=user, date=today, discomfort=4, areas=["lower_back"], notes="Sat a lot")

    response = user_client.get(HISTORY)

    text = response.text
    assert [d.date for d in response.context["days"]] == [today, yesterday]
    assert "Back: 4/10" in text
    assert "Lower back" in text
    assert "Sat a lot" in text
    assert "Wall slide" in text
    assert "moderate discomfort · Neck" in text
    assert "Pinch at the top" in text
    assert "Felt loose" in text
    assert text.index(f"day-{today.isoformat()}") < text.index(f"day-{yesterday.isoformat()}")


def test_empty_history_leads_to_the_first_log(user_client):
    response = user_client.get(HISTORY)

    assert "Nothing logged yet" in response.text
    assert reverse("tracking:today") in response.text


def test_load_more_pages_through_older_days(user_client, user, today):
    for offset in range(HISTORY_PAGE_DAYS + 3):
        CheckInFactory(user=user, date=today - timedelta(days=offset))

    first = user_client.get(HISTORY)
    oldest_shown = first.context["days"][-1].date
    more = user_client.get(HISTORY, {"before": oldest_shown.isoformat()}, headers=HTMX)

    assert len(first.context["days"]) == HISTORY_PAGE_DAYS
    assert "Load earlier days" in first.text
    assert "<html" not in more.text
    assert [d.date for d in more.context["days"]] == [
        today - timedelta(days=offset) for offset in range(HISTORY_PAGE_DAYS, HISTORY_PAGE_DAYS + 3)
    ]
    assert "Load earlier days" not in more.text


def test_a_bad_cursor_shows_the_first_page(user_client, user, today):
    CheckInFactory(user=user, date=today)

    response = user_client.get(HISTORY, {"before": "2026-02-31"})

    assert [d.date for d in response.context["days"]] == [today]


def test_other_peoples_days_are_not_shown(user_client, other_user, today):
    CheckInFactory(user=other_user, date=today, notes="Charlie's note")

    response = user_client.get(HISTORY)

    assert "Charlie" not in response.text
    assert response.context["days"] == []


def test_history_of_a_thousand_days_runs_a_bounded_number_of_queries(
    user_client, user, today, django_assert_max_num_queries
):
    exercise = ExerciseFactory()
    sessions = Session.objects.bulk_create(
        Session(user=user, date=today - timedelta(days=n)) for n in range(1000)
    )
    ExerciseEntry.objects.bulk_create(
        ExerciseEntry(session=s, exercise=exercise, completed=True, sets=1, reps=5)
        for s in sessions
    )
    CheckIn.objects.bulk_create(
        CheckIn(user=user, date=today - timedelta(days=n), discomfort=n % 11) for n in range(1000)
    )

    with django_assert_max_num_queries(10):
        response = user_client.get(HISTORY, {"before": (today - timedelta(days=500)).isoformat()})

    assert len(response.context["days"]) == HISTORY_PAGE_DAYS


class TestEditSession:
    def edit_data(self, session, entry, **extra):
        prefix = f"entry-{entry.pk}"
        return {
            "version": str(session.version),
            "date": session.date.isoformat(),
            "duration_minutes": "20",
            "notes": "Edited",
            f"{prefix}-completed": "on",
            f"{prefix}-sets": "3",
            f"{prefix}-reps": "12",
            f"{prefix}-hold_seconds": "0",
            f"{prefix}-discomfort": "mild",
            f"{prefix}-discomfort_area": "hips",
            f"{prefix}-discomfort_note": "",
            **extra,
        }

    def test_edit_saves_session_and_entries(self, user_client, user, today):
        session = SessionFactory(user=user, date=today)
        entry = ExerciseEntryFactory(session=session)
        url = reverse("tracking:session-edit", args=[session.pk])

        assert "Save changes" in user_client.get(url).text
        response = user_client.post(url, self.edit_data(session, entry), follow=True)

        assert "Session updated." in response.text
        session.refresh_from_db()
        entry.refresh_from_db()
        assert (session.duration_minutes, session.notes, session.version) == (20, "Edited", 2)
        assert (entry.sets, entry.reps, entry.discomfort, entry.discomfort_area) == (
            3,
            12,
            "mild",
            "hips",
        )

    def test_an_edit_from_a_stale_tab_is_refused_and_keeps_what_was_typed(
        self, user_client, user, today
    ):
        session = SessionFactory(user=user, date=today)
        entry = ExerciseEntryFactory(session=session, reps=10)
        url = reverse("tracking:session-edit", args=[session.pk])
        stale = self.edit_data(session, entry)
        user_client.post(url, self.edit_data(session, entry, notes="First tab"))

        response = user_client.post(url, {**stale, "notes": "Second tab"})

        assert "changed somewhere else" in response.text
        assert "Second tab" in response.text  # nothing typed is thrown away
        session.refresh_from_db()
        assert session.notes == "First tab"

    def test_bad_values_are_refused_beside_the_field(self, user_client, user, today):
        session = SessionFactory(user=user, date=today, notes="Original")
        entry = ExerciseEntryFactory(session=session, reps=10)
        url = reverse("tracking:session-edit", args=[session.pk])
        data = self.edit_data(session, entry, **{f"entry-{entry.pk}-reps": "500"})

        response = user_client.post(url, data)

        assert "Enter reps from 0 to 200." in response.text
        entry.refresh_from_db()
        session.refresh_from_db()
        assert (entry.reps, session.notes) == (10, "Original")


class TestDelete:
    def test_delete_asks_first_then_removes_only_that_session(self, user_client, user, today):
        keep = SessionFactory(user=user, date=today)
        doomed = SessionFactory(user=user, date=today)
        ExerciseEntryFactory(session=doomed)
        url = reverse("tracking:session-delete", args=[doomed.pk])

        confirm = user_client.get(url)
        assert "This cannot be undone." in confirm.text
        assert f"Delete “Session on {today:%-d %b %Y}”?" in confirm.text  # a readable date
        assert Session.objects.count() == 2

        response = user_client.post(url, headers=HTMX)

        assert response.text == ""
        assert list(Session.objects.all()) == [keep]
        assert not ExerciseEntry.objects.filter(session_id=doomed.pk).exists()

    def test_check_in_delete_without_htmx_redirects_with_a_message(self, user_client, user, today):
        checkin = CheckInFactory(user=user, date=today)

        response = user_client.post(
            reverse("tracking:checkin-delete", args=[checkin.pk]), follow=True
        )

        assert "Check-in deleted." in response.text
        assert not CheckIn.objects.exists()


class TestEditCheckIn:
    def test_edit_check_in(self, user_client, user, today):
        checkin = CheckInFactory(user=user, date=today, discomfort=3)
        url = reverse("tracking:checkin-edit", args=[checkin.pk])

        response = user_client.post(
            url, {"date": today.isoformat(), "discomfort": "6", "notes": "Worse"}, follow=True
        )

        assert "Check-in updated." in response.text
        checkin.refresh_from_db()
        assert (checkin.discomfort, checkin.notes) == (6, "Worse")

    def test_moving_onto_a_day_with_a_check_in_is_refused(self, user_client, user, today):
        CheckInFactory(user=user, date=today - timedelta(days=1))
        checkin = CheckInFactory(user=user, date=today, discomfort=3)
        url = reverse("tracking:checkin-edit", args=[checkin.pk])

        response = user_client.post(
            url, {"date": (today - timedelta(days=1)).isoformat(), "discomfort": "6"}
        )

        assert "You already have a check-in on that day" in response.text
        checkin.refresh_from_db()
        assert (checkin.date, checkin.discomfort) == (today, 3)


@pytest.mark.parametrize(
    "name", ["session-edit", "session-delete", "checkin-edit", "checkin-delete"]
)
def test_another_users_session_or_check_in_is_a_404(client, user, name):
    charlie = UserFactory()
    client.force_login(charlie)
    obj = SessionFactory(user=user) if name.startswith("session") else CheckInFactory(user=user)
    url = reverse(f"tracking:{name}", args=[obj.pk])

    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert type(obj).objects.filter(pk=obj.pk).exists()

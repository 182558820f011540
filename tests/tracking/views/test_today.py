"""The Today page: the checklist, logging a session and the daily check-in."""

import html
import re
import uuid
from datetime import date, timedelta

import pytest
from django.urls import reverse

from tests.factories import CheckInFactory, RoutineFactory, RoutineItemFactory, SessionFactory
from tracking.models import CheckIn, ExerciseEntry, Session
from tracking.services.routines import create_starter_routine

TODAY = reverse("tracking:today")
LOG = reverse("tracking:session-log")
CHECKIN = reverse("tracking:checkin-save")
HTMX = {"HX-Request": "true"}


def session_post(routine, items, *, day, key=None, done=(), flags=None, **extra):
    """The POST the Today checklist sends, with the prescriptions pre-filled."""
    flags = flags or {}
    data = {
        "key": str(key or uuid.uuid4()),
        "routine": str(routine.pk),
        "date": day.isoformat(),
        "duration_minutes": "12",
        "notes": "",
    }
    for item in items:
        prefix = f"item-{item.pk}"
        data |= {
            f"{prefix}-sets": str(item.sets),
            f"{prefix}-reps": str(item.reps),
            f"{prefix}-hold_seconds": str(item.hold_seconds),
            f"{prefix}-discomfort": flags.get(item.exercise.slug, "none"),
            f"{prefix}-discomfort_area": "",
            f"{prefix}-discomfort_note": "",
        }
        if item.exercise.slug in done:
            data[f"{prefix}-completed"] = "on"
    data.update(extra)
    return data


@pytest.fixture
def items(starter_routine):
    return list(starter_routine.items.select_related("exercise"))


@pytest.fixture
def today(user):
    return user.local_today()


class TestChecklist:
    def test_it_shows_the_active_routine_prefilled(self, user_client, items):
        response = user_client.get(TODAY)

        assert response.status_code == 200
        assert [f.exercise.name for f in response.context["entry_forms"]] == [
            "Cat-cow",
            "Knees to chest",
            "Bird dog",
            "Side plank",
            "Ball squeeze with pelvic tilt",
            "Chin to chest",
            "Shoulder shrug",
        ]
        side_plank = next(i for i in items if i.exercise.slug == "side-plank")
        field = f"item-{side_plank.pk}-hold_seconds"
        assert f'name="{field}" id="id_{field}" value="15"' in response.text
        assert "15 s hold, each side" in response.text

    def test_paused_items_are_left_out_and_counted(self, user_client, items):
        items[0].is_paused = True
        items[0].save()

        response = user_client.get(TODAY)

        assert "Cat-cow" not in [f.exercise.name for f in response.context["entry_forms"]]
        assert "1 paused exercise is left out." in response.text

    def test_without_an_active_routine_it_leads_to_the_routines(self, user_client):
        response = user_client.get(TODAY)

        assert "You have no active routine yet." in response.text
        assert reverse("tracking:routine-list") in response.text

    def test_it_needs_sign_in(self, client):
        response = client.get(TODAY)

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("not-a-date", "That isn't a date we can read"),
            ("2999-01-01", "That day hasn't happened yet"),
            ("2000-01-01", "up to a year back"),
        ],
    )
    def test_unusable_dates_fall_back_to_today(self, user_client, items, today, value, message):
        response = user_client.get(TODAY, {"date": value})

        assert response.context["day"] == today
        assert message in html.unescape(response.text)

    def test_a_past_day_can_be_opened_for_back_filling(self, user_client, items, today):
        day = today - timedelta(days=3)

        response = user_client.get(TODAY, {"date": day.isoformat()})

        assert response.context["day"] == day
        assert "Filling in" in response.text
        assert f'value="{day.isoformat()}"' in response.text


class TestLogSession:
    def test_htmx_save_returns_the_updated_card_and_fires_an_event(
        self, user_client, user, starter_routine, items, today
    ):
        data = session_post(
            starter_routine,
            items,
            day=today,
            done={"cat-cow", "bird-dog", "side-plank"},
            flags={"side-plank": "moderate"},
        )
        data[f"item-{items[3].pk}-discomfort_area"] = "lower_back"
        data[f"item-{items[3].pk}-discomfort_note"] = "Twinge on the left"

        response = user_client.post(LOG, data, headers=HTMX)

        assert "<html" not in response.text
        assert response.text.lstrip().startswith('<section id="log-card"')
        assert "Saved: 3 exercises done." in response.text
        assert "sessionLogged" in response["HX-Trigger"]
        session = Session.objects.get(user=user)
        assert (session.date, session.routine, session.duration_minutes) == (
            today,
            starter_routine,
            12,
        )
        entries = {e.exercise.slug: e for e in session.entries.select_related("exercise")}
        assert set(entries) == {"cat-cow", "bird-dog", "side-plank"}
        assert entries["side-plank"].discomfort == "moderate"
        assert entries["side-plank"].discomfort_area == "lower_back"
        assert entries["side-plank"].discomfort_note == "Twinge on the left"
        assert entries["side-plank"].hold_seconds == 15
        # The card now shows the day as logged: what was done, with the dose, and an edit.
        assert "Logged today" in response.text
        logged = response.text.split('data-testid="logged-list"')[1].split("</ul>")[0]
        assert re.findall(r'<span class="fw-semibold">([^<]+)</span>', logged) == [
            "Cat-cow",
            "Bird dog",
            "Side plank",
        ]
        assert "15 s hold, each side" in logged
        assert "moderate discomfort" in logged
        assert "Edit what you did" in response.text
        assert "Log another session" in response.text
        assert response.context["session_form"]["key"].value() != data["key"]
        assert 'id="quick-log" hx-swap-oob="true"' in response.text  # "Did it all" goes

    def test_plain_post_redirects_back_with_a_message(
        self, user_client, starter_routine, items, today
    ):
        response = user_client.post(
            LOG, session_post(starter_routine, items, day=today, done={"cat-cow"}), follow=True
        )

        assert response.redirect_chain[-1][0] == TODAY
        assert "Saved: 1 exercise done." in response.text

    def test_a_skipped_but_flagged_exercise_is_kept(
        self, user_client, user, starter_routine, items, today
    ):
        user_client.post(
            LOG,
            session_post(
                starter_routine, items, day=today, done={"cat-cow"}, flags={"bird-dog": "sharp"}
            ),
        )

        entry = ExerciseEntry.objects.get(exercise__slug="bird-dog")
        assert (entry.completed, entry.discomfort) == (False, "sharp")

    def test_nothing_ticked_explains_rest_days(self, user_client, starter_routine, items, today):
        response = user_client.post(
            LOG, session_post(starter_routine, items, day=today), headers=HTMX
        )

        assert "Tick at least one exercise you did" in response.text
        assert not Session.objects.exists()

    def test_the_same_form_twice_saves_one_session(
        self, user_client, starter_routine, items, today
    ):
        data = session_post(starter_routine, items, day=today, done={"cat-cow"})

        user_client.post(LOG, data, headers=HTMX)
        second = user_client.post(LOG, data, headers=HTMX)

        assert Session.objects.count() == 1
        assert ExerciseEntry.objects.count() == 1
        assert "already saved" in second.text

    def test_saving_the_days_checklist_again_updates_its_session(
        self, user_client, starter_routine, items, today
    ):
        user_client.post(LOG, session_post(starter_routine, items, day=today, done={"cat-cow"}))

        response = user_client.post(
            LOG,
            session_post(starter_routine, items, day=today, done={"bird-dog"}),
            headers=HTMX,
        )

        session = Session.objects.get(date=today)
        assert list(session.entries.values_list("exercise__slug", flat=True)) == ["bird-dog"]
        assert session.version == 2
        assert "Session updated: 1 exercise done." in response.text

    def test_another_session_on_one_day_is_a_separate_one(
        self, user_client, starter_routine, items, today
    ):
        user_client.post(LOG, session_post(starter_routine, items, day=today, done={"cat-cow"}))

        user_client.post(
            LOG,
            session_post(starter_routine, items, day=today, done={"bird-dog"}, another="True"),
        )

        assert Session.objects.filter(date=today).count() == 2

    def test_log_another_session_offers_a_fresh_checklist(
        self, user_client, starter_routine, items, today
    ):
        user_client.post(LOG, session_post(starter_routine, items, day=today, done={"cat-cow"}))

        response = user_client.get(TODAY, {"another": "1"}, headers=HTMX)

        assert "Another session" in response.text
        assert 'name="another" value="True"' in response.text
        assert "checked" not in response.text.split('id="log-card"')[1].split("checklist")[1]

    def test_a_past_day_can_be_back_filled(self, user_client, starter_routine, items, today):
        day = today - timedelta(days=364)

        response = user_client.post(
            LOG, session_post(starter_routine, items, day=day, done={"cat-cow"})
        )

        assert response.status_code == 302
        assert response["Location"] == f"{TODAY}?date={day.isoformat()}"
        assert Session.objects.get().date == day

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("date", "tomorrow", "Enter a date such as 2026-03-14."),
            ("duration_minutes", "0", "Enter minutes from 1 to 240, or leave it empty."),
            ("duration_minutes", "241", "Enter minutes from 1 to 240, or leave it empty."),
            ("duration_minutes", "ten", "Enter minutes from 1 to 240, or leave it empty."),
            ("notes", "x" * 2001, "Keep notes to 2000 characters or fewer."),
        ],
    )
    def test_bad_session_fields_are_refused_beside_the_field(
        self, user_client, starter_routine, items, today, field, value, message
    ):
        data = session_post(starter_routine, items, day=today, done={"cat-cow"})
        data[field] = value

        response = user_client.post(LOG, data, headers=HTMX)

        assert response.context["session_form"].errors[field] == [message]
        assert message in response.text
        assert not Session.objects.exists()

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("sets", "21", "Enter sets from 0 to 20."),
            ("sets", "-1", "Enter sets from 0 to 20."),
            ("reps", "201", "Enter reps from 0 to 200."),
            ("hold_seconds", "601", "Enter a hold from 0 to 600 seconds."),
            ("hold_seconds", "lots", "Enter a hold from 0 to 600 seconds."),
            ("discomfort", "agony", "Choose none, mild, moderate or sharp."),
            ("discomfort_area", "elbow", "Choose an area from the list."),
            ("discomfort_note", "x" * 2001, "Keep notes to 2000 characters or fewer."),
        ],
    )
    def test_bad_entry_fields_are_refused_beside_the_field(
        self, user_client, starter_routine, items, today, field, value, message
    ):
        data = session_post(starter_routine, items, day=today, done={"bird-dog"})
        data[f"item-{items[2].pk}-{field}"] = value

        response = user_client.post(LOG, data, headers=HTMX)

        bird_dog = response.context["entry_forms"][2]
        assert bird_dog.errors[field] == [message]
        assert f'id="id_item-{items[2].pk}-{field}_error"' in response.text
        assert not Session.objects.exists()

    def test_future_date_is_refused(self, user_client, starter_routine, items, today):
        data = session_post(starter_routine, items, day=today + timedelta(days=1), done={"cat-cow"})

        response = user_client.post(LOG, data, headers=HTMX)

        assert "That day hasn&#x27;t happened yet" in response.text
        assert not Session.objects.exists()

    def test_more_than_a_year_back_is_refused(self, user_client, starter_routine, items, today):
        data = session_post(
            starter_routine, items, day=today - timedelta(days=366), done={"cat-cow"}
        )

        response = user_client.post(LOG, data, headers=HTMX)

        assert "up to a year back" in response.text
        assert not Session.objects.exists()

    def test_another_users_routine_is_refused(
        self, user_client, other_user, starter_routine, items, today
    ):
        theirs = RoutineFactory(user=other_user, is_active=True)
        their_item = RoutineItemFactory(routine=theirs)
        data = session_post(theirs, [their_item], day=today, done={their_item.exercise.slug})

        response = user_client.post(LOG, data, headers=HTMX)

        assert "That routine isn&#x27;t one of yours" in response.text
        assert not Session.objects.exists()

    def test_saving_does_not_touch_other_sessions(
        self, user_client, user, starter_routine, items, today
    ):
        earlier = SessionFactory(user=user, date=today, notes="keep me")
        data = session_post(starter_routine, items, day=today, done={"cat-cow"})
        data["duration_minutes"] = "999"

        user_client.post(LOG, data, headers=HTMX)

        earlier.refresh_from_db()
        assert earlier.notes == "keep me"
        assert Session.objects.count() == 1


class TestCheckIn:
    def checkin_data(self, day, **extra):
        return {"date": day.isoformat(), "discomfort": "4", "notes": "", **extra}

    def test_htmx_save_records_the_day_and_answers_with_the_card(self, user_client, user, today):
        response = user_client.post(
            CHECKIN,
            self.checkin_data(today, areas=["lower_back", "hips"], notes="Stiff after the drive"),
            headers=HTMX,
        )

        assert response.text.lstrip().startswith('<section id="checkin-card"')
        assert "Check-in saved." in response.text
        assert "Recorded: 4 out of 10." in response.text
        assert "checkinSaved" in response["HX-Trigger"]
        checkin = CheckIn.objects.get(user=user)
        assert (checkin.date, checkin.discomfort, checkin.areas, checkin.notes) == (
            today,
            4,
            ["lower_back", "hips"],
            "Stiff after the drive",
        )

    def test_a_second_check_in_the_same_day_replaces_the_first(self, user_client, user, today):
        user_client.post(CHECKIN, self.checkin_data(today))
        response = user_client.post(
            CHECKIN,
            self.checkin_data(today, discomfort="7", rest_for_discomfort="on"),
            headers=HTMX,
        )

        assert "Check-in updated." in response.text
        checkin = CheckIn.objects.get(user=user)
        assert (checkin.discomfort, checkin.rest_for_discomfort) == (7, True)

    def test_a_rest_day_needs_no_session(self, user_client, today):
        user_client.post(CHECKIN, self.checkin_data(today, discomfort="8"))

        assert CheckIn.objects.get().discomfort == 8
        assert not Session.objects.exists()

    @pytest.mark.parametrize("value", ["11", "-1", "", "bad"])
    def test_level_outside_0_to_10_is_refused(self, user_client, user, today, value):
        CheckInFactory(user=user, date=today, discomfort=2)

        response = user_client.post(
            CHECKIN, self.checkin_data(today, discomfort=value), headers=HTMX
        )

        assert "Choose how your back feels, from 0 to 10." in response.text
        assert CheckIn.objects.get().discomfort == 2

    def test_unknown_area_is_refused(self, user_client, today):
        response = user_client.post(
            CHECKIN, self.checkin_data(today, areas=["elbow"]), headers=HTMX
        )

        assert "Choose areas from the list." in response.text
        assert not CheckIn.objects.exists()

    def test_an_invalid_check_in_keeps_what_was_entered_with_the_error_beside_it(
        self, user_client, today
    ):
        response = user_client.post(
            CHECKIN,
            self.checkin_data(
                today,
                discomfort="6",
                areas=["hips"],
                red_flags=["fever"],
                rest_for_discomfort="on",
                notes="x" * 5000,
            ),
            headers=HTMX,
        )

        page = response.text
        assert 'value="6" id="id_discomfort_6" required checked>' in page
        assert 'value="hips" id="id_areas_4" checked>' in page
        assert 'value="fever" id="id_red_flags_4" checked>' in page
        assert 'id="id_rest_for_discomfort" checked>' in page
        notes = page.split('<textarea name="notes"')[1].split("</textarea>")[0]
        assert 'aria-invalid="true" aria-describedby="id_notes_error"' in notes
        assert 'class="invalid-feedback d-block" id="id_notes_error"' in page
        assert '<label for="id_notes" class="form-label">Notes</label>' in page
        assert not CheckIn.objects.exists()

    def test_a_recorded_check_in_shows_its_answers_in_the_form(self, user_client, user, today):
        CheckInFactory(user=user, date=today, discomfort=5, areas=["neck"], notes="<b>stiff</b>")

        page = user_client.get(TODAY).text

        assert 'value="5" id="id_discomfort_5" required checked>' in page
        assert 'value="neck" id="id_areas_0" checked>' in page
        assert "&lt;b&gt;stiff&lt;/b&gt;</textarea>" in page

    def test_future_check_in_is_refused(self, user_client, today):
        response = user_client.post(
            CHECKIN, self.checkin_data(today + timedelta(days=1)), headers=HTMX
        )

        assert "That day hasn&#x27;t happened yet" in response.text
        assert not CheckIn.objects.exists()

    def test_today_shows_the_recorded_check_in(self, user_client, user, today):
        CheckInFactory(user=user, date=today, discomfort=5)

        response = user_client.get(TODAY)

        assert "Recorded: 5 out of 10." in response.text
        assert 'value="5" id="id_discomfort_5" required checked' in response.text


class TestLocalDate:
    """ "Today" is the user's own calendar day, whatever the server's clock says."""

    @pytest.mark.parametrize(
        ("zone", "utc_now", "local_day"),
        [
            ("America/Los_Angeles", "2026-01-16 07:30:00+00:00", date(2026, 1, 15)),  # 23:30, UTC-8
            ("Pacific/Auckland", "2026-01-15 11:30:00+00:00", date(2026, 1, 16)),  # 00:30, UTC+13
        ],
    )
    def test_a_session_defaults_to_the_users_local_day(
        self, client, user, time_machine, zone, utc_now, local_day
    ):
        time_machine.move_to(utc_now)
        user.timezone = zone
        user.save()
        client.force_login(user)
        routine = create_starter_routine(user)
        items = list(routine.items.select_related("exercise"))

        page = client.get(TODAY)
        assert page.context["day"] == local_day
        response = client.post(LOG, session_post(routine, items, day=local_day, done={"cat-cow"}))
        future = client.post(
            LOG,
            session_post(routine, items, day=local_day + timedelta(days=1), done={"cat-cow"}),
        )

        assert response.status_code == 302
        assert Session.objects.get().date == local_day
        assert "That day hasn&#x27;t happened yet" in future.text


@pytest.mark.parametrize("routine", ["²", "99999999999999999999999", "\x00"])
def test_an_odd_routine_on_the_checklist_is_refused_beside_the_form(
    user_client, starter_routine, items, today, routine
):
    data = session_post(starter_routine, items, day=today, done={"cat-cow"}) | {"routine": routine}

    response = user_client.post(LOG, data, headers=HTMX)

    assert response.status_code == 200
    assert "That routine isn't one of yours." in html.unescape(response.text)
    assert not Session.objects.exists()


def test_a_check_in_on_the_first_day_of_year_one_is_refused_not_a_500(user_client, user):
    response = user_client.post(CHECKIN, {"date": "0001-01-01", "discomfort": "3"}, headers=HTMX)

    assert response.status_code == 200
    assert "You can fill in days up to a year back" in response.text
    assert not CheckIn.objects.exists()

import uuid

from tests.factories import ExerciseEntryFactory, SessionFactory
from tracking.models import Session

URL = "/api/v1/sessions"


def new_session(routine, day, **extra):
    item = routine.items.first()
    return {
        "idempotency_key": str(uuid.uuid4()),
        "date": day.isoformat(),
        "duration_minutes": 12,
        "notes": "Easy today.",
        "entries": [{"routine_item": item.pk, "completed": True, "sets": 2, "reps": 10}],
        **extra,
    }


def test_logging_a_session_saves_it_with_its_entries(writer, user, starter_routine):
    body = new_session(starter_routine, user.local_today())

    response = writer.post(URL, body)

    assert response.status_code == 201
    data = response.json()
    assert data["outcome"] == "created"
    session = Session.objects.get(user=user)
    assert data["session"]["id"] == session.pk
    assert session.routine == starter_routine  # the active routine when none is named
    assert session.notes == "Easy today."
    [entry] = session.entries.all()
    assert (entry.completed, entry.sets, entry.reps) == (True, 2, 10)
    assert data["session"]["entries"][0]["exercise"] == entry.exercise.slug


def test_a_replay_returns_the_first_result_and_adds_nothing(writer, user, starter_routine):
    body = new_session(starter_routine, user.local_today())
    first = writer.post(URL, body)

    again = writer.post(URL, {**body, "notes": "Changed on the retry."})

    assert again.status_code == 200
    assert again.json()["outcome"] == "repeated"
    assert again.json()["session"] == first.json()["session"]
    assert Session.objects.filter(user=user).count() == 1
    assert Session.objects.get(user=user).notes == "Easy today."


def test_a_second_session_on_a_day_updates_it_unless_another(writer, user, starter_routine):
    day = user.local_today()
    writer.post(URL, new_session(starter_routine, day))

    updated = writer.post(URL, new_session(starter_routine, day, notes="Later."))
    another = writer.post(URL, new_session(starter_routine, day, another=True))

    assert updated.json()["outcome"] == "updated"
    assert another.status_code == 201
    assert Session.objects.filter(user=user).count() == 2


def test_bad_values_get_the_forms_messages_per_field(writer, user, starter_routine):
    body = new_session(starter_routine, user.local_today(), duration_minutes=100000)
    body["entries"][0]["sets"] = 99
    body["entries"].append({"routine_item": 999999})

    response = writer.post(URL, body)

    assert response.status_code == 422
    data = response.json()
    assert data["code"] == "invalid"
    fields = data["fields"]
    assert fields["duration_minutes"][0]["message"].startswith("Enter minutes from")
    assert fields["entries.0.sets"][0]["message"].startswith("Enter sets from 0 to")
    assert fields["entries.1.routine_item"][0]["message"] == (
        "That exercise isn't in this session's routine."
    )
    assert not Session.objects.exists()


def test_a_day_in_the_future_is_refused_beside_the_date(writer, user, starter_routine):
    body = new_session(starter_routine, user.local_today())
    body["date"] = "2999-01-01"

    response = writer.post(URL, body)

    assert response.status_code == 422
    assert "date" in response.json()["fields"]


def test_wrong_types_are_json_errors_per_field(writer):
    response = writer.post(URL, {"idempotency_key": "not-a-uuid", "date": "soon"})

    assert response.status_code == 422
    assert {"idempotency_key", "date"} <= set(response.json()["fields"])


def test_sessions_page_by_date_range_with_a_cursor(reader, user):
    today = user.local_today()
    made = [SessionFactory(user=user, date=today.replace(day=1)) for _ in range(3)]
    ExerciseEntryFactory(session=made[0])
    SessionFactory(user=user, date=today.replace(year=today.year - 1))  # outside the range

    first = reader.get(URL, start=today.replace(day=1).isoformat(), limit=2).json()
    second = reader.get(
        URL, start=today.replace(day=1).isoformat(), limit=2, cursor=first["next_cursor"]
    ).json()

    assert [s["id"] for s in first["items"]] == [made[0].pk, made[1].pk]
    assert len(first["items"][0]["entries"]) == 1
    assert [s["id"] for s in second["items"]] == [made[2].pk]
    assert second["next_cursor"] is None


def test_a_bad_cursor_or_range_is_a_422(reader):
    assert reader.get(URL, cursor="!!!").status_code == 422
    assert reader.get(URL, start="2026-03-02", end="2026-03-01").json()["fields"]["start"]
    assert reader.get(URL, limit=1000).status_code == 422

from datetime import timedelta

from tests.factories import CheckInFactory
from tracking.models import CheckIn


def url(day):
    return f"/api/v1/checkins/{day.isoformat()}"


def test_upsert_by_date_makes_then_replaces(writer, user):
    day = user.local_today()

    made = writer.put(url(day), {"discomfort": 4, "areas": ["neck"], "notes": "Stiff."})
    replaced = writer.put(url(day), {"discomfort": 2})

    assert made.status_code == 201
    assert replaced.status_code == 200
    assert replaced.json()["checkin"]["discomfort"] == 2
    checkin = CheckIn.objects.get(user=user)
    assert (checkin.discomfort, checkin.areas) == (2, [])


def test_bad_values_get_the_forms_messages(writer, user):
    response = writer.put(url(user.local_today()), {"discomfort": 11, "areas": ["elbow"]})

    assert response.status_code == 422
    fields = response.json()["fields"]
    assert fields["discomfort"][0]["message"] == "Choose how your back feels, from 0 to 10."
    assert fields["areas"][0]["message"] == "Choose areas from the list."
    assert not CheckIn.objects.exists()


def test_a_future_day_is_refused(writer, user):
    response = writer.put(url(user.local_today() + timedelta(days=2)), {"discomfort": 1})

    assert response.status_code == 422
    assert "date" in response.json()["fields"]


def test_list_by_range(reader, user):
    today = user.local_today()
    CheckInFactory(user=user, date=today - timedelta(days=10), discomfort=5)
    CheckInFactory(user=user, date=today, discomfort=1)

    response = reader.get("/api/v1/checkins", start=(today - timedelta(days=3)).isoformat())

    assert [c["discomfort"] for c in response.json()] == [1]

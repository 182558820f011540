from tests.factories import ExerciseEntryFactory, ExerciseFactory, SessionFactory, SuggestionFactory
from tracking.models import Suggestion


def test_exercises_list_and_one_by_slug(reader, db):
    exercise = ExerciseFactory(name="A test stretch for the API")

    listed = reader.get("/api/v1/exercises").json()
    one = reader.get(f"/api/v1/exercises/{exercise.slug}")

    assert exercise.slug in [e["slug"] for e in listed]
    assert one.json()["name"] == "A test stretch for the API"
    assert reader.get("/api/v1/exercises/no-such-thing").status_code == 404
    assert reader.get("/api/v1/exercises/%00").status_code in {404, 422}


def test_the_active_routine_with_its_items(reader, starter_routine):
    response = reader.get("/api/v1/routine")

    data = response.json()
    assert data["name"] == starter_routine.name
    assert [i["id"] for i in data["items"]] == list(
        starter_routine.items.values_list("pk", flat=True)
    )
    assert data["items"][0]["exercise"]["slug"]


def test_open_suggestions_then_accept_and_dismiss(writer, user, starter_routine):
    first, second = starter_routine.items.all()[:2]
    accepted = SuggestionFactory(item=first)
    dismissed = SuggestionFactory(item=second)

    listed = writer.get("/api/v1/suggestions").json()
    accept = writer.post(f"/api/v1/suggestions/{accepted.pk}/accept")
    dismiss = writer.post(f"/api/v1/suggestions/{dismissed.pk}/dismiss")
    again = writer.post(f"/api/v1/suggestions/{dismissed.pk}/dismiss")

    assert {s["id"] for s in listed} == {accepted.pk, dismissed.pk}
    assert accept.json() == {"message": "Routine updated."}
    assert dismiss.status_code == 200
    assert again.status_code == 409
    assert again.json()["code"] == "already_decided_or_stale"
    assert Suggestion.objects.get(pk=accepted.pk).status == "accepted"
    assert Suggestion.objects.get(pk=dismissed.pk).status == "dismissed"
    assert writer.get("/api/v1/suggestions").json() == []


def test_progress_has_streaks_week_consistency_and_30_days(reader, user):
    ExerciseEntryFactory(session=SessionFactory(user=user, date=user.local_today()))

    data = reader.get("/api/v1/progress").json()

    assert data["current_streak"]["length"] == 1
    assert data["longest_streak"]["length"] == 1
    assert data["this_week"]["done"] == 1
    assert 0 <= data["consistency_percent"] <= 100
    days = data["discomfort_last_30_days"]
    assert len(days) == 30
    assert days[-1]["date"] == user.local_today().isoformat()
    assert days[-1]["active"] is True


def test_a_suggestions_reason_comes_in_the_token_holders_language(
    writer, user, starter_routine, fake_translations
):
    fake_translations(
        "de",
        {"Ease off to a lighter dose.": "Verringere die Dosierung."},
    )
    item = starter_routine.items.select_related("exercise").first()
    SuggestionFactory(
        item=item,
        kind="reduce",
        reason="You flagged it. Ease off to a lighter dose.",
        reason_parts=[
            {
                "code": "flagged_last_session",
                "params": {"exercise": item.exercise_id, "level": "moderate"},
            },
            {"code": "ease_off", "params": {}},
        ],
    )

    english = writer.get("/api/v1/suggestions").json()
    user.language = "de"
    user.save(update_fields=["language"])
    german = writer.get("/api/v1/suggestions")

    assert english[0]["reason"] == (
        f"You flagged {item.exercise.name} as moderate in your last session. "
        "Ease off to a lighter dose."
    )
    assert german.json()[0]["reason"].endswith(" Verringere die Dosierung.")
    assert german["Content-Language"] == "de"

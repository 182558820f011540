"""Every endpoint answers for the token's user only: another user's object is a 404, and
lists hold only one's own rows."""

import uuid

from tests.factories import CheckInFactory, SessionFactory, SuggestionFactory
from tracking.models import Session, Suggestion


def test_another_users_session_is_a_404(intruder, user):
    session = SessionFactory(user=user)

    response = intruder.get(f"/api/v1/sessions/{session.pk}")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_another_users_suggestion_cannot_be_accepted_or_dismissed(intruder, user):
    suggestion = SuggestionFactory(item__routine__user=user)

    for action in ("accept", "dismiss"):
        response = intruder.post(f"/api/v1/suggestions/{suggestion.pk}/{action}")
        assert response.status_code == 404

    assert Suggestion.objects.get(pk=suggestion.pk).status == "open"


def test_lists_and_figures_hold_only_ones_own_data(intruder, user, starter_routine):
    SessionFactory(user=user)
    CheckInFactory(user=user, discomfort=9)
    SuggestionFactory(item=starter_routine.items.first())

    assert intruder.get("/api/v1/sessions").json()["items"] == []
    assert intruder.get("/api/v1/checkins").json() == []
    assert intruder.get("/api/v1/suggestions").json() == []
    assert intruder.get("/api/v1/routine").status_code == 404
    progress = intruder.get("/api/v1/progress").json()
    assert progress["current_streak"]["length"] == 0
    assert {day["level"] for day in progress["discomfort_last_30_days"]} == {None}


def test_another_users_routine_cannot_be_logged_against(intruder, user, starter_routine):
    item = starter_routine.items.first()
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "date": user.local_today().isoformat(),
        "routine": starter_routine.pk,
        "entries": [{"routine_item": item.pk, "completed": True}],
    }

    response = intruder.post("/api/v1/sessions", body)

    assert response.status_code == 422
    assert response.json()["fields"]["routine"][0]["message"].startswith(
        "That routine isn't one of yours."
    )
    assert not Session.objects.exists()


def test_the_same_idempotency_key_from_someone_else_is_their_own_session(
    intruder, writer, user, other_user, starter_routine
):
    key = str(uuid.uuid4())
    day = user.local_today().isoformat()
    writer.post("/api/v1/sessions", {"idempotency_key": key, "date": day})

    response = intruder.post("/api/v1/sessions", {"idempotency_key": key, "date": day})

    # Not a replay of the user's session: the other person has no routine, so nothing to log.
    assert response.status_code == 422
    assert Session.objects.filter(user=other_user).count() == 0

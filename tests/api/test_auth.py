import uuid

from django.test import Client
from django.urls import reverse

from spinecare.api.models import ApiToken
from spinecare.tokens import hash_token
from tests.api.conftest import ApiClient, bearer
from tracking.models import CheckIn


def test_a_token_is_stored_hashed_and_notes_when_it_was_used(user, reader):
    token = ApiToken.objects.get(user=user, name="Dashboard")
    secret = reader.headers["Authorization"].removeprefix("Bearer ")
    assert secret.startswith("sc_")
    assert len(secret) > 40
    assert token.token_hash == hash_token(secret) != secret
    assert token.last_used_at is None

    assert reader.get("/api/v1/progress").status_code == 200

    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_read_only_token_is_refused_writes(reader, user):
    response = reader.put(f"/api/v1/checkins/{user.local_today()}", {"discomfort": 3})

    assert response.status_code == 403
    assert response.json()["code"] == "read_only_token"
    assert not CheckIn.objects.exists()
    assert reader.get("/api/v1/checkins").status_code == 200


def test_no_wrong_or_revoked_token_gets_in(user, writer, db):
    token = ApiToken.objects.get(user=user)
    for headers in ({}, bearer("sc_guess"), {"Authorization": "Basic abc"}):
        response = Client().get("/api/v1/progress", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "unauthenticated"

    token.revoke()

    assert writer.get("/api/v1/progress").status_code == 401
    posted = writer.post("/api/v1/suggestions/1/dismiss")
    assert posted.status_code == 401  # not a CSRF failure: no session was tried
    assert posted.json()["code"] == "unauthenticated"


def test_a_signed_in_browser_reads_and_writes_with_csrf(client, user):
    client.force_login(user)
    day = user.local_today().isoformat()

    assert client.get("/api/v1/progress").status_code == 200
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    refused = strict.put(f"/api/v1/checkins/{day}", {"discomfort": 2}, "application/json")
    assert refused.status_code == 403
    assert refused.json()["code"] == "csrf_failed"
    strict.get(reverse("accounts:settings"))  # sets the CSRF cookie, as a page does
    token = strict.cookies["csrftoken"].value
    saved = strict.put(
        f"/api/v1/checkins/{day}",
        {"discomfort": 2},
        "application/json",
        headers={"X-CSRFToken": token},
    )
    assert saved.status_code == 201


def test_requests_are_limited_per_token(user, writer, settings):
    settings.RATE_LIMIT_API_TOKEN = "3/m"
    _token, other_secret = ApiToken.issue(user, name="Second", scope="read")

    statuses = [writer.get("/api/v1/exercises").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    limited = writer.post(
        "/api/v1/sessions", {"idempotency_key": str(uuid.uuid4()), "date": "2026-01-01"}
    )
    assert limited.json()["code"] == "rate_limited"
    assert int(limited["Retry-After"]) > 0
    assert ApiClient(other_secret).get("/api/v1/exercises").status_code == 200

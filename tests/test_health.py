from unittest import mock

import pytest
from django.db import OperationalError

HEALTHZ = "/healthz"


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get(HEALTHZ)

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_down(client):
    with mock.patch(
        "spinecare.health.connection.cursor", side_effect=OperationalError("connection refused")
    ):
        response = client.get(HEALTHZ)

    assert response.status_code == 503
    assert response.content == b"database unavailable"


@pytest.mark.django_db
def test_healthz_answers_the_probe_over_plain_http_when_https_is_enforced(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get(HEALTHZ).status_code == 200
    assert client.get("/exercises/").status_code == 301


def test_healthz_needs_no_sign_in_and_reads_nothing_else(client, django_assert_num_queries, db):
    with django_assert_num_queries(1):
        assert client.get(HEALTHZ).status_code == 200

import pytest
from django.test import Client

from spinecare.api.models import ApiToken


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


class ApiClient:
    """A test client that sends a token and JSON, and reads JSON back."""

    def __init__(self, secret: str):
        self.client, self.headers = Client(), bearer(secret)

    def get(self, path, **query):
        return self.client.get(path, query, headers=self.headers)

    def post(self, path, body=None):
        return self.client.post(
            path, body or {}, content_type="application/json", headers=self.headers
        )

    def put(self, path, body):
        return self.client.put(path, body, content_type="application/json", headers=self.headers)


@pytest.fixture
def writer(user):
    """The user's read-and-write token, as a client."""
    _token, secret = ApiToken.issue(user, name="Watch sync", scope="read-write")
    return ApiClient(secret)


@pytest.fixture
def reader(user):
    _token, secret = ApiToken.issue(user, name="Dashboard", scope="read")
    return ApiClient(secret)


@pytest.fixture
def intruder(other_user):
    """Another person's read-and-write token."""
    _token, secret = ApiToken.issue(other_user, name="Mine", scope="read-write")
    return ApiClient(secret)

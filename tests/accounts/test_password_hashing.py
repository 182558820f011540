"""Passwords are hashed with Argon2; older PBKDF2 hashes still work and are upgraded."""

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.urls import reverse

from spinecare import settings as project_settings
from tests.factories import UserFactory

STRONG = "walk-the-dog-at-dawn-42"


@pytest.fixture
def real_hashers(settings):
    """The project's hashers, not the fast one every other test uses."""
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS


@pytest.mark.django_db
@pytest.mark.usefixtures("real_hashers")
class TestHashing:
    def test_a_new_account_gets_an_argon2_hash(self, client):
        client.post(
            reverse("accounts:signup"),
            {
                "email": "new@example.com",
                "timezone": "Europe/London",
                "password1": STRONG,
                "password2": STRONG,
            },
        )

        user = UserFactory._meta.model.objects.get(email="new@example.com")
        assert user.password.startswith("argon2$argon2id$")

    def test_an_old_pbkdf2_hash_still_logs_in_and_is_upgraded_to_argon2(self, client):
        # A PBKDF2 hash as older versions stored (fewer iterations, so the test stays fast).
        old_hash = PBKDF2PasswordHasher().encode(STRONG, "oldsalt1234", iterations=1000)
        user = UserFactory(email="old@example.com")
        user.password = old_hash
        user.save()

        response = client.post(
            reverse("accounts:login"), {"username": user.email, "password": STRONG}
        )

        assert response.status_code == 302
        assert client.get(reverse("accounts:settings")).status_code == 200
        user.refresh_from_db()
        assert user.password.startswith("argon2$argon2id$")
        assert user.check_password(STRONG)

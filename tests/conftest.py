import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import trans_real

from exercises.in_memory import forget_in_this_process
from tests.factories import PASSWORD, UserFactory
from tracking.services.routines import create_starter_routine


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    """A fast password hasher (Django's test runner already keeps e-mail in memory)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with no per-IP counts (the limits keep them in the cache), and no
    exercise library in memory from another test's rolled-back rows."""
    cache.clear()
    forget_in_this_process()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def user(db):
    """The person who owns the data in a test."""
    return UserFactory(email="alice@example.com", display_name="Alice")


@pytest.fixture
def other_user(db):
    """Someone else, who must never see the user's data (404 everywhere)."""
    return UserFactory(email="charlie@example.com", display_name="Charlie")


@pytest.fixture
def user_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def starter_routine(user):
    """The user's active starter routine, as sign-up creates it."""
    return create_starter_routine(user)


@pytest.fixture
def other_client(client, other_user):
    client.force_login(other_user)
    return client


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language: a request in another (Accept-Language, an
    API token's person) leaves that one active on the thread, and nothing deactivates it."""
    yield
    translation.deactivate()


@pytest.fixture
def fake_translations(monkeypatch):
    """Put entries in a language's catalogue for one test, before the real catalogues exist:
    ``fake_translations("de", {msgid: text, (plural msgid, form): text})``."""

    def add(language: str, entries: dict) -> None:
        catalogue = trans_real.translation(language)._catalog._catalogs[0]
        for key, value in entries.items():
            monkeypatch.setitem(catalogue, key, value)

    return add

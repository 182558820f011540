import pytest

from spinecare.data.portability import export_document
from tests.data.history import make_history
from tests.factories import UserFactory
from tracking.services.routines import create_starter_routine


@pytest.fixture
def exported(user):
    """The user's whole history, as "Download all my data" gives it."""
    make_history(user)
    return export_document(user)


@pytest.fixture
def newcomer(db):
    """A freshly signed-up account: no history, only the starter routine."""
    person = UserFactory(email="newcomer@example.com", display_name="", timezone="UTC")
    create_starter_routine(person)
    return person

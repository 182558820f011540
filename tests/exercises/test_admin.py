"""The library's admin: exercises are retired, never deleted."""

import pytest
from django.urls import reverse

from exercises.models import Exercise
from tests.factories import UserFactory


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_an_exercise_cannot_be_deleted(admin_client):
    plank = Exercise.objects.get(slug="plank")

    response = admin_client.post(
        reverse("admin:exercises_exercise_delete", args=[plank.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert Exercise.objects.filter(pk=plank.pk).exists()


def test_the_list_offers_retire_and_not_delete(admin_client):
    response = admin_client.get(reverse("admin:exercises_exercise_changelist"))

    assert 'value="retire"' in response.text
    assert 'value="delete_selected"' not in response.text


def test_retiring_hides_an_exercise_and_keeps_it(admin_client):
    plank = Exercise.objects.get(slug="plank")

    response = admin_client.post(
        reverse("admin:exercises_exercise_changelist"),
        {"action": "retire", "_selected_action": [plank.pk]},
        follow=True,
    )

    assert "1 exercise retired. History that names it is kept." in response.text
    plank.refresh_from_db()
    assert not plank.is_active
    assert admin_client.get(plank.get_absolute_url()).status_code == 404

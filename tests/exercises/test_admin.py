"""The library's admin: exercises are retired, never deleted."""

import pytest
from django.urls import reverse

from exercises.models import Exercise, FocusArea
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


def test_the_change_page_has_every_language_and_no_outside_scripts(admin_client):
    plank = Exercise.objects.get(slug="plank")

    response = admin_client.get(reverse("admin:exercises_exercise_change", args=[plank.pk]))

    text = response.text
    for field in ["name_en_gb", "name_de", "name_es", "cautions_es", "skip_if_de"]:
        assert f'name="{field}"' in text
    assert 'value="Unterarmstütz (Plank)"' in text
    assert 'name="steps-0-text_de"' in text
    assert "Leg dich auf den Bauch" in text
    assert "https://" not in str(response.context["media"])


def test_saving_in_the_admin_keeps_each_language(admin_client):
    area = FocusArea.objects.get(slug="neck")

    response = admin_client.post(
        reverse("admin:exercises_focusarea_change", args=[area.pk]),
        {
            "slug": "neck",
            "name_en_gb": "Neck",
            "name_de": "Hals und Nacken",
            "name_es": "Cuello",
            "position": 9,
        },
    )

    assert response.status_code == 302
    area.refresh_from_db()
    assert (area.name_en_gb, area.name_de, area.name_es) == ("Neck", "Hals und Nacken", "Cuello")


@pytest.mark.parametrize("query", ["Plancha", "Unterarmstütz", "plank"])
def test_the_admin_finds_an_exercise_by_any_of_its_names(admin_client, query):
    response = admin_client.get(reverse("admin:exercises_exercise_changelist"), {"q": query})

    assert Exercise.objects.get(slug="plank") in response.context["cl"].result_list

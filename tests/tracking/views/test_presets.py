"""The routines page offers the ready-made routines, with a preview, to anyone."""

import pytest
from django.urls import reverse

from exercises.models import Exercise
from tracking.models import Routine
from tracking.presets import PRESETS

pytestmark = pytest.mark.django_db


def test_every_preset_exercise_is_in_the_library():
    slugs = {slug for preset in PRESETS for slug in preset.exercises}

    assert set(Exercise.objects.active().filter(slug__in=slugs).values_list("slug", flat=True)) == (
        slugs
    )


def test_the_routines_page_previews_every_preset(user_client, starter_routine):
    response = user_client.get(reverse("tracking:routine-list"))

    assert response.text.count('data-testid="preset"') == len(PRESETS)
    assert "Desk neck and upper back" in response.text
    assert "Preview its 7 exercises" in response.text
    assert 'href="/exercises/wall-angel/"' in response.text
    previews = {p.slug: exercises for p, exercises in response.context["presets"]}
    assert [e.slug for e in previews["gentle-lower-back"]][:2] == ["pelvic-tilt", "knees-to-chest"]


def test_adding_a_preset_makes_a_copy_and_keeps_the_active_routine(
    user_client, user, starter_routine
):
    url = reverse("tracking:preset-add", args=["core-steady-spine"])

    response = user_client.post(url, follow=True)

    routine = Routine.objects.get(user=user, name="Core for a steady spine")
    assert not routine.is_active
    assert Routine.objects.get(user=user, is_active=True) == starter_routine
    assert routine.items.count() == 7
    assert routine.items.first().exercise.slug == "ball-squeeze"
    assert "Choose “Make active” to use it on Today." in response.text


def test_a_preset_is_active_for_someone_without_an_active_routine(user_client, user):
    user_client.post(reverse("tracking:preset-add", args=["desk-neck-upper-back"]))

    assert Routine.objects.get(user=user).is_active


def test_an_unknown_preset_is_a_404(user_client):
    response = user_client.post(reverse("tracking:preset-add", args=["trampoline"]))

    assert response.status_code == 404


def test_adding_needs_a_post(user_client):
    response = user_client.get(reverse("tracking:preset-add", args=["gentle-lower-back"]))

    assert response.status_code == 405

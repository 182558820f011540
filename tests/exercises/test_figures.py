"""Every exercise has its drawings and picture text; each drawing is a small, valid SVG."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from exercises.models import Exercise

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
MAX_BYTES = 8 * 1024


def test_every_exercise_has_a_small_valid_drawing_with_both_positions():
    exercises = list(Exercise.objects.all())
    assert len(exercises) == 20
    for exercise in exercises:
        path = finders.find(exercise.figure_path())
        assert path, f"no drawing for {exercise.slug}"
        data = Path(path).read_bytes()
        assert len(data) < MAX_BYTES, exercise.slug
        root = ET.fromstring(data)
        assert root.tag == f"{SVG}svg", exercise.slug
        symbols = {s.get("id"): s for s in root.iter(f"{SVG}symbol")}
        assert set(symbols) == {"start", "end"}, exercise.slug
        for symbol in symbols.values():
            # The spine line is drawn, and takes the page's colour (no stroke of its own).
            spine = [p for p in symbol.iter(f"{SVG}path") if p.get("class") == "spine"]
            assert len(spine) == 1, exercise.slug
            assert spine[0].get("stroke") is None, exercise.slug
            # No style attributes: the page's strict CSP would block them.
            assert all(el.get("style") is None for el in symbol.iter()), exercise.slug


def test_every_exercise_describes_its_start_and_end_positions():
    for exercise in Exercise.objects.all():
        assert len(exercise.start_alt) > 20, exercise.slug
        assert len(exercise.end_alt) > 20, exercise.slug
        assert exercise.start_alt != exercise.end_alt, exercise.slug


def test_the_exercise_page_shows_both_positions_with_their_text(client):
    exercise = Exercise.objects.get(slug="glute-bridge")

    response = client.get(exercise.get_absolute_url())

    assert f'aria-label="{exercise.start_alt}"' in response.text
    assert f'aria-label="{exercise.end_alt}"' in response.text
    assert "exercises/glute-bridge.svg#start" in response.text
    assert "Who should skip it" in response.text


def test_the_library_shows_a_thumbnail_for_every_exercise(client):
    response = client.get(reverse("exercises:list"))

    assert response.text.count('class="figure figure-frame figure-thumb"') == 20
    assert "exercises/dead-bug.svg#end" in response.text

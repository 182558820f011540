"""The library in every language (exercises/translation.py): complete, and English where not."""

import pytest
from django.conf import settings
from django.utils import translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from exercises.models import Exercise, ExerciseStep, FocusArea
from tests.factories import ExerciseFactory

pytestmark = pytest.mark.django_db

TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en-gb"]


def missing_texts(rows, language):
    """``(row, field)`` for every text that has English but nothing in ``language``, or a
    text longer than its column allows."""
    for row in rows:
        for field in translator.get_options_for_model(type(row)).fields:
            english = getattr(row, build_localized_fieldname(field, "en-gb"))
            text = getattr(row, build_localized_fieldname(field, language))
            limit = type(row)._meta.get_field(field).max_length
            if english and (not text or (limit and len(text) > limit)):
                yield f"{row.__class__.__name__} {row}: {field}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_active_exercise_step_and_focus_area_is_translated(language):
    """A new exercise can't ship half-translated: its migration brings every language."""
    exercises = Exercise.objects.active()
    rows = [
        *FocusArea.objects.all(),
        *exercises,
        *ExerciseStep.objects.filter(exercise__in=exercises).select_related("exercise"),
    ]

    assert len(rows) > 100
    assert list(missing_texts(rows, language)) == []


def test_the_check_sees_a_missing_translation():
    exercise = ExerciseFactory(name="Wall sit", skip_if="")

    assert set(missing_texts([exercise], "de")) == {
        "Exercise Wall sit: name",
        "Exercise Wall sit: summary",
        "Exercise Wall sit: benefits",
        "Exercise Wall sit: cautions",
    }


def test_english_is_copied_into_its_own_columns():
    plank = Exercise.objects.get(slug="plank")

    assert plank.name_en_gb == "Plank"
    assert plank.steps.get(position=1).text_en_gb.startswith("Lie face down")
    assert FocusArea.objects.get(slug="core").name_en_gb == "Core"


def test_texts_follow_the_active_language():
    plank = Exercise.objects.get(slug="plank")
    step = plank.steps.get(position=1)
    core = FocusArea.objects.get(slug="core")

    with translation.override("de"):
        assert (plank.name, core.name) == ("Unterarmstütz (Plank)", "Rumpf")
        assert step.text.startswith("Leg dich auf den Bauch")
    with translation.override("es"):
        assert (plank.name, core.name) == ("Plancha", "Zona media (core)")
        assert plank.caution_list()[0].startswith("Mantén la espalda")
    assert plank.name == "Plank"


def test_a_missing_translation_falls_back_to_english():
    exercise = ExerciseFactory(name="Wall sit", skip_if="Skip it if your knees hurt.")
    Exercise.objects.filter(pk=exercise.pk).update(name_de="Wandsitzen")
    exercise.refresh_from_db()

    with translation.override("de"):
        assert exercise.name == "Wandsitzen"
        assert exercise.skip_if == "Skip it if your knees hurt."
        assert exercise.summary == "A test exercise."


@pytest.mark.parametrize(
    ("language", "query", "slugs"),
    [
        ("de", "unterarmstütz", {"plank"}),
        ("de", "plank", {"plank", "side-plank", "rotating-plank"}),
        ("de", "Seitstütz", {"side-plank", "rotating-plank"}),
        ("de", "katze", {"cat-cow"}),
        ("de", "cat cow", {"cat-cow"}),
        ("es", "plancha lateral", {"side-plank", "rotating-plank"}),
        ("es", "gato", {"cat-cow"}),
        ("es", "bird dog", {"bird-dog"}),
        ("es", "ROTACION", {"rotating-plank"}),
        ("es", "bascula pelvica", {"ball-squeeze", "pelvic-tilt"}),
        ("de", "HÜFTE", {"hip-flexor-stretch", "glute-bridge", "childs-pose"}),
        ("de", "huftbeuger", {"hip-flexor-stretch"}),
        ("en-gb", "katze", set()),
    ],
)
def test_search_finds_the_active_language_and_english(language, query, slugs):
    with translation.override(language):
        found = set(Exercise.objects.active().search(query).values_list("slug", flat=True))

    assert found == slugs

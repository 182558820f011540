"""The seeded library: what `migrate` alone gives a new install."""

import pytest

from exercises.models import Exercise, describe_dosage, sort_key

pytestmark = pytest.mark.django_db

ALTERNATIVES = {
    "rotating-plank": "side-plank",
    "side-plank": "plank",
    "plank": "ball-squeeze",
    "abdominal-crunch": "ball-squeeze",
    "bird-dog": "cat-cow",
    "hip-flexor-stretch": "knees-to-chest",
    "cat-cow": "knees-to-chest",
    "chin-to-chest": "shoulder-shrug",
    "shoulder-shrug": "chin-to-chest",
    "ball-squeeze": None,
    "knees-to-chest": None,
    "chin-tuck": "chin-to-chest",
    "neck-side-stretch": "shoulder-shrug",
    "thoracic-extension-chair": "shoulder-shrug",
    "wall-angel": "thoracic-extension-chair",
    "pelvic-tilt": "knees-to-chest",
    "glute-bridge": "pelvic-tilt",
    "dead-bug": "ball-squeeze",
    "childs-pose": "knees-to-chest",
    "mcgill-curl-up": "pelvic-tilt",
}


def test_migrate_seeds_twenty_active_exercises():
    assert Exercise.objects.active().count() == 20


@pytest.mark.parametrize("area", ["neck", "upper-back", "lower-back"])
def test_each_area_has_four_exercises_with_a_gentler_alternative(area):
    with_alternative = Exercise.objects.active().in_focus([area]).exclude(gentler_alternative=None)

    assert with_alternative.count() >= 4
    assert with_alternative.filter(intensity=Exercise.Intensity.GENTLE).count() >= 2


def test_every_exercise_is_complete():
    for exercise in Exercise.objects.prefetch_related("steps", "focus_areas"):
        steps = list(exercise.steps.all())
        assert len(steps) >= 3, exercise
        assert [s.position for s in steps] == list(range(1, len(steps) + 1)), exercise
        assert exercise.focus_areas.exists(), exercise
        assert exercise.default_reps or exercise.default_hold_seconds, exercise
        assert exercise.summary, exercise
        assert exercise.benefits, exercise
        assert exercise.caution_list(), exercise
        assert exercise.skip_if, exercise


def test_gentler_alternatives_match_the_facts_file():
    actual = {
        e.slug: e.gentler_alternative.slug if e.gentler_alternative else None
        for e in Exercise.objects.select_related("gentler_alternative")
    }

    assert actual == ALTERNATIVES


@pytest.mark.parametrize(
    ("slug", "kind", "per_side", "dosage"),
    [
        ("plank", "hold", False, "3 sets × 20 s hold"),
        ("side-plank", "hold", True, "15 s hold, each side"),
        ("bird-dog", "reps", True, "8 reps, hold 3 s, each side"),
        ("hip-flexor-stretch", "stretch", True, "30 s hold, each side"),
        ("cat-cow", "reps", False, "8 reps"),
    ],
)
def test_kinds_and_dosages(slug, kind, per_side, dosage):
    exercise = Exercise.objects.get(slug=slug)

    assert (exercise.kind, exercise.per_side, exercise.dosage_text()) == (kind, per_side, dosage)


def test_describe_dosage_without_a_database():
    assert describe_dosage(1, 12, 0, False) == "12 reps"
    assert describe_dosage(2, 0, 45, True) == "2 sets × 45 s hold, each side"


def test_search_matches_every_word():
    names = set(Exercise.objects.search("side plank").values_list("name", flat=True))

    assert names == {"Side plank", "Rotating plank"}


def test_one_repetition_and_one_set_read_as_singular():
    assert describe_dosage(1, 1, 0, False) == "1 rep"
    assert describe_dosage(3, 1, 2, True) == "3 sets × 1 rep, hold 2 s, each side"


def test_names_sort_without_accents_or_case():
    names = ["Zug", "Übung", "ángel", "Ast", "Straße"]

    assert sorted(names, key=sort_key) == ["ángel", "Ast", "Straße", "Übung", "Zug"]

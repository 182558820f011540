"""The exercise library kept in memory (exercises/in_memory.py): read once, reloaded by every
process after any change to an exercise, and never a query per row."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exercises import in_memory as library
from exercises.models import Exercise
from tests.factories import ExerciseFactory
from tracking.models import RoutineItem


@pytest.fixture
def plank(db):
    return Exercise.objects.get(slug="plank")


def test_the_library_is_read_once(plank):
    with CaptureQueriesContext(connection) as first:
        found = library.exercises()
    with CaptureQueriesContext(connection) as again:
        library.exercises()

    assert len(first) == 1
    assert len(again) == 0
    assert found[plank.pk].name == "Plank"
    assert found[plank.pk].gentler_alternative is found.get(plank.gentler_alternative_id)


def test_a_saved_exercise_is_seen_at_once(plank):
    library.exercises()

    plank.name_en_gb = "Forearm plank"
    plank.save()

    assert library.exercises()[plank.pk].name == "Forearm plank"


def test_a_new_exercise_is_in_the_library(db):
    library.exercises()

    added = ExerciseFactory(name="Wall angels")

    assert library.exercises()[added.pk].name == "Wall angels"


def test_another_process_reloads_after_a_change(plank, monkeypatch):
    """Another app server: its own copy, the shared cache's version."""
    library.exercises()
    Exercise.objects.filter(pk=plank.pk).update(name_en_gb="Forearm plank")
    # This process's copy is still the old one, and it is not due for a check yet.
    assert library.exercises()[plank.pk].name == "Plank"

    cache.set(library.VERSION_KEY, "renewed by another server", None)
    monkeypatch.setattr(library, "CHECK_SECONDS", 0)

    assert library.exercises()[plank.pk].name == "Forearm plank"


def test_without_a_cache_the_library_is_still_read(plank, monkeypatch):
    def unreachable(*args, **kwargs):
        raise ConnectionError("no cache")

    monkeypatch.setattr(library.cache, "get", unreachable)
    monkeypatch.setattr(library.cache, "set", unreachable)

    assert library.exercises()[plank.pk].name == "Plank"
    library.forget_library()  # and a change still goes through


def test_rows_get_their_exercise_without_a_query_each(user, starter_routine):
    library.exercises()
    with CaptureQueriesContext(connection) as queries:
        items = library.attach(RoutineItem.objects.filter(routine=starter_routine))
        names = [item.exercise.name for item in items]

    assert len(queries) == 1  # the items themselves
    assert "Cat-cow" in names


def test_an_exercise_the_library_lacks_is_read_when_used(user, starter_routine, monkeypatch):
    library.exercises()
    monkeypatch.setattr(library, "_library", {-1: None})  # a copy from before every exercise

    items = library.attach(RoutineItem.objects.filter(routine=starter_routine))

    assert "Cat-cow" in [item.exercise.name for item in items]

"""The library's data migrations, run forward on a database with history."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("exercises", "0003_exercise_pictures"),
    ("tracking", "0003_routine_names_unique_in_any_case"),
]
AFTER = [("exercises", "0004_more_exercises")]


@pytest.mark.django_db(transaction=True)
def test_more_exercises_keep_existing_rows_their_ids_and_edited_text():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    # An earlier transactional test may have emptied the tables: seed the first eleven again.
    importlib.import_module("exercises.migrations.0002_seed_library").seed_library(old, None)
    Exercise = old.get_model("exercises", "Exercise")
    User, Routine = old.get_model("accounts", "User"), old.get_model("tracking", "Routine")
    RoutineItem = old.get_model("tracking", "RoutineItem")
    plank = Exercise.objects.get(slug="plank")
    Exercise.objects.filter(slug="bird-dog").update(skip_if="Our physio's own note.")
    # An editor already added a chin tuck of their own in the admin.
    own = Exercise.objects.create(
        slug="chin-tuck",
        name="Chin tuck",
        summary="Ours",
        benefits="Ours",
        cautions="Ours",
        kind="reps",
        intensity="gentle",
        default_reps=5,
    )
    routine = Routine.objects.create(user=User.objects.create(email="ann@example.com"), name="A")
    RoutineItem.objects.create(routine=routine, exercise=plank, reps=0, hold_seconds=20)
    ids_before = dict(Exercise.objects.values_list("slug", "pk"))

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    Exercise = new.get_model("exercises", "Exercise")

    after = {e.slug: e for e in Exercise.objects.all()}
    assert len(after) == 20
    assert {slug: after[slug].pk for slug in ids_before} == ids_before
    assert after["chin-tuck"].summary == "Ours"
    assert after["chin-tuck"].pk == own.pk
    assert after["bird-dog"].skip_if == "Our physio's own note."
    assert after["plank"].start_alt.startswith("Side view")
    assert after["glute-bridge"].gentler_alternative.slug == "pelvic-tilt"
    assert new.get_model("tracking", "RoutineItem").objects.get().exercise_id == plank.pk

    # Running the seed again changes nothing.
    seed = importlib.import_module("exercises.migrations.0004_more_exercises")
    seed.seed_more_exercises(new, None)
    assert Exercise.objects.count() == 20
    assert (
        new.get_model("exercises", "ExerciseStep").objects.filter(exercise__slug="dead-bug").count()
        == 5
    )

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_translations_fill_english_columns_and_skip_text_an_editor_changed():
    before = [("exercises", "0004_more_exercises")]
    after = [("exercises", "0007_library_in_spanish")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    # An earlier transactional test may have emptied the tables: seed the library again.
    importlib.import_module("exercises.migrations.0002_seed_library").seed_library(old, None)
    importlib.import_module("exercises.migrations.0004_more_exercises").seed_more_exercises(
        old, None
    )
    Exercise = old.get_model("exercises", "Exercise")
    Exercise.objects.filter(slug="bird-dog").update(skip_if="Our physio's own note.")
    step = old.get_model("exercises", "ExerciseStep").objects.get(
        exercise__slug="plank", position=2
    )
    step.text = "Our own second step."
    step.save()
    Exercise.objects.create(
        slug="wall-sit",
        name="Wall sit",
        summary="Ours",
        benefits="Ours",
        cautions="Ours",
        kind="hold",
        intensity="moderate",
        default_hold_seconds=20,
    )

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    new = executor.loader.project_state(after).apps
    rows = {e.slug: e for e in new.get_model("exercises", "Exercise").objects.all()}
    steps = {
        s.position: s
        for s in new.get_model("exercises", "ExerciseStep").objects.filter(exercise__slug="plank")
    }

    bird_dog, plank, wall_sit = rows["bird-dog"], rows["plank"], rows["wall-sit"]
    assert (bird_dog.skip_if_en_gb, bird_dog.skip_if_de, bird_dog.skip_if_es) == (
        "Our physio's own note.",
        None,
        None,
    )
    assert bird_dog.name_de.startswith("Vierfüßlerstand")
    assert (plank.name_en_gb, plank.name_de, plank.name_es) == (
        "Plank",
        "Unterarmstütz (Plank)",
        "Plancha",
    )
    assert steps[2].text_en_gb == "Our own second step."
    assert steps[2].text_de is None
    assert steps[3].text_es.startswith("Ajusta la cadera")
    assert (wall_sit.name_en_gb, wall_sit.name_de, wall_sit.summary_en_gb) == (
        "Wall sit",
        None,
        "Ours",
    )
    assert new.get_model("exercises", "FocusArea").objects.get(slug="neck").name_de == "Nacken"

    # Back to before the translations and forward again: the same texts, nothing doubled.
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    Exercise = executor.loader.project_state(after).apps.get_model("exercises", "Exercise")
    assert Exercise.objects.get(slug="plank").name_es == "Plancha"
    assert Exercise.objects.filter(slug="wall-sit").exists()

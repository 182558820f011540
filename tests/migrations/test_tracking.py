"""Tracking's data migrations, run forward on rows from before them."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("tracking", "0002_adjustments")]
AFTER = [("tracking", "0003_routine_names_unique_in_any_case")]


@pytest.mark.django_db(transaction=True)
def test_routines_named_alike_in_two_letter_cases_get_names_of_their_own():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    User, Routine = old.get_model("accounts", "User"), old.get_model("tracking", "Routine")
    ann = User.objects.create(email="ann@example.com")
    bob = User.objects.create(email="bob@example.com")
    for name in ["Morning", "morning", "MORNING", "Morning 2", "Desk"]:
        Routine.objects.create(user=ann, name=name)
    Routine.objects.create(user=bob, name="morning")

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    names = {
        email: sorted(
            new.get_model("tracking", "Routine")
            .objects.filter(user__email=email)
            .values_list("name", flat=True)
        )
        for email in ("ann@example.com", "bob@example.com")
    }

    assert names == {
        "ann@example.com": ["Desk", "MORNING 4", "Morning", "Morning 2", "morning 3"],
        "bob@example.com": ["morning"],
    }
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_items_eased_off_or_with_an_open_suggestion_are_noted():
    library = ("exercises", "0004_more_exercises")
    before = [library, ("tracking", "0004_reason_parts")]
    after = [library, ("tracking", "0005_routine_item_eased_or_open")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    Exercise = old.get_model("exercises", "Exercise")
    if not Exercise.objects.exists():  # an earlier transactional test may have emptied it
        importlib.import_module("exercises.migrations.0002_seed_library").seed_library(old, None)
    exercise = Exercise.objects.first()
    user = old.get_model("accounts", "User").objects.create(email="eve@example.com")
    routine = old.get_model("tracking", "Routine").objects.create(user=user, name="Mine")
    RoutineItem = old.get_model("tracking", "RoutineItem")
    Adjustment = old.get_model("tracking", "Adjustment")
    items = {
        name: RoutineItem.objects.create(routine=routine, exercise=exercise, position=n)
        for n, name in enumerate(["open", "eased", "undone", "stepped up", "nothing", "closed"])
    }
    prescription = {"exercise": exercise.pk, "sets": 1, "reps": 5, "hold_seconds": 0}
    change = {"user": user, "reason": "", "before": prescription, "after": prescription}
    Suggestion = old.get_model("tracking", "Suggestion")
    suggestion = {"user": user, "reason": "", "proposed": prescription, "item_revision": 1}
    Suggestion.objects.create(item=items["open"], kind="reduce", **suggestion)
    Suggestion.objects.create(item=items["closed"], kind="reduce", status="dismissed", **suggestion)
    Adjustment.objects.create(item=items["eased"], kind="swap", revision_after=2, **change)
    for name, kinds in {"undone": ["reduce", "undo"], "stepped up": ["swap", "step_up"]}.items():
        for revision, kind in enumerate(kinds, start=2):
            Adjustment.objects.create(
                item=items[name], kind=kind, revision_after=revision, **change
            )

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    new = executor.loader.project_state(after).apps
    noted = dict(
        new.get_model("tracking", "RoutineItem")
        .objects.filter(routine__user__email="eve@example.com")
        .values_list("position", "eased_or_open")
    )

    assert noted == {0: True, 1: True, 2: False, 3: False, 4: False, 5: False}
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

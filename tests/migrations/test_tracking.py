"""Tracking's data migrations, run forward on rows from before them."""

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

"""Data migrations, run forward on a database that holds rows from before them."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("accounts", "0001_initial")]
AFTER = [("accounts", "0002_alert_level_at_least_1")]


@pytest.mark.django_db(transaction=True)
def test_an_alert_level_of_zero_becomes_one_and_others_stay():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    User = old_apps.get_model("accounts", "User")
    User.objects.create(email="zero@example.com", discomfort_threshold=0)
    User.objects.create(email="seven@example.com", discomfort_threshold=7)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new_apps = executor.loader.project_state(AFTER).apps
    levels = dict(
        new_apps.get_model("accounts", "User").objects.values_list("email", "discomfort_threshold")
    )

    assert levels == {"zero@example.com": 1, "seven@example.com": 7}
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

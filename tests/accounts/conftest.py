import pytest
from django.core.management import call_command


@pytest.fixture
def run_worker(monkeypatch):
    """What `manage.py db_worker` does in production: run every queued task, here at once.

    Between tasks the worker closes stale database connections; inside a test's transaction
    that would close the test's own, so it is skipped here.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run() -> None:
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    return run

"""Run calls at the same instant on separate database connections (PostgreSQL tests)."""

import threading

import pytest
from django.db import connection

# For modules whose every test races: skip on SQLite, which runs one write at a time, and
# commit for real so that each thread's connection sees the others' rows. That empties the
# database afterwards, the seeded library included: make exercises with the factory.
RACES = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite serialises writes, so nothing can race "
        "(run with DATABASE_URL=postgres://...)",
    ),
    pytest.mark.django_db(transaction=True),
]


def run_together(*calls):
    """Run the calls in threads released at the same instant; return their results in order."""
    barrier = threading.Barrier(len(calls))
    results, errors = [None] * len(calls), []

    def worker(index, call):
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results

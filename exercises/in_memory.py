"""The exercise library kept in memory, for the pages that name exercises on every visit.

The library is a few dozen rows that change only through the admin, a data migration or an
import, while every checklist row, suggestion and logged entry names its exercise. Those
queries read their own rows and take their exercises from here (``attach``) instead of
joining a 38-column table into each of them.

Every save or delete of an exercise (or of a step, which the guided session reads through
it) renews a version kept in the shared cache, so every app server reloads the library on
its next use; a process checks that version at most once every ``CHECK_SECONDS``. A change
made around the ORM (raw SQL, ``QuerySet.update``) must call ``forget_library()``.
"""

import contextlib
import time
from collections.abc import Iterable
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.db.models import Model

from .models import Exercise

VERSION_KEY = "exercises:library:version"
CHECK_SECONDS = 2.0

_library: dict[int, Exercise] = {}
_version: str | None = None
_checked_at = float("-inf")


def _shared_version() -> str | None:
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid4().hex, None)
            version = cache.get(VERSION_KEY)
    except Exception:  # no reachable cache: read the library every time
        return None
    return version


def exercises() -> dict[int, Exercise]:
    """Every exercise by id, each with its gentler alternative in place. Shared by every
    request of this process: read them, never change them."""
    global _library, _version, _checked_at
    now = time.monotonic()
    if not _library or now - _checked_at >= CHECK_SECONDS:
        version = _shared_version()
        if not _library or version is None or version != _version:
            library = Exercise.objects.in_bulk()
            for exercise in library.values():
                alternative = library.get(exercise.gentler_alternative_id)
                if alternative is not None:
                    exercise.gentler_alternative = alternative
            _library, _version = library, version
        _checked_at = now
    return _library


def attach(rows: Iterable[Model], field: str = "exercise") -> list:
    """Give each row its exercise from the library (``field`` names the foreign key), as
    ``select_related`` would, without the join. An exercise the library lacks (added since
    its last check) is read the usual way when first used."""
    rows = list(rows)
    if not rows:
        return rows
    library = exercises()
    attname = f"{field}_id"
    for row in rows:
        exercise = library.get(getattr(row, attname))
        if exercise is not None:
            setattr(row, field, exercise)
    return rows


def _renew_version() -> None:
    # Without a cache, every process rereads the library every CHECK_SECONDS anyway.
    with contextlib.suppress(Exception):
        cache.set(VERSION_KEY, uuid4().hex, None)


def forget_in_this_process() -> None:
    """Drop this process's copy: its next use reads the library again."""
    global _library, _checked_at
    _library, _checked_at = {}, float("-inf")


def forget_library(**_signal) -> None:
    """Make every process reload the library on its next use, after a change to it: now,
    and again once the change is committed (another process may read the library between
    the two and would keep the old rows under the new version)."""
    forget_in_this_process()
    _renew_version()
    transaction.on_commit(_renew_version)

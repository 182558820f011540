"""The export built from plain rows gives the very document the model-instance build gave."""

import json
import random

from django.contrib.auth.hashers import make_password

from spinecare.data.portability import export_document
from spinecare.data.portability.routines import item_refs
from tests.data.history import make_history
from tests.factories import PASSWORD
from tracking.management.demo.history import create_demo_user
from tracking.models import CheckIn, ExerciseEntry, LateFlag, Session


def reference_sessions(user) -> list[dict]:
    """dump_sessions as it was before: an instance for every session and every entry."""
    items = item_refs(user)
    late_flags = dict(
        LateFlag.objects.filter(entry__in=ExerciseEntry.objects.for_user(user)).values_list(
            "entry_id", "level"
        )
    )
    sessions = (
        Session.objects.for_user(user)
        .order_by("date", "created_at", "pk")
        .select_related("routine")
        .with_entries()
    )
    return [
        {
            "date": session.date.isoformat(),
            "routine": session.routine.name if session.routine else None,
            "duration_minutes": session.duration_minutes,
            "notes": session.notes,
            "entries": [
                {
                    "exercise": entry.exercise.slug,
                    "routine_item": items.get(entry.routine_item_id),
                    **entry.record(),
                    "late_flag": late_flags.get(entry.pk),
                }
                for entry in session.entries.all()
            ],
        }
        for session in sessions
    ]


def reference_checkins(user) -> list[dict]:
    """dump_checkins as it was before."""
    return [
        {
            "date": checkin.date.isoformat(),
            "discomfort": checkin.discomfort,
            "areas": checkin.areas,
            "notes": checkin.notes,
            "rest_for_discomfort": checkin.rest_for_discomfort,
            "red_flags": checkin.red_flags,
        }
        for checkin in CheckIn.objects.for_user(user).order_by("date")
    ]


def assert_same_as_before(user) -> dict:
    document = export_document(user)
    before = {
        **document,
        "sessions": reference_sessions(user),
        "checkins": reference_checkins(user),
    }
    assert document == before
    assert json.dumps(document) == json.dumps(before)  # the same keys in the same order
    return document


def test_a_year_of_demo_history_exports_exactly_as_before(db):
    user, _counts = create_demo_user(
        "export@example.com",
        days=365,
        rng=random.Random(16),
        password_hash=make_password(PASSWORD),
        timezone="Europe/Berlin",
    )

    document = assert_same_as_before(user)

    entries = [entry for session in document["sessions"] for entry in session["entries"]]
    assert len(document["sessions"]) > 200
    assert any(entry["late_flag"] for entry in entries)
    assert any(checkin["areas"] for checkin in document["checkins"])


def test_hand_made_history_with_edge_cases_exports_exactly_as_before(user):
    make_history(user)

    document = assert_same_as_before(user)

    assert document["sessions"]
    assert document["checkins"]

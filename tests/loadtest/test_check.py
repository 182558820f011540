"""The load test's checker must fail a run that proves nothing, or loses what it confirmed."""

import json
import sys
from datetime import timedelta

import pytest
from django.utils import timezone

from loadtest import check
from tests.factories import CheckInFactory, SessionFactory, UserFactory

SERVER_OK = {"5xx": 0, "tracebacks": 0}


def results(*, confirmed=None, checkins=None, unexpected=0, requests=10, failures=0, refused=0):
    return {
        "totals": {"repeats_refused": refused, "repeats_duplicated": 0, "unexpected": unexpected},
        "confirmed": confirmed or {},
        "checkins": checkins or {},
        "requests": [{"name": "all requests", "requests": requests, "failures": failures}],
    }


def figures(**changes):
    good = {
        "sessions_confirmed": 3,
        "sessions_in_database": 3,
        "lost": 0,
        "unconfirmed": 0,
        "duplicated": 0,
        "repeats_refused": 2,
        "repeats_duplicated": 0,
        "accounts": 2,
        "checkins_confirmed": 2,
        "checkins_missing": 0,
    }
    return good | changes


def failed(verdicts: dict) -> list[str]:
    return [name for name, passed in verdicts.items() if not passed]


def test_a_good_run_passes_every_check():
    assert failed(check.verdicts(results(refused=2), figures(), SERVER_OK)) == []


def test_an_empty_run_fails_instead_of_passing_by_zero_equals_zero():
    empty = figures(
        sessions_confirmed=0,
        sessions_in_database=0,
        repeats_refused=0,
        accounts=0,
        checkins_confirmed=0,
    )

    verdicts = check.verdicts(results(requests=0), empty, SERVER_OK)

    assert "sessions were logged and confirmed" in failed(verdicts)
    assert "check-ins were saved and confirmed" in failed(verdicts)
    assert "every double tap refused" in failed(verdicts)
    assert "no failed requests" in failed(verdicts)


def test_session_posts_that_were_all_refused_fail_the_run():
    """The probe's run: every post answered "Tick at least one exercise", nothing saved."""
    none_saved = figures(sessions_confirmed=0, sessions_in_database=0, accounts=0)

    verdicts = check.verdicts(results(unexpected=190, failures=190), none_saved, SERVER_OK)

    assert "every answer was the one expected" in failed(verdicts)
    assert "sessions were logged and confirmed" in failed(verdicts)


@pytest.mark.parametrize(
    ("change", "check_name"),
    [
        ({"lost": 1}, "no lost sessions"),
        ({"checkins_missing": 1}, "no lost check-ins"),
        ({"duplicated": 1}, "no duplicated sessions"),
        ({"repeats_refused": 1}, "every double tap refused"),
        ({"sessions_in_database": 4}, "database matches the confirmations"),
    ],
)
def test_a_missing_or_doubled_confirmed_action_fails(change, check_name):
    assert failed(check.verdicts(results(refused=2), figures(**change), SERVER_OK)) == [check_name]


@pytest.fixture
def started():
    return timezone.now() - timedelta(minutes=1)


def test_the_database_check_finds_a_confirmed_session_and_check_in_missing(db, started):
    person = UserFactory(email="load1@spinecare.local")
    kept = SessionFactory(user=person)
    CheckInFactory(user=person, date=person.local_today())
    run = results(
        confirmed={
            person.email: [str(kept.idempotency_key), "00000000-0000-0000-0000-000000000000"]
        },
        checkins={person.email: [person.local_today().isoformat(), "2026-01-01"]},
    )

    figures = check.database_check(run, started, "load")

    assert figures["sessions_confirmed"] == 2
    assert figures["sessions_in_database"] == 1
    assert figures["lost"] == 1
    assert figures["checkins_confirmed"] == 2
    assert figures["checkins_missing"] == 1


def test_the_checker_exits_with_failure_on_an_empty_run(db, started, tmp_path, monkeypatch):
    run = results(requests=0) | {"phases": {"signed_in": 0, "sign_in_failed": 0}}
    run["wait_seconds"] = [1, 4]
    (tmp_path / "results.json").write_text(json.dumps(run))
    (tmp_path / "gunicorn.log").write_text("")
    monkeypatch.setattr(sys, "argv", ["check.py", str(tmp_path), started.isoformat(), "load"])

    assert check.main() == 1
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["database"]["sessions_confirmed"] == 0

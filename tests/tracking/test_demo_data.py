"""The demo_data command: deterministic, realistic history, and the development account."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from spinecare.accounts.models import User
from spinecare.accounts.timezones import DEFAULT_TIMEZONE
from tracking.management.demo import DEMO_EMAIL, DEMO_PASSWORD
from tracking.models import (
    Adjustment,
    CheckIn,
    Discomfort,
    ExerciseEntry,
    LateFlag,
    RoutineItem,
    Session,
    Suggestion,
)

pytestmark = pytest.mark.django_db


def demo_data(*args: str) -> str:
    out = StringIO()
    call_command("demo_data", *args, stdout=out)
    return out.getvalue()


def snapshot(email: str) -> dict:
    """Everything generated for one user, without database ids."""
    user = User.objects.get(email=email)
    return {
        "profile": (user.timezone, user.weekly_goal, user.discomfort_threshold, user.date_joined),
        "sessions": list(
            Session.objects.for_user(user)
            .order_by("date", "created_at")
            .values_list("date", "duration_minutes", "notes", "idempotency_key", "created_at")
        ),
        "entries": list(
            ExerciseEntry.objects.filter(session__user=user)
            .order_by("session__date", "session__created_at", "position")
            .values_list(
                "exercise__slug", "completed", "sets", "reps", "hold_seconds", "discomfort"
            )
        ),
        "checkins": list(
            CheckIn.objects.for_user(user)
            .order_by("date")
            .values_list("date", "discomfort", "areas", "rest_for_discomfort", "red_flags")
        ),
        "adjustments": list(
            Adjustment.objects.for_user(user)
            .order_by("created_at")
            .values_list("kind", "before", "after", "revision_after", "created_at")
        ),
        "items": list(
            RoutineItem.objects.for_user(user)
            .order_by("position")
            .values_list("exercise__slug", "sets", "reps", "hold_seconds", "is_paused", "revision")
        ),
    }


def test_the_same_seed_gives_the_same_history():
    demo_data("--users", "2", "--days", "60", "--seed", "7", "--prefix", "first")
    demo_data("--users", "2", "--days", "60", "--seed", "7", "--prefix", "second")

    for number in (1, 2):
        first = snapshot(f"first{number}@spinecare.local")
        assert first == snapshot(f"second{number}@spinecare.local")
        assert len(first["sessions"]) > 20


def test_another_seed_gives_another_history():
    demo_data("--days", "30", "--seed", "1", "--prefix", "a")
    demo_data("--days", "30", "--seed", "2", "--prefix", "b")

    assert snapshot("a1@spinecare.local") != snapshot("b1@spinecare.local")


def test_the_history_has_gaps_spikes_flags_and_adjustments():
    output = demo_data("--users", "2", "--days", "240", "--seed", "1")

    assert "Created users: 2, sessions: " in output
    for user in User.objects.all():
        today = user.local_today()
        first = today - timedelta(days=240)
        session_days = set(Session.objects.for_user(user).values_list("date", flat=True))
        assert min(session_days) >= first
        assert max(session_days) < today  # today is left for the person to log
        # Most days, but with gaps: days off at weekends, rest days, a holiday.
        assert 120 < len(session_days) < 225
        assert any(day.weekday() >= 5 for day in session_days)
        # Check-ins most days, rest days included; some spikes at or over the alert level
        # were rest days.
        checkins = CheckIn.objects.for_user(user)
        assert checkins.count() > 150
        assert checkins.exclude(date__in=session_days).exists()
        spikes = checkins.filter(discomfort__gte=user.discomfort_threshold)
        assert spikes.filter(rest_for_discomfort=True).exists()
        assert len(set(checkins.values_list("discomfort", flat=True))) >= 5
        # Doses drift a little around the prescription.
        reps = set(ExerciseEntry.objects.filter(session__user=user, reps__gt=0).values_list("reps"))
        assert len(reps) > 3

    entries = ExerciseEntry.objects.all()
    assert entries.filter(discomfort=Discomfort.MILD).exists()
    assert entries.exclude(discomfort=Discomfort.NONE).count() < entries.count() / 10
    assert LateFlag.objects.exists()
    assert Suggestion.objects.filter(status=Suggestion.Status.ACCEPTED).exists()
    keys = list(Session.objects.values_list("user", "idempotency_key"))
    assert len(set(keys)) == len(keys)
    assert all(key.version == 4 for _user, key in keys)


def test_adjustments_match_the_flags_and_the_items():
    demo_data("--users", "2", "--days", "240", "--seed", "1")

    adjustments = Adjustment.objects.select_related("item", "suggestion")
    assert adjustments.exists()
    for adjustment in adjustments:
        assert adjustment.suggestion.status == Suggestion.Status.ACCEPTED
        assert adjustment.after == adjustment.suggestion.proposed
        # The reason as data, and in words the same as the English stored with it.
        assert adjustment.reason_parts == adjustment.suggestion.reason_parts != []
        assert adjustment.reason_text() == adjustment.reason
        assert adjustment.before != adjustment.after
        if adjustment.kind != "step_up":
            flagged = ExerciseEntry.objects.filter(pk__in=adjustment.flag_entries)
            assert flagged.exists()
            assert all(entry.session.date <= adjustment.created_at.date() for entry in flagged)
    for item in RoutineItem.objects.all():
        changes = list(Adjustment.objects.filter(item=item).order_by("created_at"))
        revisions = [change.revision_after for change in changes]
        assert revisions == sorted(set(revisions))
        assert item.revision >= 1 + len(changes)  # resuming a pause bumps it too
        if changes and changes[-1].revision_after == item.revision:
            last = changes[-1].after
            current = (item.exercise_id, item.sets, item.reps, item.hold_seconds, item.is_paused)
            assert current == tuple(
                last[k] for k in ("exercise", "sets", "reps", "hold_seconds", "paused")
            )


def test_a_demo_user_sees_their_history(client):
    demo_data("--days", "90", "--seed", "3")
    user = User.objects.get()
    client.force_login(user)

    dashboard = client.get(reverse("tracking:dashboard"))
    history = client.get(reverse("tracking:history"))

    assert "<canvas" in dashboard.text
    session = Session.objects.for_user(user).first()
    assert f'id="day-{session.date.isoformat()}"' in history.text


def test_existing_users_are_not_touched():
    demo_data("--days", "5")

    with pytest.raises(CommandError, match="already exist"):
        demo_data("--days", "5")
    assert User.objects.count() == 1


def test_ensure_demo_creates_the_account_once(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setattr("tracking.management.commands.demo_data.DEMO_DAYS", 20)

    first = demo_data("--ensure-demo")
    sessions = Session.objects.count()
    second = demo_data("--ensure-demo")

    user = User.objects.get()
    assert user.email == DEMO_EMAIL
    assert user.check_password(DEMO_PASSWORD)
    assert user.timezone == DEFAULT_TIMEZONE
    assert "Created the demo account" in first
    assert "Created" not in second
    assert f"{DEMO_EMAIL} / password {DEMO_PASSWORD}" in second
    assert Session.objects.count() == sessions > 5


def test_ensure_demo_is_for_development_only(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="development only"):
        demo_data("--ensure-demo")
    assert not User.objects.exists()

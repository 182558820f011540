"""The routine services: the starter routine a new account gets."""

import pytest
from django.utils import translation

from tracking.models import Routine
from tracking.services import routines
from tracking.services.routines import STARTER_ROUTINE, create_starter_routine

pytestmark = pytest.mark.django_db


def test_starter_routine_follows_mobility_core_neck_order(user):
    routine = create_starter_routine(user)

    items = list(routine.items.select_related("exercise"))
    assert routine.is_active
    assert [i.exercise.slug for i in items] == STARTER_ROUTINE
    assert [i.position for i in items] == list(range(len(STARTER_ROUTINE)))
    side_plank = items[STARTER_ROUTINE.index("side-plank")]
    assert (side_plank.sets, side_plank.reps, side_plank.hold_seconds) == (1, 0, 15)


def test_a_second_starter_routine_does_not_steal_the_active_flag(user):
    first = create_starter_routine(user)
    Routine.objects.filter(pk=first.pk).update(name="Morning")

    second = create_starter_routine(user)

    assert not second.is_active
    assert Routine.objects.for_user(user).active().get() == first


def test_the_starter_routine_is_named_in_the_users_language(user, monkeypatch):
    user.language = "es"
    monkeypatch.setattr(routines, "_", lambda message: f"{message} [{translation.get_language()}]")

    with translation.override("de"):  # the page's language does not decide it
        routine = create_starter_routine(user)

    assert routine.name == "My daily routine [es]"

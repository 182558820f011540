"""Routines built from the ready-made presets: after onboarding, or from the routines page."""

from django.db import transaction

from exercises.models import Exercise

from ..models import Routine, RoutineItem
from ..presets import EASE_IN_SETS, gentlest_first
from .routines import NameTaken, activate_routine, save_routine


def create_eased_routine(user, name: str, slugs: list[str], *, activate: bool) -> Routine:
    """A new routine of these exercises, gentlest first, each at one set to ease in.

    The name gets a number when the user already has a routine called so ("Gentle lower
    back 2"); ``activate`` makes it the routine Today shows.
    """
    exercises = {e.slug: e for e in Exercise.objects.active().filter(slug__in=slugs)}
    intensity = {slug: e.intensity for slug, e in exercises.items()}
    ordered = gentlest_first([s for s in slugs if s in exercises], intensity)
    with transaction.atomic():
        routine = _saved_under_a_free_name(user, name)
        items = [RoutineItem.from_exercise(routine, exercises[s], n) for n, s in enumerate(ordered)]
        for item in items:
            item.sets = min(item.sets, EASE_IN_SETS)
        RoutineItem.objects.bulk_create(items)
        if activate:
            activate_routine(routine)
    return routine


def _saved_under_a_free_name(user, name: str) -> Routine:
    taken = {n.lower() for n in Routine.objects.for_user(user).values_list("name", flat=True)}
    number = 1
    while True:
        candidate = name if number == 1 else f"{name} {number}"
        number += 1
        if candidate.lower() in taken:
            continue
        routine = Routine(user=user, name=candidate)
        try:
            save_routine(routine)
        except NameTaken:  # taken a moment ago by another request: try the next number
            continue
        return routine

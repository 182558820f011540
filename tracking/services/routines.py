"""The routine editor's writes, and the starter routine every new account gets."""

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import translation
from django.utils.translation import gettext as _

from exercises.models import Exercise

from ..models import Routine, RoutineItem

# Gentle mobility first, then core and stability, then the neck and shoulders.
STARTER_ROUTINE = [
    "cat-cow",
    "knees-to-chest",
    "bird-dog",
    "side-plank",
    "ball-squeeze",
    "chin-to-chest",
    "shoulder-shrug",
]


def create_starter_routine(user) -> Routine:
    """Give a new user an active routine built from the library's default dosages, named in
    the user's language: the name is theirs from then on, to keep or change."""
    by_slug = {e.slug: e for e in Exercise.objects.active().filter(slug__in=STARTER_ROUTINE)}
    with transaction.atomic():
        routine = Routine.objects.create(
            user=user,
            name=_starter_name(user),
            is_active=not Routine.objects.for_user(user).active().exists(),
        )
        RoutineItem.objects.bulk_create(
            RoutineItem.from_exercise(routine, by_slug[slug], position)
            for position, slug in enumerate(s for s in STARTER_ROUTINE if s in by_slug)
        )
    return routine


def _starter_name(user) -> str:
    with translation.override(user.language):
        return _("My daily routine")


class NameTaken(Exception):
    """Another routine of the user's took this name (in any letter case) at the same moment."""


def save_routine(routine: Routine, *, fields: list[str] | None = None) -> None:
    """Insert the routine, or save ``fields`` of it; a name that a request running at the
    same moment took first raises NameTaken (the form's own check catches the usual case)."""
    try:
        with transaction.atomic():
            routine.save(update_fields=fields)
    except IntegrityError as error:
        raise NameTaken from error


def activate_routine(routine: Routine) -> None:
    """Make this the user's active routine (and no other)."""
    with transaction.atomic():
        # Lock the user's routines, so activations sent at once take turns: each then sees
        # the last one's change instead of both adding an active routine. In the order of
        # their ids: the default order (active first) changes as they commit, and two
        # transactions taking the same locks in different orders would deadlock.
        locked = Routine.objects.for_user(routine.user).select_for_update().order_by("pk")
        list(locked.values_list("pk"))
        Routine.objects.for_user(routine.user).active().exclude(pk=routine.pk).update(
            is_active=False
        )
        Routine.objects.filter(pk=routine.pk).update(is_active=True)
    routine.is_active = True


def append_item(routine: Routine, exercise: Exercise) -> RoutineItem:
    """Add the exercise at the end; adds sent at once take turns, each at its own place."""
    with transaction.atomic():
        Routine.objects.select_for_update().filter(pk=routine.pk).values_list("pk").get()
        last = routine.items.aggregate(last=Max("position"))["last"]
        item = RoutineItem.from_exercise(routine, exercise, 0 if last is None else last + 1)
        item.save()
    return item


def move_item(item: RoutineItem, step: int) -> bool:
    """Swap the item with its neighbour above (step -1) or below (+1). False at either end."""
    with transaction.atomic():
        # Locked in the order of their ids (positions change as moves commit: two moves
        # locking in different orders would deadlock), then put in their order.
        locked = item.routine.items.select_for_update().order_by("pk")
        items = sorted(locked, key=lambda other: (other.position, other.pk))
        index = next(i for i, other in enumerate(items) if other.pk == item.pk)
        target = index + step
        if not 0 <= target < len(items):
            return False
        items[index], items[target] = items[target], items[index]
        for position, other in enumerate(items):
            other.position = position
        RoutineItem.objects.bulk_update(items, ["position"])
    return True

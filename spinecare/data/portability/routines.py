"""Routines and their items, and how other rows refer to an item: by its routine's name and
its index there."""

from typing import Any

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from exercises.models import MAX_HOLD_SECONDS, MAX_REPS, MAX_SETS
from spinecare.accounts.models import User
from tracking.models import Routine, RoutineItem

from .limits import MAX_ITEMS_PER_ROUTINE
from .reading import ImportRefused, Reader, Refs, read_rows

ROUTINE_NAME_MAX = Routine._meta.get_field("name").max_length


def dump_routines(user: User) -> list[dict]:
    routines = Routine.objects.for_user(user).prefetch_related(
        Prefetch("items", queryset=RoutineItem.objects.select_related("exercise"))
    )
    return [
        {
            "name": routine.name,
            "is_active": routine.is_active,
            "items": [
                {
                    "exercise": item.exercise.slug,
                    "sets": item.sets,
                    "reps": item.reps,
                    "hold_seconds": item.hold_seconds,
                    "is_paused": item.is_paused,
                }
                for item in routine.items.all()
            ],
        }
        for routine in routines
    ]


def load_routines(user: User, value: Any, refs: Refs) -> None:
    routines, items = [], []
    for row in read_rows(value, _("Routine"), where="“routines”"):
        routine = Routine(
            user=user,
            name=row.text("name", ROUTINE_NAME_MAX, required=True),
            is_active=row.boolean("is_active"),
        )
        if routine.name.casefold() in {name.casefold() for name in refs.routines}:
            row.refuse("name", _("is used by two routines; each needs its own name."))
        refs.routines[routine.name] = routine
        routines.append(routine)
        label = _("Routine “%(name)s”, exercise") % {"name": routine.name}
        for index, item_row in enumerate(row.rows("items", label)):
            item = RoutineItem(
                routine=routine,
                exercise=refs.exercise(item_row),
                position=index,
                sets=item_row.integer("sets", 1, MAX_SETS),
                reps=item_row.integer("reps", 0, MAX_REPS),
                hold_seconds=item_row.integer("hold_seconds", 0, MAX_HOLD_SECONDS),
                is_paused=item_row.boolean("is_paused"),
            )
            refs.items[routine.name, index] = item
            items.append(item)
    if sum(routine.is_active for routine in routines) > 1:
        raise ImportRefused(_("More than one routine is marked active; only one can be."))
    Routine.objects.bulk_create(routines)
    RoutineItem.objects.bulk_create(items)
    refs.counts["routines"] = len(routines)


def item_refs(user: User) -> dict[int, dict]:
    """Each routine item's place in the export: its routine's name and its index there."""
    refs, seen = {}, {}
    rows = (
        RoutineItem.objects.for_user(user)
        .order_by("routine__name", "position", "pk")
        .values_list("pk", "routine__name")
    )
    for pk, routine_name in rows:
        index = seen[routine_name] = seen.get(routine_name, -1) + 1
        refs[pk] = {"routine": routine_name, "index": index}
    return refs


def routine_item(row: Reader, refs: Refs) -> RoutineItem | None:
    value = row.raw("routine_item")
    if value is None:
        return None
    ref = Reader(value, _("%(where)s, its routine exercise") % {"where": row.where})
    key = (
        ref.text("routine", ROUTINE_NAME_MAX),
        ref.integer("index", 0, MAX_ITEMS_PER_ROUTINE - 1),
    )
    if key not in refs.items:
        row.refuse("routine_item", _("names an exercise that isn't in that routine in this file."))
    return refs.items[key]

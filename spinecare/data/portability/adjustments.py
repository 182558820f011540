"""Routine changes after discomfort (and their undos), and gentle days."""

from typing import Any

from django.utils.translation import gettext as _

from exercises.models import MAX_HOLD_SECONDS, MAX_REPS, MAX_SETS, Exercise
from spinecare.accounts.models import User
from tracking.models import Adjustment, AdjustmentKind, GentleDay
from tracking.reasons import Unreadable, read_reason, with_exercises

from .reading import ImportRefused, Reader, Refs, read_rows
from .routines import item_refs, routine_item


def _prescription_out(value: dict, slugs: dict[int, str]) -> dict:
    return {**value, "exercise": slugs.get(value["exercise"], "")}


def _reason_out(data: list, slugs: dict[int, str]) -> list:
    """The reason as data, exercises by slug; none (the English words stand) when it names an
    exercise no longer in the library."""
    try:
        return with_exercises(data, slugs.__getitem__)
    except KeyError:
        return []


def dump_adjustments(user: User) -> list[dict]:
    items = item_refs(user)
    adjustments = list(Adjustment.objects.for_user(user).order_by("created_at", "pk"))
    slugs = dict(Exercise.objects.values_list("pk", "slug"))
    index = {adjustment.pk: n for n, adjustment in enumerate(adjustments)}
    return [
        {
            "routine_item": items.get(adjustment.item_id),
            "kind": adjustment.kind,
            "reason": adjustment.reason,
            "reason_parts": _reason_out(adjustment.reason_parts, slugs),
            "before": _prescription_out(adjustment.before, slugs),
            "after": _prescription_out(adjustment.after, slugs),
            "reverts": index.get(adjustment.reverts_id),
            "created_at": adjustment.created_at.isoformat(),
        }
        for adjustment in adjustments
    ]


def _prescription_in(row: Reader, name: str, refs: Refs) -> dict:
    value = Reader(row.raw(name), _("%(where)s, “%(name)s”") % {"where": row.where, "name": name})
    return {
        "exercise": refs.exercise(value).pk,
        "sets": value.integer("sets", 1, MAX_SETS),
        "reps": value.integer("reps", 0, MAX_REPS),
        "hold_seconds": value.integer("hold_seconds", 0, MAX_HOLD_SECONDS),
        "paused": value.boolean("paused"),
    }


def _reason_in(row: Reader, refs: Refs) -> list:
    """The reason as data (exercises by id), checked; none in exports from before it was kept,
    whose English ``reason`` then stands alone."""
    data = row.value.get("reason_parts", [])
    if data == []:
        return []
    where = _("%(where)s, “%(name)s”") % {"where": row.where, "name": "reason_parts"}
    data = with_exercises(data, lambda slug: refs.exercise(Reader({"exercise": slug}, where)).pk)
    try:
        return [part.as_dict() for part in read_reason(data)]
    except Unreadable:
        row.refuse("reason_parts", _("isn't a reason this SpineCare can put into words."))


def load_adjustments(user: User, value: Any, refs: Refs) -> None:
    adjustments, when, reverted = [], [], []
    for row in read_rows(value, _("Routine change"), where="“adjustments”"):
        when.append(row.moment("created_at", refs.zone))
        reverts = row.raw("reverts")
        if reverts is not None and (
            not isinstance(reverts, int)
            or isinstance(reverts, bool)
            or not 0 <= reverts < len(adjustments)
        ):
            row.refuse("reverts", _("should point to an earlier change in this file."))
        reverted.append(reverts)
        adjustments.append(
            Adjustment(
                user=user,
                item=routine_item(row, refs),
                kind=row.choice("kind", AdjustmentKind.values),
                reason=row.text("reason", 300),
                reason_parts=_reason_in(row, refs),
                before=_prescription_in(row, "before", refs),
                after=_prescription_in(row, "after", refs),
                # Imported history is shown, not undone: no item revision matches 0.
                revision_after=0,
            )
        )
    Adjustment.objects.bulk_create(adjustments)
    for adjustment, created, reverts in zip(adjustments, when, reverted, strict=True):
        adjustment.created_at = created  # auto_now_add stamped the import time
        adjustment.reverts = adjustments[reverts] if reverts is not None else None
    Adjustment.objects.bulk_update(adjustments, ["created_at", "reverts"])


def dump_gentle_days(user: User) -> list[str]:
    return [
        day.isoformat()
        for day in GentleDay.objects.for_user(user).order_by("date").values_list("date", flat=True)
    ]


def load_gentle_days(user: User, value: Any, refs: Refs) -> None:
    if not isinstance(value, list):
        raise ImportRefused(_("“gentle_days” should be a list of dates."))
    days = {Reader({"date": day}, _("Gentle day")).day("date", refs.today) for day in value}
    GentleDay.objects.bulk_create(GentleDay(user=user, date=day) for day in sorted(days))

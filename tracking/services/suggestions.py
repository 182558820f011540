"""Turning discomfort flags into routine changes: suggest, accept, dismiss and undo.

The rules themselves live in ``tracking.adjustments`` (pure, no queries); this module loads
what they need and writes what they decide.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Max, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.translation import gettext as _

from exercises.models import Exercise

from ..adjustments import (
    EntryFlag,
    Prescription,
    SessionFlag,
    counting_since,
    reason_as_data,
    reason_from_data,
    session_flags,
    suggest,
    undone,
)
from ..models import Adjustment, AdjustmentKind, ExerciseEntry, Routine, RoutineItem, Suggestion
from ..reasons import in_english

# The newest entries of one exercise the rules look at; they need the last few sessions.
FLAG_LOOKBACK = 50


def recent_flags(user, item: RoutineItem, since) -> list[SessionFlag]:
    """This exercise's sessions after ``since``, newest first, with the worst flag of each."""
    entries = (
        ExerciseEntry.objects.for_user(user)
        .filter(exercise_id=item.exercise_id)
        .order_by("-session__date", "-session__created_at")
    )
    if since is not None:
        entries = entries.filter(session__created_at__gt=since)
    rows = entries.values_list(
        "session_id", "session__date", "pk", "discomfort", "late_flag__level"
    )
    return session_flags(EntryFlag(*row) for row in rows[:FLAG_LOOKBACK])


def recent_flags_of(user, since_by_exercise: dict) -> dict[int, list[SessionFlag]]:
    """``recent_flags`` for several exercises, each after its own moment (None: from the
    start), in one query however long the routine: the newest FLAG_LOOKBACK entries of each
    exercise, numbered by a window function."""
    if not since_by_exercise:
        return {}
    condition = Q()
    for exercise_id, since in since_by_exercise.items():
        part = Q(exercise_id=exercise_id)
        if since is not None:
            part &= Q(session__created_at__gt=since)
        condition |= part
    newest_first = [F("session__date").desc(), F("session__created_at").desc()]
    rows = (
        ExerciseEntry.objects.for_user(user)
        .filter(condition)
        .annotate(newest=Window(RowNumber(), partition_by=F("exercise_id"), order_by=newest_first))
        .filter(newest__lte=FLAG_LOOKBACK)
        .order_by("exercise_id", "newest")
        .values_list(
            "exercise_id", "session_id", "session__date", "pk", "discomfort", "late_flag__level"
        )
    )
    entries: dict[int, list[EntryFlag]] = {}
    for exercise_id, *row in rows:
        entries.setdefault(exercise_id, []).append(EntryFlag(*row))
    return {key: session_flags(entries.get(key, [])) for key in since_by_exercise}


def refresh_suggestions(user, exercise_ids=None) -> list[Suggestion]:
    """Re-run the rules for the user's active routine; keep one open suggestion per item."""
    routine = Routine.objects.for_user(user).active().first()
    if routine is None:
        return []
    items = list(routine.items.select_related("exercise__gentler_alternative"))
    routine_exercises = {item.exercise_id for item in items}
    if exercise_ids is not None:
        items = [item for item in items if item.exercise_id in set(exercise_ids)]
    last_changes = {}
    for adjustment in Adjustment.objects.filter(item__in=items).order_by("created_at", "pk"):
        last_changes[adjustment.item_id] = adjustment
    dismissed_at = dict(
        Suggestion.objects.filter(item__in=items, status=Suggestion.Status.DISMISSED)
        .values("item_id")
        .annotate(last=Max("decided_at"))
        .values_list("item_id", "last")
    )
    open_ones = {s.item_id: s for s in Suggestion.objects.open().filter(item__in=items)}
    since = {
        item.pk: counting_since(
            last_changes[item.pk].created_at if item.pk in last_changes else None,
            dismissed_at.get(item.pk),
        )
        for item in items
    }
    # One query for the flags of every item; an exercise twice in the routine with two
    # different moments to count from (rare) reads its own.
    moments: dict[int, set] = {}
    for item in items:
        moments.setdefault(item.exercise_id, set()).add(since[item.pk])
    flags = recent_flags_of(
        user, {exercise: next(iter(s)) for exercise, s in moments.items() if len(s) == 1}
    )
    stale, created = [], []
    for item in items:
        last = last_changes.get(item.pk)
        sessions = flags.get(item.exercise_id)
        if sessions is None:
            sessions = recent_flags(user, item, since[item.pk])
        proposal = suggest(item.facts(last, routine_exercises), sessions)
        existing = open_ones.get(item.pk)
        if existing and (
            proposal is None
            or existing.kind != proposal.kind
            or existing.proposed != proposal.proposed.as_dict()
        ):
            stale.append(existing.pk)
            existing = None
        if proposal is not None and existing is None:
            # The reasons name the item's exercise and its gentler alternative, both loaded.
            named = {e.pk: e for e in (item.exercise, item.exercise.gentler_alternative) if e}
            created.append(
                Suggestion(
                    user=user,
                    item=item,
                    kind=proposal.kind,
                    reason=in_english(proposal.reason, named),
                    reason_parts=reason_as_data(proposal.reason),
                    proposed=proposal.proposed.as_dict(),
                    item_revision=item.revision,
                    flag_entries=list(proposal.flag_entries),
                )
            )
    # Two writes at most, however many items changed: the stale ones first, since an item
    # has one open suggestion at a time.
    if stale:
        Suggestion.objects.filter(pk__in=stale).update(
            status=Suggestion.Status.STALE, decided_at=timezone.now()
        )
    created = Suggestion.objects.bulk_create(created) if created else []
    if stale or created:
        changed = {s.item_id for s in created}
        changed |= {s.item_id for s in open_ones.values() if s.pk in stale}
        RoutineItem.objects.filter(pk__in=changed).note_eased_or_open()
    return created


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str
    adjustment: Adjustment | None = None


def in_library(prescription: dict) -> bool:
    """Whether the prescription's exercise is still in the library (not retired or deleted)."""
    return Exercise.objects.active().filter(pk=prescription["exercise"]).exists()


def _stale(suggestion: Suggestion, message: str) -> Outcome:
    suggestion.status = Suggestion.Status.STALE
    suggestion.decided_at = timezone.now()
    suggestion.save(update_fields=["status", "decided_at"])
    RoutineItem.objects.filter(pk=suggestion.item_id).note_eased_or_open()
    return Outcome(False, message)


def accept_suggestion(suggestion: Suggestion) -> Outcome:
    """Apply a suggestion once, and only to the item as it was when suggested."""
    with transaction.atomic():
        suggestion = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
        if suggestion.status != Suggestion.Status.OPEN:
            return Outcome(False, _("This suggestion was already dealt with; nothing changed."))
        item = RoutineItem.objects.select_for_update().get(pk=suggestion.item_id)
        if item.revision != suggestion.item_revision:
            return _stale(
                suggestion,
                _("This exercise was changed after the suggestion was made, so nothing changed."),
            )
        if not in_library(suggestion.proposed):
            return _stale(
                suggestion,
                _(
                    "The exercise this suggestion names has left the library, so nothing "
                    "changed. Your routine stays as it is."
                ),
            )
        before = item.prescription
        item.apply(Prescription.from_dict(suggestion.proposed))
        adjustment = Adjustment.objects.create(
            user=suggestion.user,
            item=item,
            kind=suggestion.kind,
            reason=suggestion.reason,
            reason_parts=suggestion.reason_parts,
            before=before.as_dict(),
            after=suggestion.proposed,
            flag_entries=suggestion.flag_entries,
            suggestion=suggestion,
            revision_after=item.revision,
        )
        suggestion.status = Suggestion.Status.ACCEPTED
        suggestion.decided_at = timezone.now()
        suggestion.save(update_fields=["status", "decided_at"])
        RoutineItem.objects.filter(pk=item.pk).note_eased_or_open()
    return Outcome(True, _("Routine updated."), adjustment)


def dismiss_suggestion(suggestion: Suggestion) -> Outcome:
    updated = Suggestion.objects.filter(pk=suggestion.pk, status=Suggestion.Status.OPEN).update(
        status=Suggestion.Status.DISMISSED, decided_at=timezone.now()
    )
    if not updated:
        return Outcome(False, _("This suggestion was already dealt with; nothing changed."))
    RoutineItem.objects.filter(pk=suggestion.item_id).note_eased_or_open()
    return Outcome(True, _("Suggestion dismissed. Your routine stays as it is."))


def undo_adjustment(adjustment: Adjustment) -> Outcome:
    """Restore the prescription from before the change, exactly; an undo can be undone too."""
    with transaction.atomic():
        if adjustment.item_id is None:
            return Outcome(False, _("That exercise is no longer in your routine."))
        item = RoutineItem.objects.select_for_update().get(pk=adjustment.item_id)
        if item.revision != adjustment.revision_after:
            return Outcome(
                False,
                _("This exercise has changed since, so undoing would lose that; nothing changed."),
            )
        if not in_library(adjustment.before):
            return Outcome(
                False,
                _("That earlier exercise has left the library, so nothing changed."),
            )
        item.apply(Prescription.from_dict(adjustment.before))
        undo = Adjustment.objects.create(
            user=adjustment.user,
            item=item,
            kind=AdjustmentKind.UNDO,
            # English words, as every stored reason (tracking/reasons.py says "Undid: …").
            reason=f"Undid: {adjustment.reason}"[:300]
            if adjustment.kind != AdjustmentKind.UNDO
            else adjustment.reason.removeprefix("Undid: "),
            reason_parts=reason_as_data(undone(reason_from_data(adjustment.reason_parts))),
            before=adjustment.after,
            after=adjustment.before,
            reverts=adjustment,
            revision_after=item.revision,
        )
        RoutineItem.objects.filter(pk=item.pk).note_eased_or_open()
    return Outcome(True, _("Change undone. The earlier prescription is back."), undo)

"""Writes that span several models, each in one transaction."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from exercises.models import Exercise

from .adjustments import (
    LEVELS,
    Alternative,
    ItemFacts,
    Prescription,
    SessionFlag,
    suggest,
)
from .models import (
    Adjustment,
    AdjustmentKind,
    CheckIn,
    ExerciseEntry,
    GentleDay,
    LateFlag,
    Routine,
    RoutineItem,
    Session,
    Suggestion,
)

EASING_KINDS = {AdjustmentKind.REDUCE, AdjustmentKind.SWAP}

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
    """Give a new user an active routine built from the library's default dosages."""
    by_slug = {e.slug: e for e in Exercise.objects.active().filter(slug__in=STARTER_ROUTINE)}
    with transaction.atomic():
        routine = Routine.objects.create(
            user=user,
            name=_("My daily routine"),
            is_active=not Routine.objects.for_user(user).active().exists(),
        )
        RoutineItem.objects.bulk_create(
            RoutineItem.from_exercise(routine, by_slug[slug], position)
            for position, slug in enumerate(s for s in STARTER_ROUTINE if s in by_slug)
        )
    return routine


def activate_routine(routine: Routine) -> None:
    """Make this the user's active routine (and no other)."""
    with transaction.atomic():
        Routine.objects.for_user(routine.user).active().exclude(pk=routine.pk).update(
            is_active=False
        )
        Routine.objects.filter(pk=routine.pk).update(is_active=True)
    routine.is_active = True


def append_item(routine: Routine, exercise: Exercise) -> RoutineItem:
    last = routine.items.aggregate(last=Max("position"))["last"]
    item = RoutineItem.from_exercise(routine, exercise, 0 if last is None else last + 1)
    item.save()
    return item


def move_item(item: RoutineItem, step: int) -> bool:
    """Swap the item with its neighbour above (step -1) or below (+1). False at either end."""
    with transaction.atomic():
        items = list(item.routine.items.select_for_update().order_by("position", "pk"))
        index = next(i for i, other in enumerate(items) if other.pk == item.pk)
        target = index + step
        if not 0 <= target < len(items):
            return False
        items[index], items[target] = items[target], items[index]
        for position, other in enumerate(items):
            other.position = position
        RoutineItem.objects.bulk_update(items, ["position"])
    return True


ENTRY_FIELDS = [
    "completed",
    "sets",
    "reps",
    "hold_seconds",
    "discomfort",
    "discomfort_area",
    "discomfort_note",
]


@dataclass(frozen=True)
class EntryData:
    exercise: Exercise
    routine_item: RoutineItem | None
    completed: bool
    sets: int
    reps: int
    hold_seconds: int
    discomfort: str
    discomfort_area: str
    discomfort_note: str

    def to_model(self, session: Session, position: int) -> ExerciseEntry:
        return ExerciseEntry(
            session=session,
            position=position,
            exercise=self.exercise,
            routine_item=self.routine_item,
            completed=self.completed,
            sets=self.sets,
            reps=self.reps,
            hold_seconds=self.hold_seconds,
            discomfort=self.discomfort,
            discomfort_area=self.discomfort_area,
            discomfort_note=self.discomfort_note,
        )


@dataclass(frozen=True)
class LogResult:
    session: Session
    created: bool  # False when the same form had already been saved


def log_session(
    user,
    *,
    key: UUID,
    day: date,
    routine: Routine | None,
    duration_minutes: int | None,
    notes: str,
    entries: list[EntryData],
) -> LogResult:
    """Save a session and its entries once per form token; a repeat returns the first save."""
    try:
        with transaction.atomic():
            session = Session.objects.create(
                user=user,
                idempotency_key=key,
                date=day,
                routine=routine,
                duration_minutes=duration_minutes,
                notes=notes,
            )
            ExerciseEntry.objects.bulk_create(
                entry.to_model(session, position) for position, entry in enumerate(entries)
            )
    except IntegrityError:
        existing = Session.objects.for_user(user).filter(idempotency_key=key).first()
        if existing is None:
            raise
        return LogResult(existing, created=False)
    return LogResult(session, created=True)


class StaleEdit(Exception):
    """The session changed (in another tab, say) after this edit form was loaded."""


def update_session(
    session: Session,
    *,
    version: int,
    day: date,
    duration_minutes: int | None,
    notes: str,
    entries: dict[int, EntryData],
) -> Session:
    """Save an edit made on ``version``; refuse it if the session has moved on since."""
    with transaction.atomic():
        updated = Session.objects.filter(pk=session.pk, version=version).update(
            version=F("version") + 1,
            date=day,
            duration_minutes=duration_minutes,
            notes=notes,
        )
        if not updated:
            raise StaleEdit
        rows = list(session.entries.filter(pk__in=entries))
        for row in rows:
            for field in ENTRY_FIELDS:
                setattr(row, field, getattr(entries[row.pk], field))
        ExerciseEntry.objects.bulk_update(rows, ENTRY_FIELDS)
    session.refresh_from_db()
    return session


def save_checkin(user, day: date, **fields) -> tuple[CheckIn, bool]:
    """Record the day's check-in; a second one on the same day replaces the first."""
    try:
        with transaction.atomic():
            return CheckIn.objects.update_or_create(user=user, date=day, defaults=fields)
    except IntegrityError:
        # Two saves raced to create the day's check-in: the other one won, so update it.
        return CheckIn.objects.update_or_create(user=user, date=day, defaults=fields)


# Adjustments: turning discomfort flags into routine changes, and undoing them.


def item_prescription(item: RoutineItem) -> Prescription:
    return Prescription(item.exercise_id, item.sets, item.reps, item.hold_seconds, item.is_paused)


def _facts(item: RoutineItem, last: Adjustment | None, routine_exercises: set[int]) -> ItemFacts:
    exercise = item.exercise
    gentler = exercise.gentler_alternative
    alternative = None
    if gentler is not None and gentler.is_active:
        alternative = Alternative(
            exercise_id=gentler.pk,
            name=gentler.name,
            default=Prescription(
                gentler.pk, gentler.default_sets, gentler.default_reps, gentler.default_hold_seconds
            ),
            in_routine=gentler.pk in routine_exercises,
        )
    easing = last if last is not None and last.kind in EASING_KINDS else None
    return ItemFacts(
        name=exercise.name,
        current=item_prescription(item),
        alternative=alternative,
        before_last_easing=Prescription.from_dict(easing.before) if easing else None,
        easing_kind=easing.kind if easing else None,
    )


def _session_flags(user, item: RoutineItem, since) -> list[SessionFlag]:
    """This exercise's sessions since the item's last change, newest first, worst flag each."""
    entries = (
        ExerciseEntry.objects.filter(session__user=user, exercise_id=item.exercise_id)
        .select_related("session", "late_flag")
        .order_by("-session__date", "-session__created_at")
    )
    if since is not None:
        entries = entries.filter(session__created_at__gt=since)
    by_session: dict[int, SessionFlag] = {}
    for entry in entries[:50]:
        level = entry.discomfort
        late = getattr(entry, "late_flag", None)
        if late is not None and LEVELS[late.level] > LEVELS[level]:
            level = late.level
        current = by_session.get(entry.session_id)
        if current is None:
            by_session[entry.session_id] = SessionFlag(
                entry.session.date, level, (entry.pk,) if LEVELS[level] else ()
            )
        elif LEVELS[level]:
            worst = level if LEVELS[level] > LEVELS[current.level] else current.level
            by_session[entry.session_id] = SessionFlag(
                current.session_date, worst, (*current.entry_ids, entry.pk)
            )
    return list(by_session.values())


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
    # A dismissed suggestion is a decision too: only flags after it count again.
    dismissed_at = dict(
        Suggestion.objects.filter(item__in=items, status=Suggestion.Status.DISMISSED)
        .values("item_id")
        .annotate(last=Max("decided_at"))
        .values_list("item_id", "last")
    )
    open_ones = {s.item_id: s for s in Suggestion.objects.open().filter(item__in=items)}
    created = []
    for item in items:
        last = last_changes.get(item.pk)
        since = max(
            (t for t in (last and last.created_at, dismissed_at.get(item.pk)) if t), default=None
        )
        proposal = suggest(_facts(item, last, routine_exercises), _session_flags(user, item, since))
        existing = open_ones.get(item.pk)
        if existing and (
            proposal is None
            or existing.kind != proposal.kind
            or existing.proposed != proposal.proposed.as_dict()
        ):
            existing.status = Suggestion.Status.STALE
            existing.decided_at = timezone.now()
            existing.save(update_fields=["status", "decided_at"])
            existing = None
        if proposal is not None and existing is None:
            created.append(
                Suggestion.objects.create(
                    user=user,
                    item=item,
                    kind=proposal.kind,
                    reason=proposal.reason,
                    proposed=proposal.proposed.as_dict(),
                    item_revision=item.revision,
                    flag_entries=list(proposal.flag_entries),
                )
            )
    return created


def _apply(item: RoutineItem, prescription: Prescription) -> RoutineItem:
    item.exercise_id = prescription.exercise_id
    item.sets = prescription.sets
    item.reps = prescription.reps
    item.hold_seconds = prescription.hold_seconds
    item.is_paused = prescription.paused
    item.revision += 1
    item.save(update_fields=["exercise", "sets", "reps", "hold_seconds", "is_paused", "revision"])
    return item


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str
    adjustment: Adjustment | None = None


def accept_suggestion(suggestion: Suggestion) -> Outcome:
    """Apply a suggestion once, and only to the item as it was when suggested."""
    with transaction.atomic():
        suggestion = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
        if suggestion.status != Suggestion.Status.OPEN:
            return Outcome(False, _("This suggestion was already dealt with; nothing changed."))
        item = RoutineItem.objects.select_for_update().get(pk=suggestion.item_id)
        if item.revision != suggestion.item_revision:
            suggestion.status = Suggestion.Status.STALE
            suggestion.decided_at = timezone.now()
            suggestion.save(update_fields=["status", "decided_at"])
            return Outcome(
                False,
                _("This exercise was changed after the suggestion was made, so nothing changed."),
            )
        before = item_prescription(item)
        _apply(item, Prescription.from_dict(suggestion.proposed))
        adjustment = Adjustment.objects.create(
            user=suggestion.user,
            item=item,
            kind=suggestion.kind,
            reason=suggestion.reason,
            before=before.as_dict(),
            after=suggestion.proposed,
            flag_entries=suggestion.flag_entries,
            suggestion=suggestion,
            revision_after=item.revision,
        )
        suggestion.status = Suggestion.Status.ACCEPTED
        suggestion.decided_at = timezone.now()
        suggestion.save(update_fields=["status", "decided_at"])
    return Outcome(True, _("Routine updated. You can undo this below."), adjustment)


def dismiss_suggestion(suggestion: Suggestion) -> Outcome:
    updated = Suggestion.objects.filter(pk=suggestion.pk, status=Suggestion.Status.OPEN).update(
        status=Suggestion.Status.DISMISSED, decided_at=timezone.now()
    )
    if not updated:
        return Outcome(False, _("This suggestion was already dealt with; nothing changed."))
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
        _apply(item, Prescription.from_dict(adjustment.before))
        undo = Adjustment.objects.create(
            user=adjustment.user,
            item=item,
            kind=AdjustmentKind.UNDO,
            reason=_("Undid: %(reason)s") % {"reason": adjustment.reason}
            if adjustment.kind != AdjustmentKind.UNDO
            else adjustment.reason.removeprefix("Undid: "),
            before=adjustment.after,
            after=adjustment.before,
            reverts=adjustment,
            revision_after=item.revision,
        )
    return Outcome(True, _("Change undone. The earlier prescription is back."), undo)


def save_late_flags(user, levels: dict[int, str], reported_on: date) -> list[int]:
    """Record "it hurt later" on yesterday's entries; returns the exercises involved."""
    entries = ExerciseEntry.objects.filter(session__user=user, pk__in=levels)
    exercises = []
    for entry in entries:
        level = levels[entry.pk]
        if level == "none":
            LateFlag.objects.filter(entry=entry).delete()
            continue
        LateFlag.objects.update_or_create(
            entry=entry, defaults={"level": level, "reported_on": reported_on}
        )
        exercises.append(entry.exercise_id)
    return exercises


def set_gentle_day(user, day: date, on: bool) -> None:
    if on:
        GentleDay.objects.get_or_create(user=user, date=day)
    else:
        GentleDay.objects.for_user(user).filter(date=day).delete()

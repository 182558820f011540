from dataclasses import replace

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Case, Exists, OuterRef, Q, Subquery, When
from django.db.models.functions import Lower
from django.db.models.lookups import In
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from exercises.in_memory import attach
from exercises.models import (
    MAX_HOLD_SECONDS,
    MAX_REPS,
    MAX_SETS,
    Exercise,
    describe_dosage,
)

from ..adjustments import EASING_KINDS, Alternative, ItemFacts, Prescription, easing_in_force
from .base import UserOwnedQuerySet


class RoutineQuerySet(UserOwnedQuerySet):
    def active(self):
        return self.filter(is_active=True)


class Routine(models.Model):
    """An ordered list of exercises with their prescriptions. One per user is active."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=60)
    is_active = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RoutineQuerySet.as_manager()

    class Meta:
        ordering = ["-is_active", "name"]
        constraints = [
            # "Morning" and "morning" are one name: the form says so, and two requests at
            # the same moment can't both get past it.
            models.UniqueConstraint(
                "user", Lower("name"), name="unique_routine_name_per_user_any_case"
            ),
            models.UniqueConstraint(
                fields=["user"], condition=Q(is_active=True), name="one_active_routine_per_user"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("tracking:routine-detail", args=[self.pk])

    def checklist_items(self, *, gentle: bool, texts: bool = False) -> list["RoutineItem"]:
        """The day's exercises, in order: the unpaused ones, and on a gentle day not the
        challenging ones. Their exercises are the library's shared ones (exercises/in_memory.py),
        or with ``texts`` their own, for a page that adds to them (the guided session's steps)."""
        return self.checklist(gentle=gentle, texts=texts)[0]

    def checklist(self, *, gentle: bool, texts: bool = False) -> tuple[list["RoutineItem"], int]:
        """``checklist_items`` and how many items are paused, from one query."""
        every = list(self.items.select_related("exercise")) if texts else attach(self.items.all())
        shown = [
            item
            for item in every
            if not item.is_paused
            and not (gentle and item.exercise.intensity == Exercise.Intensity.CHALLENGING)
        ]
        return shown, sum(item.is_paused for item in every)


class RoutineItemQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(routine__user=user)

    def unpaused(self):
        return self.filter(is_paused=False)

    def note_eased_or_open(self) -> int:
        """Recompute ``eased_or_open`` for these items from their suggestions and changes,
        in one UPDATE. Every write to an item's suggestions or changes calls it."""
        from .suggestions import Adjustment, Suggestion

        last_kind = Subquery(
            Adjustment.objects.filter(item=OuterRef("pk"))
            .order_by("-created_at", "-pk")
            .values("kind")[:1]
        )
        open_one = Exists(Suggestion.objects.open().filter(item=OuterRef("pk")))
        eased = In(last_kind, sorted(EASING_KINDS))
        return self.update(
            eased_or_open=Case(When(Q(open_one) | Q(eased), then=True), default=False)
        )


class RoutineItem(models.Model):
    """One exercise in a routine with its own prescription (per side where the exercise is)."""

    routine = models.ForeignKey(Routine, on_delete=models.CASCADE, related_name="items")
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveIntegerField(default=0)
    sets = models.PositiveSmallIntegerField(
        _("sets"), default=1, validators=[MinValueValidator(1), MaxValueValidator(MAX_SETS)]
    )
    reps = models.PositiveSmallIntegerField(
        _("reps"), default=0, validators=[MaxValueValidator(MAX_REPS)]
    )
    hold_seconds = models.PositiveSmallIntegerField(
        _("hold (s)"), default=0, validators=[MaxValueValidator(MAX_HOLD_SECONDS)]
    )
    is_paused = models.BooleanField(_("paused"), default=False)
    # Bumped on every change, so a stale edit or suggestion can be detected and refused.
    revision = models.PositiveIntegerField(default=1)
    # Whether the item's last change eased it off (a lighter dose or a swap, which pain-free
    # sessions can step back up from) or it has an open suggestion (which a pain-free
    # session can make out of date): then a save without flags runs the rules for it, else
    # it need not. Kept by ``note_eased_or_open`` on every write to suggestions and changes.
    eased_or_open = models.BooleanField(default=False, editable=False)

    objects = RoutineItemQuerySet.as_manager()

    PRESCRIPTION_FIELDS = ["exercise", "sets", "reps", "hold_seconds", "is_paused"]

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(sets__gte=1, sets__lte=MAX_SETS), name="item_sets_in_range"
            ),
            models.CheckConstraint(condition=Q(reps__lte=MAX_REPS), name="item_reps_in_range"),
            models.CheckConstraint(
                condition=Q(hold_seconds__lte=MAX_HOLD_SECONDS), name="item_hold_in_range"
            ),
        ]

    def __str__(self):
        return f"{self.exercise} in {self.routine}"

    def dosage_text(self) -> str:
        return describe_dosage(self.sets, self.reps, self.hold_seconds, self.exercise.per_side)

    @classmethod
    def from_exercise(cls, routine: Routine, exercise: Exercise, position: int) -> "RoutineItem":
        """A new item with the library's default dosage."""
        return cls(
            routine=routine,
            exercise=exercise,
            position=position,
            sets=exercise.default_sets,
            reps=exercise.default_reps,
            hold_seconds=exercise.default_hold_seconds,
        )

    @property
    def prescription(self) -> Prescription:
        """What the routine asks for today, as the adjustment rules read it."""
        return Prescription(
            self.exercise_id, self.sets, self.reps, self.hold_seconds, self.is_paused
        )

    def take(self, prescription: Prescription) -> None:
        """Adopt a new prescription in memory and bump the revision (no query)."""
        self.exercise_id = prescription.exercise_id
        self.sets = prescription.sets
        self.reps = prescription.reps
        self.hold_seconds = prescription.hold_seconds
        self.is_paused = prescription.paused
        self.revision += 1

    def apply(self, prescription: Prescription) -> None:
        """Save a new prescription with a new revision.

        Every change of prescription goes through here, so a suggestion or an undo made for
        the old prescription can tell that it is out of date. Call it with the row locked
        (``select_for_update``), or use ``change``.
        """
        self.take(prescription)
        self.save(update_fields=[*self.PRESCRIPTION_FIELDS, "revision"])

    def change(self, **fields) -> bool:
        """Change some prescription fields (``sets``, ``paused``, ...) under a row lock.

        Returns False, and keeps the revision, when the values are already in place: a
        double tap on Pause changes nothing the second time.
        """
        with transaction.atomic():
            locked = RoutineItem.objects.select_for_update().get(pk=self.pk)
            new = replace(locked.prescription, **fields)
            if new == locked.prescription:
                changed = False
            else:
                locked.apply(new)
                changed = True
        for name in ["exercise_id", "sets", "reps", "hold_seconds", "is_paused", "revision"]:
            setattr(self, name, getattr(locked, name))
        return changed

    def facts(self, last_change, routine_exercise_ids: set[int]) -> ItemFacts:
        """What the adjustment rules need to know about this item.

        ``last_change`` is the item's latest Adjustment (or None); ``exercise.gentler_alternative``
        should be selected with the item.
        """
        exercise = self.exercise
        gentler = exercise.gentler_alternative
        alternative = None
        if gentler is not None and gentler.is_active:
            alternative = Alternative(
                exercise_id=gentler.pk,
                name=gentler.name,
                default=Prescription(
                    gentler.pk,
                    gentler.default_sets,
                    gentler.default_reps,
                    gentler.default_hold_seconds,
                ),
                in_routine=gentler.pk in routine_exercise_ids,
            )
        before, kind = easing_in_force(
            last_change.kind if last_change else None, last_change.before if last_change else None
        )
        return ItemFacts(
            name=exercise.name,
            current=self.prescription,
            alternative=alternative,
            before_last_easing=before,
            easing_kind=kind,
        )

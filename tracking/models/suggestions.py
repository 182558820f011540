from collections.abc import Mapping

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from exercises.models import Exercise

from ..reasons import reason_shown
from .base import UserOwnedQuerySet
from .routines import RoutineItem


class AdjustmentKind(models.TextChoices):
    REDUCE = "reduce", _("Lighter dose")
    SWAP = "swap", _("Gentler exercise")
    PAUSE = "pause", _("Pause")
    STEP_UP = "step_up", _("Step back up")
    UNDO = "undo", _("Undo")


class SuggestionQuerySet(UserOwnedQuerySet):
    def open(self):
        return self.filter(status=Suggestion.Status.OPEN)


class Suggestion(models.Model):
    """A proposed change to a routine item, with the reason in plain words (any language)."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "accepted", _("Accepted")
        DISMISSED = "dismissed", _("Dismissed")
        STALE = "stale", _("Out of date")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    item = models.ForeignKey(RoutineItem, on_delete=models.CASCADE, related_name="suggestions")
    kind = models.CharField(max_length=10, choices=AdjustmentKind.choices)
    # The reason in English words; ``reason_parts`` holds it as data (tracking/reasons.py).
    reason = models.CharField(max_length=300)
    reason_parts = models.JSONField(default=list, blank=True)
    # The prescription to apply: {"exercise": id, "sets", "reps", "hold_seconds", "paused"}.
    proposed = models.JSONField()
    # The item's revision when suggested: a change since makes the suggestion out of date.
    item_revision = models.PositiveIntegerField()
    flag_entries = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["item"], condition=Q(status="open"), name="one_open_suggestion_per_item"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.reason}"

    def reason_text(self, exercises: Mapping[int, Exercise] | None = None) -> str:
        """The reason in the active language, exercises named in it: from ``reason_parts``
        when there are any, else the English words stored (rows and imports from before).
        Pass the exercises by id when already loaded, or one query reads them."""
        return reason_shown(self.reason_parts, self.reason, exercises)


class Adjustment(models.Model):
    """An accepted change to a routine item: before and after, why, and when. Undoable."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    item = models.ForeignKey(
        RoutineItem, null=True, on_delete=models.SET_NULL, related_name="adjustments"
    )
    kind = models.CharField(max_length=10, choices=AdjustmentKind.choices)
    # As on Suggestion: English words, and the same reason as data.
    reason = models.CharField(max_length=300)
    reason_parts = models.JSONField(default=list, blank=True)
    before = models.JSONField()
    after = models.JSONField()
    flag_entries = models.JSONField(default=list, blank=True)
    suggestion = models.OneToOneField(
        Suggestion, null=True, blank=True, on_delete=models.SET_NULL, related_name="adjustment"
    )
    reverts = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reverted_by"
    )
    # The item's revision right after this change: undo is only safe while it still matches.
    revision_after = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    objects = UserOwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The routine timeline and the chart markers read a user's adjustments by date.
            models.Index(fields=["user", "created_at"], name="adjustment_user_created"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.reason}"

    def reason_text(self, exercises: Mapping[int, Exercise] | None = None) -> str:
        """The reason in the active language, exercises named in it: from ``reason_parts``
        when there are any, else the English words stored (rows and imports from before).
        Pass the exercises by id when already loaded, or one query reads them."""
        return reason_shown(self.reason_parts, self.reason, exercises)

    @property
    def kind_label(self) -> str:
        """``get_kind_display()`` for a timeline of many changes: Django's hashes every
        (lazy) choice on each call, about 40 µs a change."""
        return str(AdjustmentKind(self.kind).label)

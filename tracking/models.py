import uuid
from datetime import date, timedelta

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from exercises.models import Exercise, describe_dosage

# Limits shared by forms, constraints and tests.
MAX_SETS = 20
MAX_REPS = 200
MAX_HOLD_SECONDS = 600
MIN_DURATION, MAX_DURATION = 1, 240
MAX_NOTE = 2000
BACKFILL_DAYS = 366


class BodyArea(models.TextChoices):
    NECK = "neck", _("Neck")
    UPPER_BACK = "upper_back", _("Upper back")
    MID_BACK = "mid_back", _("Mid back")
    LOWER_BACK = "lower_back", _("Lower back")
    HIPS = "hips", _("Hips")
    LEGS = "legs", _("Legs")


class Discomfort(models.TextChoices):
    NONE = "none", _("None")
    MILD = "mild", _("Mild")
    MODERATE = "moderate", _("Moderate")
    SHARP = "sharp", _("Sharp")


def earliest_backfill(today: date) -> date:
    """The oldest day a user may still log: one year back."""
    return today - timedelta(days=BACKFILL_DAYS - 1)


class UserOwnedQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)


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
            models.UniqueConstraint(fields=["user", "name"], name="unique_routine_name_per_user"),
            models.UniqueConstraint(
                fields=["user"], condition=Q(is_active=True), name="one_active_routine_per_user"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("tracking:routine-detail", args=[self.pk])


class RoutineItemQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(routine__user=user)

    def unpaused(self):
        return self.filter(is_paused=False)


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

    objects = RoutineItemQuerySet.as_manager()

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


class DatedQuerySet(UserOwnedQuerySet):
    """A user's rows that belong to one calendar day each (sessions, check-ins)."""

    def between(self, first: date, last: date):
        return self.filter(date__range=(first, last))


class Session(models.Model):
    """One exercise session on a local calendar day. Several per day are allowed."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    routine = models.ForeignKey(
        Routine, null=True, blank=True, on_delete=models.SET_NULL, related_name="sessions"
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(MIN_DURATION), MaxValueValidator(MAX_DURATION)],
    )
    notes = models.TextField(_("notes"), blank=True, validators=[MaxLengthValidator(MAX_NOTE)])
    # One token per form shown: a double tap, a retry or the back button cannot save twice.
    idempotency_key = models.UUIDField(default=uuid.uuid4, editable=False)
    # Optimistic locking: an edit based on an older version is refused, not merged blindly.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DatedQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "idempotency_key"], name="unique_session_idempotency_key"
            ),
            models.CheckConstraint(
                condition=Q(duration_minutes__isnull=True)
                | Q(duration_minutes__gte=MIN_DURATION, duration_minutes__lte=MAX_DURATION),
                name="session_duration_in_range",
            ),
        ]
        indexes = [
            # History and the streak figures read a user's sessions by date.
            models.Index(fields=["user", "date"], name="session_user_date"),
        ]

    def __str__(self):
        return f"Session on {self.date}"

    def get_absolute_url(self):
        return reverse("tracking:session-edit", args=[self.pk])


class ExerciseEntry(models.Model):
    """What was done of one exercise in a session, and whether it hurt."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="entries")
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="+")
    routine_item = models.ForeignKey(
        RoutineItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="entries"
    )
    position = models.PositiveIntegerField(default=0)
    completed = models.BooleanField(_("done"), default=False)
    sets = models.PositiveSmallIntegerField(
        _("sets"), default=0, validators=[MaxValueValidator(MAX_SETS)]
    )
    reps = models.PositiveSmallIntegerField(
        _("reps"), default=0, validators=[MaxValueValidator(MAX_REPS)]
    )
    hold_seconds = models.PositiveSmallIntegerField(
        _("hold (s)"), default=0, validators=[MaxValueValidator(MAX_HOLD_SECONDS)]
    )
    discomfort = models.CharField(
        _("discomfort"), max_length=10, choices=Discomfort.choices, default=Discomfort.NONE
    )
    discomfort_area = models.CharField(
        _("where"), max_length=12, choices=BodyArea.choices, blank=True
    )
    discomfort_note = models.CharField(_("note"), max_length=MAX_NOTE, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name_plural = _("exercise entries")
        constraints = [
            models.CheckConstraint(condition=Q(sets__lte=MAX_SETS), name="entry_sets_in_range"),
            models.CheckConstraint(condition=Q(reps__lte=MAX_REPS), name="entry_reps_in_range"),
            models.CheckConstraint(
                condition=Q(hold_seconds__lte=MAX_HOLD_SECONDS), name="entry_hold_in_range"
            ),
        ]

    def __str__(self):
        return f"{self.exercise} on {self.session.date}"

    @property
    def flagged(self) -> bool:
        return self.discomfort != Discomfort.NONE

    def dosage_text(self) -> str:
        return describe_dosage(
            max(self.sets, 1), self.reps, self.hold_seconds, self.exercise.per_side
        )


class CheckIn(models.Model):
    """How the back feels on a day (0-10), with or without exercise. One per user per day."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    discomfort = models.PositiveSmallIntegerField(
        _("how your back feels"), validators=[MaxValueValidator(10)]
    )
    areas = models.JSONField(_("where it hurts"), default=list, blank=True)
    notes = models.TextField(_("notes"), blank=True, validators=[MaxLengthValidator(MAX_NOTE)])
    rest_for_discomfort = models.BooleanField(
        _("resting today because of discomfort"), default=False
    )
    red_flags = models.JSONField(_("warning signs"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DatedQuerySet.as_manager()

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["user", "date"], name="one_checkin_per_user_per_day"),
            models.CheckConstraint(
                condition=Q(discomfort__gte=0, discomfort__lte=10),
                name="checkin_discomfort_0_to_10",
            ),
        ]

    def __str__(self):
        return f"Check-in on {self.date}: {self.discomfort}/10"

    def get_absolute_url(self):
        return reverse("tracking:checkin-edit", args=[self.pk])

    def area_labels(self) -> list[str]:
        labels = dict(BodyArea.choices)
        return [str(labels[a]) for a in self.areas if a in labels]

    def red_flag_labels(self) -> list[str]:
        labels = dict(RedFlag.choices)
        return [str(labels[f]) for f in self.red_flags if f in labels]


class RedFlag(models.TextChoices):
    """Standard back-pain warning signs: stop, and seek medical care promptly."""

    NUMBNESS = "numbness", _("Numbness or tingling in the groin or legs")
    LEG_WEAKNESS = "leg_weakness", _("New weakness in the legs")
    BLADDER_BOWEL = "bladder_bowel", _("Loss of bladder or bowel control")
    AFTER_FALL = "after_fall", _("Pain that started after a fall or accident")
    FEVER = "fever", _("Fever together with back pain")
    SEVERE = "severe", _("Severe pain that does not ease with rest")


class LateFlag(models.Model):
    """Discomfort noticed the day after: counts as a flag on yesterday's exercise."""

    entry = models.OneToOneField(ExerciseEntry, on_delete=models.CASCADE, related_name="late_flag")
    level = models.CharField(max_length=10, choices=Discomfort.choices)
    reported_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(level__in=["mild", "moderate", "sharp"]), name="late_flag_is_a_flag"
            )
        ]

    def __str__(self):
        return f"{self.get_level_display()} later, after {self.entry}"


class GentleDay(models.Model):
    """A day on which Today leaves out the challenging exercises."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    date = models.DateField()

    objects = UserOwnedQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "date"], name="one_gentle_day_per_date")
        ]

    def __str__(self):
        return f"Gentle day {self.date}"


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
    """A proposed change to a routine item, with the reason in plain words."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "accepted", _("Accepted")
        DISMISSED = "dismissed", _("Dismissed")
        STALE = "stale", _("Out of date")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    item = models.ForeignKey(RoutineItem, on_delete=models.CASCADE, related_name="suggestions")
    kind = models.CharField(max_length=10, choices=AdjustmentKind.choices)
    reason = models.CharField(max_length=300)
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


class Adjustment(models.Model):
    """An accepted change to a routine item: before and after, why, and when. Undoable."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    item = models.ForeignKey(
        RoutineItem, null=True, on_delete=models.SET_NULL, related_name="adjustments"
    )
    kind = models.CharField(max_length=10, choices=AdjustmentKind.choices)
    reason = models.CharField(max_length=300)
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

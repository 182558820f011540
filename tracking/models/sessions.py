import uuid
from datetime import date, timedelta

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from exercises.in_memory import attach
from exercises.models import (
    MAX_HOLD_SECONDS,
    MAX_REPS,
    MAX_SETS,
    Exercise,
    describe_dosage,
    without_long_texts,
)

from .base import MAX_NOTE, BodyArea, DatedQuerySet
from .routines import Routine, RoutineItem

MIN_DURATION, MAX_DURATION = 1, 240
BACKFILL_DAYS = 366


def earliest_backfill(today: date) -> date:
    """The oldest day a user may still log: one year back."""
    return today - timedelta(days=BACKFILL_DAYS - 1)


class Discomfort(models.TextChoices):
    # Translators: how uncomfortable an exercise was: no discomfort at all.
    NONE = "none", pgettext_lazy("discomfort", "None")
    # Translators: how uncomfortable an exercise was.
    MILD = "mild", pgettext_lazy("discomfort", "Mild")
    # Translators: how uncomfortable an exercise was.
    MODERATE = "moderate", pgettext_lazy("discomfort", "Moderate")
    # Translators: how uncomfortable an exercise was: a sharp pain.
    SHARP = "sharp", pgettext_lazy("discomfort", "Sharp")


# A flag in words, whole, so each language can word it its own way.
FLAG_TEXT = {
    Discomfort.MILD: _("mild discomfort"),
    Discomfort.MODERATE: _("moderate discomfort"),
    Discomfort.SHARP: _("sharp discomfort"),
}


class SessionQuerySet(DatedQuerySet):
    def with_entries(self, *, join_exercises: bool = True):
        """Each session's entries, in two queries however many sessions: with their exercises
        joined (named, not their long texts), or without them for a page that takes them
        from the library in memory (``entries_named``)."""
        entries = ExerciseEntry.objects.all()
        if join_exercises:
            entries = entries.select_related("exercise").defer(*without_long_texts("exercise"))
        return self.prefetch_related(Prefetch("entries", queryset=entries))


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

    objects = SessionQuerySet.as_manager()

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
        # Shown when deleting it from History, so in the reader's words and date format.
        return gettext("Session on %(date)s") % {"date": date_format(self.date)}

    def get_absolute_url(self):
        return reverse("tracking:session-edit", args=[self.pk])


class ExerciseEntryQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(session__user=user)


class ExerciseEntry(models.Model):
    """What was done of one exercise in a session, and whether it hurt."""

    # What a person records for each exercise, in this order. The checklist form, the
    # session services, the JSON export, the CSV table and the demo data all read this list.
    RECORD_FIELDS = [
        "completed",
        "sets",
        "reps",
        "hold_seconds",
        "discomfort",
        "discomfort_area",
        "discomfort_note",
    ]

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

    objects = ExerciseEntryQuerySet.as_manager()

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

    @classmethod
    def done_as_prescribed(cls, item: RoutineItem) -> "ExerciseEntry":
        """What "Did it all" logs for a routine item: done, at its prescription, no flag."""
        return cls(
            exercise=item.exercise,
            routine_item=item,
            completed=True,
            sets=item.sets,
            reps=item.reps,
            hold_seconds=item.hold_seconds,
        )

    @property
    def flagged(self) -> bool:
        return self.discomfort != Discomfort.NONE

    @property
    def flag_text(self) -> str:
        """The flag as shown on a badge ("mild discomfort"), empty when not flagged."""
        return str(FLAG_TEXT.get(self.discomfort, ""))

    def worth_saving(self) -> bool:
        """Done, or flagged even if skipped: a row that is neither says nothing."""
        return self.completed or self.flagged

    def record(self) -> dict:
        """The recorded values, by RECORD_FIELDS."""
        return {name: getattr(self, name) for name in self.RECORD_FIELDS}

    def dosage_text(self) -> str:
        return describe_dosage(
            max(self.sets, 1), self.reps, self.hold_seconds, self.exercise.per_side
        )


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


def entries_named(sessions: list["Session"]) -> list["Session"]:
    """Sessions read ``with_entries(join_exercises=False)``, each entry given its exercise
    from the library in memory: no join, and no query per entry."""
    attach([entry for session in sessions for entry in session.entries.all()])
    return sessions

import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modeltranslation.utils import build_localized_fieldname, get_language

# Dosage limits, the one home for them: the library, routines, logged entries, their forms
# and the import all read these.
MAX_SETS = 20
MAX_REPS = 200
MAX_HOLD_SECONDS = 600

# The language the library is written in, and the one a missing translation falls back to
# (settings.MODELTRANSLATION_DEFAULT_LANGUAGE; the texts' columns: exercises/translation.py).
SOURCE_LANGUAGE = "en-gb"


class FocusArea(models.Model):
    """A part of the body an exercise works: core, neck, lower back..."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=40)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order in filters.")
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")

    def __str__(self):
        return self.name


class ExerciseQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def search(self, text: str):
        """Exercises whose name or summary contains every word of ``text``, in the active
        language or in English (a German speaker who types "plank" still finds the Plank),
        with accents and case aside ("rotacion" finds "rotación"). The matching is done here,
        not in SQL, because neither SQLite nor a plain PostgreSQL ignores accents; one query
        over a library of a few dozen rows."""
        words = [sort_key(word) for word in text.split()]
        if not words:
            return self
        languages = dict.fromkeys([get_language(), SOURCE_LANGUAGE])
        columns = [
            build_localized_fieldname(field, language)
            for language in languages
            for field in ("name", "summary")
        ]
        matching = [
            pk
            for pk, *texts in self.values_list("pk", *columns)
            if all(any(word in sort_key(t or "") for t in texts) for word in words)
        ]
        return self.filter(pk__in=matching)

    def in_focus(self, slugs):
        """Exercises that work any of the given focus areas."""
        return self.filter(focus_areas__slug__in=slugs).distinct() if slugs else self

    def with_intensity(self, values):
        return self.filter(intensity__in=values) if values else self


class Exercise(models.Model):
    class Kind(models.TextChoices):
        HOLD = "hold", pgettext_lazy("exercise kind", "Hold")
        REPS = "reps", pgettext_lazy("exercise kind", "Repetitions")
        STRETCH = "stretch", pgettext_lazy("exercise kind", "Stretch")

    class Intensity(models.TextChoices):
        GENTLE = "gentle", pgettext_lazy("intensity", "Gentle")
        MODERATE = "moderate", pgettext_lazy("intensity", "Moderate")
        CHALLENGING = "challenging", pgettext_lazy("intensity", "Challenging")

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    summary = models.CharField(
        _("summary"), max_length=240, help_text=_("One sentence for the list.")
    )
    benefits = models.TextField(_("benefits"), help_text=_("Why this exercise helps the back."))
    cautions = models.TextField(
        _("safety cues"),
        help_text=_("Safety cues, one per line."),
    )
    skip_if = models.TextField(
        _("who should skip it"),
        blank=True,
        help_text=_("Who should leave this exercise out, or ask a professional first."),
    )
    start_alt = models.CharField(
        _("start picture text"),
        max_length=240,
        blank=True,
        help_text=_("Describes the starting position and its cue, for people who can't see it."),
    )
    end_alt = models.CharField(
        _("end picture text"),
        max_length=240,
        blank=True,
        help_text=_("Describes the end position and its cue."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    per_side = models.BooleanField(_("done on each side"), default=False)
    focus_areas = models.ManyToManyField(
        FocusArea, verbose_name=_("focus areas"), related_name="exercises"
    )
    intensity = models.CharField(_("intensity"), max_length=12, choices=Intensity.choices)
    default_sets = models.PositiveSmallIntegerField(_("sets"), default=1)
    default_reps = models.PositiveSmallIntegerField(
        _("repetitions"),
        default=0,
        help_text=_("Repetitions per set (per side); 0 for a pure hold."),
    )
    default_hold_seconds = models.PositiveSmallIntegerField(
        _("hold (seconds)"),
        default=0,
        help_text=_("Seconds to hold (per repetition or per side); 0 if none."),
    )
    gentler_alternative = models.ForeignKey(
        "self",
        verbose_name=_("gentler alternative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="harder_variants",
        help_text=_("Suggested instead when this exercise causes discomfort."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    objects = ExerciseQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("exercise")
        verbose_name_plural = _("exercises")
        constraints = [
            models.CheckConstraint(
                condition=Q(default_sets__gte=1, default_sets__lte=MAX_SETS),
                name="exercise_sets_1_to_20",
            ),
            models.CheckConstraint(
                condition=Q(default_reps__lte=MAX_REPS), name="exercise_reps_at_most_200"
            ),
            models.CheckConstraint(
                condition=Q(default_hold_seconds__lte=MAX_HOLD_SECONDS),
                name="exercise_hold_at_most_600",
            ),
            models.CheckConstraint(
                condition=Q(default_reps__gt=0) | Q(default_hold_seconds__gt=0),
                name="exercise_has_a_dosage",
            ),
            models.CheckConstraint(
                condition=~Q(gentler_alternative=models.F("pk")),
                name="exercise_not_its_own_alternative",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("exercises:detail", args=[self.slug])

    def figure_path(self) -> str:
        """The drawing's static path: one SVG per exercise with a ``start`` and an ``end``
        position (static/exercises/, drawn by scripts/draw_exercises.py)."""
        return f"exercises/{self.slug}.svg"

    def caution_list(self) -> list[str]:
        return [line.strip() for line in self.cautions.splitlines() if line.strip()]

    def dosage_text(self) -> str:
        """The default prescription in words, e.g. "3 sets × 8 reps, hold 3 s, each side"."""
        return describe_dosage(
            self.default_sets, self.default_reps, self.default_hold_seconds, self.per_side
        )


# The library's long texts. A checklist row, a suggestion or a reason names an exercise and
# its dose and reads none of them: ``without_long_texts`` leaves their columns out.
LONG_TEXTS = ("summary", "benefits", "cautions", "skip_if", "start_alt", "end_alt")


def without_long_texts(*paths: str) -> list[str]:
    """The arguments of ``QuerySet.defer`` that leave out the long texts, in every language,
    of the exercise at each related ``path`` ("exercise", "item__exercise", ...)."""
    columns = [
        column
        for text in LONG_TEXTS
        for column in (
            text,
            *(build_localized_fieldname(text, code) for code, _n in settings.LANGUAGES),
        )
    ]
    return [f"{path}__{column}" for path in paths for column in columns]


def sort_key(text: str) -> str:
    """``text`` for sorting as a reader expects: without accents and case, so "Ángel" sorts
    under A and "Übung" under U (the databases sort by bytes, which puts them after Z)."""
    letters = unicodedata.normalize("NFKD", text)
    return "".join(c for c in letters if not unicodedata.combining(c)).casefold()


def alphabetical(exercises) -> list["Exercise"]:
    """Exercises by their name in the active language."""
    return sorted(exercises, key=lambda exercise: sort_key(exercise.name))


def describe_dosage(sets: int, reps: int, hold_seconds: int, per_side: bool) -> str:
    """A dose in words; each shape is one whole message, so translators can reorder it."""
    values = {"sets": sets, "reps": reps, "seconds": hold_seconds}
    if reps and hold_seconds:
        # Translators: a dose, e.g. "8 reps, hold 3 s"; "s" is seconds.
        text = ngettext(
            "%(reps)s rep, hold %(seconds)s s", "%(reps)s reps, hold %(seconds)s s", reps
        )
    elif reps:
        text = ngettext("%(reps)s rep", "%(reps)s reps", reps)
    elif hold_seconds:
        # Translators: a dose, e.g. "20 s hold"; "s" is seconds.
        text = ngettext("%(seconds)s s hold", "%(seconds)s s hold", hold_seconds)
    else:
        text = ""
    text %= values
    if sets > 1:
        # Translators: sets in front of a dose, e.g. "3 sets × 8 reps".
        text = ngettext("%(sets)s set × %(dose)s", "%(sets)s sets × %(dose)s", sets) % {
            **values,
            "dose": text,
        }
    if per_side:
        # Translators: a dose done on the left and on the right, e.g. "15 s hold, each side".
        text = _("%(dose)s, each side") % {"dose": text}
    return str(text)


class ExerciseStep(models.Model):
    """One numbered how-to step."""

    exercise = models.ForeignKey(
        Exercise, verbose_name=_("exercise"), on_delete=models.CASCADE, related_name="steps"
    )
    position = models.PositiveSmallIntegerField(_("position"))
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["exercise", "position"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        constraints = [
            models.UniqueConstraint(fields=["exercise", "position"], name="unique_step_position")
        ]

    def __str__(self):
        # Translators: names one how-to step in the admin, e.g. "Plank, step 2".
        return _("%(exercise)s, step %(position)s") % {
            "exercise": self.exercise,
            "position": self.position,
        }

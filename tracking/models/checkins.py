from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .base import MAX_NOTE, BodyArea, DatedQuerySet, UserOwnedQuerySet


class RedFlag(models.TextChoices):
    """Standard back-pain warning signs: stop, and seek medical care promptly."""

    NUMBNESS = "numbness", _("Numbness or tingling in the groin or legs")
    LEG_WEAKNESS = "leg_weakness", _("New weakness in the legs")
    BLADDER_BOWEL = "bladder_bowel", _("Loss of bladder or bowel control")
    AFTER_FALL = "after_fall", _("Pain that started after a fall or accident")
    FEVER = "fever", _("Fever together with back pain")
    SEVERE = "severe", _("Severe pain that does not ease with rest")


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
        # Shown when deleting it from History, so in the reader's words and date format.
        return gettext("Check-in on %(date)s: %(level)s/10") % {
            "date": date_format(self.date),
            "level": self.discomfort,
        }

    def get_absolute_url(self):
        return reverse("tracking:checkin-edit", args=[self.pk])

    def area_labels(self) -> list[str]:
        labels = dict(BodyArea.choices)
        return [str(labels[a]) for a in self.areas if a in labels]

    def red_flag_labels(self) -> list[str]:
        labels = dict(RedFlag.choices)
        return [str(labels[f]) for f in self.red_flags if f in labels]


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

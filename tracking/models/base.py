"""What the tracking models share: per-user scoping and the body areas."""

from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_NOTE = 2000


class BodyArea(models.TextChoices):
    NECK = "neck", _("Neck")
    UPPER_BACK = "upper_back", _("Upper back")
    MID_BACK = "mid_back", _("Mid back")
    LOWER_BACK = "lower_back", _("Lower back")
    HIPS = "hips", _("Hips")
    LEGS = "legs", _("Legs")


class UserOwnedQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)


class DatedQuerySet(UserOwnedQuerySet):
    """A user's rows that belong to one calendar day each (sessions, check-ins)."""

    def between(self, first: date, last: date):
        return self.filter(date__range=(first, last))

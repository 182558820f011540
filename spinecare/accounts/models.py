import unicodedata
import zoneinfo
from datetime import date

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.timezone import localtime, now
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .timezones import DEFAULT_TIMEZONE, is_valid_timezone


def validate_timezone(value: str) -> None:
    if not is_valid_timezone(value):
        raise ValidationError(
            _("Choose a time zone from the list, such as Europe/London or America/New_York.")
        )


def normalise_email(value: str) -> str:
    """The one form of an address that we store, look up, and count failed log-ins under.

    Python lowers the case, never the database: PostgreSQL's ``UPPER('ı')`` is ``'I'``, so a
    case-insensitive query found an account under an address that django-axes counted apart.
    NFKC first, as Django's log-in form does to what people type.
    """
    return unicodedata.normalize("NFKC", str(value)).strip().lower()


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=normalise_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def get_by_natural_key(self, username):
        """Log in with the e-mail address in any letter case: stored addresses are normalised."""
        return self.get(email=normalise_email(username))

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class WeekStart(models.IntegerChoices):
    """The first day of a person's week, numbered as Python's ``date.weekday()``."""

    # A context of their own: Django's dates translate the bare weekday names, and a
    # menu's capitalised "Lunes" must not leak into "lunes, 23 de noviembre".
    MONDAY = 0, pgettext_lazy("first day of the week", "Monday")
    SATURDAY = 5, pgettext_lazy("first day of the week", "Saturday")
    SUNDAY = 6, pgettext_lazy("first day of the week", "Sunday")


class User(AbstractBaseUser, PermissionsMixin):
    """A SpineCare user. The e-mail address is the login."""

    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIMEZONE,
        validators=[validate_timezone],
        help_text=_("Your days start and end at midnight in this time zone."),
    )
    weekly_goal = models.PositiveSmallIntegerField(
        _("weekly goal (days)"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(7)],
        help_text=_("On how many days a week you aim to do your routine."),
    )
    discomfort_threshold = models.PositiveSmallIntegerField(
        _("discomfort alert level"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_(
            "A daily check-in at or above this level (1-10) counts as a rest day for your "
            "streak and watches for discomfort that persists."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        db_default=settings.LANGUAGE_CODE,
        help_text=_("The language SpineCare speaks to you in, e-mails included."),
    )
    week_start = models.PositiveSmallIntegerField(
        _("first day of the week"),
        choices=WeekStart.choices,
        db_default=WeekStart.MONDAY,
        help_text=_("Your weeks, the heat-map's rows and the weekly goal start on this day."),
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []
    # What a person sets about themself: the Settings form and the admin's Profile show these.
    PROFILE_FIELDS = (
        "display_name",
        "language",
        "timezone",
        "week_start",
        "weekly_goal",
        "discomfort_threshold",
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(weekly_goal__gte=1, weekly_goal__lte=7),
                name="user_weekly_goal_1_to_7",
            ),
            models.CheckConstraint(
                condition=models.Q(discomfort_threshold__gte=1, discomfort_threshold__lte=10),
                name="user_discomfort_threshold_1_to_10",
            ),
        ]

    def __str__(self):
        return self.email

    @classmethod
    def normalize_username(cls, username):
        """Forms (the admin's too) store the address in the form log-in looks it up by."""
        return normalise_email(username)

    def get_short_name(self) -> str:
        return self.display_name or self.email.split("@")[0]

    def get_full_name(self) -> str:
        return self.display_name or self.email

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The user's time zone; UTC if the stored name is somehow unknown."""
        try:
            return zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)

    def local_today(self) -> date:
        """Today's date on the user's own calendar, which is what "today" means everywhere."""
        return localtime(now(), self.zone).date()

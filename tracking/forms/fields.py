"""Field builders the tracking forms share, each with errors that say what to do."""

from datetime import date

from django import forms
from django.utils.formats import date_format
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from exercises.models import MAX_HOLD_SECONDS, MAX_REPS, MAX_SETS

from ..models import MAX_NOTE, earliest_backfill


def lazy_format(message: Promise, values: dict) -> Promise:
    """``message % values``, worked out each time it is shown so that it speaks the reader's
    language. A lazy message formatted at import time would stay in the start-up language."""
    return lazy(lambda: message % values, str)()


def number_field(label, low: int, high: int, message, *, required=False) -> forms.IntegerField:
    """A whole-number field whose every error says the allowed range."""
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=low,
        max_value=high,
        error_messages=dict.fromkeys(["invalid", "min_value", "max_value", "required"], message),
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": low, "max": high}),
    )


def dose_fields(*, min_sets: int, required: bool) -> tuple[forms.IntegerField, ...]:
    """Sets, reps and hold: a prescription (at least one set) or what was done (0 or more)."""
    return (
        number_field(
            _("Sets"),
            min_sets,
            MAX_SETS,
            lazy_format(
                _("Enter sets from %(low)s to %(high)s."), {"low": min_sets, "high": MAX_SETS}
            ),
            required=required,
        ),
        number_field(
            _("Reps"),
            0,
            MAX_REPS,
            lazy_format(_("Enter reps from 0 to %(high)s."), {"high": MAX_REPS}),
            required=required,
        ),
        number_field(
            _("Hold (s)"),
            0,
            MAX_HOLD_SECONDS,
            lazy_format(_("Enter a hold from 0 to %(high)s seconds."), {"high": MAX_HOLD_SECONDS}),
            required=required,
        ),
    )


def note_error() -> dict:
    """The validator fills in its own ``limit_value`` when the message is shown."""
    return {
        "max_length": ngettext_lazy(
            "Keep notes to %(limit_value)d character or fewer.",
            "Keep notes to %(limit_value)d characters or fewer.",
            "limit_value",
        )
    }


def note_field() -> forms.CharField:
    return forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=MAX_NOTE,
        error_messages=note_error(),
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def date_field() -> forms.DateField:
    return forms.DateField(
        label=_("Date"),
        error_messages={
            "invalid": _("Enter a date such as 2026-03-14."),
            "required": _("Enter the date of this session."),
        },
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class LocalDateMixin:
    """A day on the user's own calendar: not in the future, at most a year back."""

    def clean_date(self):
        day: date = self.cleaned_data["date"]
        today = self.user.local_today()
        if day > today:
            raise forms.ValidationError(
                _("That day hasn't happened yet. Pick today or an earlier day.")
            )
        earliest = earliest_backfill(today)
        if day < earliest:
            raise forms.ValidationError(
                _("You can fill in days up to a year back, from %(day)s on.")
                % {"day": date_format(earliest)}
            )
        return day

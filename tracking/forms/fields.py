"""Field builders the tracking forms share, each with errors that say what to do."""

from dataclasses import dataclass
from datetime import date
from functools import cached_property

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


# Plain inputs ------------------------------------------------------------------------------
# The home page writes its check-in and session inputs as plain markup: through crispy and
# Django's widget templates they took ~40 template renders (about 10 ms a page). What
# the markup needs from each field is computed here once, in Python.


@dataclass(frozen=True)
class Option:
    """One radio button, checkbox or menu option of a choice field."""

    id: str
    value: str
    label: str
    checked: bool


@dataclass(frozen=True)
class PlainField:
    """A bound field for plain markup: its ``name``, ``id``, ``label`` and ``errors``;
    ``value`` written as its widget would write it; ``options`` for radios, checkboxes and
    menus; ``checked`` for a single checkbox; ``field`` for anything else."""

    field: forms.BoundField
    value: str
    options: list[Option]
    checked: bool
    name: str
    id: str
    label: str
    errors: list[str]


def plain_field(field: forms.BoundField) -> PlainField:
    widget = field.field.widget
    choices = (
        [(str(key), str(label)) for key, label in field.field.choices]
        if isinstance(widget, forms.widgets.ChoiceWidget)
        else []
    )
    return plain_markup(
        field, field.value(), field.html_name, field.auto_id, list(field.errors), choices
    )


def plain_markup(
    field: forms.BoundField,
    value,
    name: str,
    id: str,
    errors: list[str],
    choices: list[tuple[str, str]],
    label: str | None = None,
) -> PlainField:
    """A field's ``value`` under another ``name`` and ``id``: what ``plain_field`` gives for
    that field of a form with another prefix. ``choices`` are (key, label) as strings;
    ``label``, the field's label already in words, saves translating it again."""
    widget = field.field.widget
    options = []
    if isinstance(widget, forms.widgets.ChoiceWidget):
        values = value if isinstance(value, list | tuple) else [value]
        chosen = {str(v) for v in values if v is not None}
        options = [
            Option(f"{id}_{n}", key, label, key in chosen) for n, (key, label) in enumerate(choices)
        ]
    names = {"name": name, "id": id, "label": field.label if label is None else label}
    names["errors"] = errors
    if isinstance(widget, forms.CheckboxInput):
        return PlainField(field, "", options, bool(value), **names)
    formatted = None if options else widget.format_value(value)
    return PlainField(field, "" if formatted is None else str(formatted), options, False, **names)


class PlainFields(dict):
    """A form's fields for plain markup, each computed when first asked for."""

    def __init__(self, form: forms.BaseForm):
        super().__init__()
        self.form = form

    def __missing__(self, name: str) -> PlainField:
        if name not in self.form.fields:
            raise KeyError(name)
        self[name] = plain_field(self.form[name])
        return self[name]


class PlainInputsMixin:
    """``form.plain.<name>``: the form's fields ready for plain markup."""

    @cached_property
    def plain(self) -> PlainFields:
        return PlainFields(self)

    def plain_hidden(self) -> list[PlainField]:
        return [self.plain[field.name] for field in self.hidden_fields()]

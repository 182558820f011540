from datetime import date

from crispy_forms.helper import FormHelper
from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import (
    MAX_DURATION,
    MAX_HOLD_SECONDS,
    MAX_NOTE,
    MAX_REPS,
    MAX_SETS,
    MIN_DURATION,
    BodyArea,
    CheckIn,
    Discomfort,
    ExerciseEntry,
    RedFlag,
    Routine,
    RoutineItem,
    earliest_backfill,
)
from .services import EntryData

LATE_CHOICES = [
    ("none", _("No")),
    ("mild", _("Yes, mildly")),
    ("moderate", _("Yes, moderately")),
]


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


def note_field() -> forms.CharField:
    return forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=MAX_NOTE,
        error_messages={
            "max_length": _("Keep notes to %(limit)s characters or fewer.") % {"limit": MAX_NOTE}
        },
        widget=forms.Textarea(attrs={"rows": 2}),
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
                % {"day": date_format(earliest, "j M Y")}
            )
        return day


def date_field() -> forms.DateField:
    return forms.DateField(
        label=_("Date"),
        error_messages={
            "invalid": _("Enter a date such as 2026-03-14."),
            "required": _("Enter the date of this session."),
        },
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class SessionForm(LocalDateMixin, forms.Form):
    """The day's session: which routine, when, how long. Entries come from EntryForms."""

    key = forms.UUIDField(widget=forms.HiddenInput)
    routine = forms.ModelChoiceField(
        queryset=Routine.objects.none(),
        widget=forms.HiddenInput,
        error_messages={
            "invalid_choice": _("That routine isn't one of yours. Reload the page and try again."),
            "required": _("Choose a routine first."),
        },
    )
    date = date_field()
    duration_minutes = number_field(
        _("Minutes"),
        MIN_DURATION,
        MAX_DURATION,
        _("Enter minutes from %(low)s to %(high)s, or leave it empty.")
        % {"low": MIN_DURATION, "high": MAX_DURATION},
    )
    notes = note_field()

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        self.fields["routine"].queryset = Routine.objects.for_user(user)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class EntryForm(forms.Form):
    """One exercise of the checklist: done or not, what was done, and whether it hurt."""

    done = forms.BooleanField(label=_("Done"), required=False)
    sets = number_field(_("Sets"), 0, MAX_SETS, _("Enter sets from 0 to %s.") % MAX_SETS)
    reps = number_field(_("Reps"), 0, MAX_REPS, _("Enter reps from 0 to %s.") % MAX_REPS)
    hold_seconds = number_field(
        _("Hold (s)"),
        0,
        MAX_HOLD_SECONDS,
        _("Enter a hold from 0 to %s seconds.") % MAX_HOLD_SECONDS,
    )
    discomfort = forms.ChoiceField(
        label=_("Discomfort"),
        choices=Discomfort.choices,
        initial=Discomfort.NONE,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose none, mild, moderate or sharp.")},
    )
    discomfort_area = forms.ChoiceField(
        label=_("Where"),
        required=False,
        choices=[("", _("Choose an area (optional)")), *BodyArea.choices],
        error_messages={"invalid_choice": _("Choose an area from the list.")},
    )
    discomfort_note = forms.CharField(
        label=_("What did you feel?"),
        required=False,
        max_length=MAX_NOTE,
        error_messages={
            "max_length": _("Keep notes to %(limit)s characters or fewer.") % {"limit": MAX_NOTE}
        },
    )

    def __init__(self, *args, exercise, routine_item=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.exercise = exercise
        self.routine_item = routine_item
        for name in ("sets", "reps", "hold_seconds", "discomfort_note"):
            self.fields[name].widget.attrs["class"] = "form-control"
        self.fields["discomfort_area"].widget.attrs["class"] = "form-select"

    @classmethod
    def for_item(cls, item: RoutineItem, data=None) -> "EntryForm":
        """A checklist row for a routine item, pre-filled with its prescription."""
        return cls(
            data,
            prefix=f"item-{item.pk}",
            exercise=item.exercise,
            routine_item=item,
            initial={"sets": item.sets, "reps": item.reps, "hold_seconds": item.hold_seconds},
        )

    @classmethod
    def for_entry(cls, entry: ExerciseEntry, data=None) -> "EntryForm":
        return cls(
            data,
            prefix=f"entry-{entry.pk}",
            exercise=entry.exercise,
            routine_item=entry.routine_item,
            initial={
                "done": entry.completed,
                "sets": entry.sets,
                "reps": entry.reps,
                "hold_seconds": entry.hold_seconds,
                "discomfort": entry.discomfort,
                "discomfort_area": entry.discomfort_area,
                "discomfort_note": entry.discomfort_note,
            },
        )

    def amount_fields(self):
        return [self["sets"], self["reps"], self["hold_seconds"]]

    @property
    def is_flagged(self) -> bool:
        value = self["discomfort"].value()
        return bool(value) and value != Discomfort.NONE

    def entry_data(self) -> EntryData:
        data = self.cleaned_data
        flagged = data["discomfort"] != Discomfort.NONE
        return EntryData(
            exercise=self.exercise,
            routine_item=self.routine_item,
            completed=data["done"],
            sets=data["sets"] or 0,
            reps=data["reps"] or 0,
            hold_seconds=data["hold_seconds"] or 0,
            discomfort=data["discomfort"],
            discomfort_area=data["discomfort_area"] if flagged else "",
            discomfort_note=data["discomfort_note"] if flagged else "",
        )

    def matters(self) -> bool:
        """Worth saving: done, or flagged even if skipped."""
        return self.cleaned_data["done"] or self.cleaned_data["discomfort"] != Discomfort.NONE


class SessionEditForm(LocalDateMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    date = date_field()
    duration_minutes = SessionForm.base_fields["duration_minutes"]
    notes = note_field()

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class CheckInForm(LocalDateMixin, forms.ModelForm):
    """How the back feels today, 0-10, exercising or not."""

    date = date_field()
    discomfort = forms.TypedChoiceField(
        label=_("How does your back feel? (0 = no discomfort, 10 = worst)"),
        coerce=int,
        choices=[(n, str(n)) for n in range(11)],
        widget=forms.RadioSelect,
        error_messages=dict.fromkeys(
            ["invalid_choice", "required"], _("Choose how your back feels, from 0 to 10.")
        ),
    )
    red_flags = forms.MultipleChoiceField(
        label=_("Any of these warning signs?"),
        required=False,
        choices=RedFlag.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose warning signs from the list.")},
    )
    areas = forms.MultipleChoiceField(
        label=_("Where does it hurt? (optional)"),
        required=False,
        choices=BodyArea.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose areas from the list.")},
    )
    notes = note_field()

    class Meta:
        model = CheckIn
        fields = ["date", "discomfort", "areas", "notes", "rest_for_discomfort", "red_flags"]
        labels = {"rest_for_discomfort": _("I'm resting today because of discomfort")}

    def __init__(self, data=None, *, user, late_entries=(), **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        self.late_entries = list(late_entries)
        for entry in self.late_entries:
            late = getattr(entry, "late_flag", None)
            self.fields[f"late-{entry.pk}"] = forms.ChoiceField(
                label=entry.exercise.name,
                choices=LATE_CHOICES,
                initial=late.level if late else "none",
                required=False,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Choose no, mild or moderate.")},
            )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def late_fields(self):
        return [self[f"late-{entry.pk}"] for entry in self.late_entries]

    def late_levels(self) -> dict[int, str]:
        """{entry id: level} for yesterday's exercises, "none" when nothing hurt later."""
        return {
            entry.pk: self.cleaned_data.get(f"late-{entry.pk}") or "none"
            for entry in self.late_entries
        }


class CheckInEditForm(CheckInForm):
    """Editing one check-in from History: it may not move onto a day that has one already."""

    def clean(self):
        cleaned = super().clean()
        day = cleaned.get("date")
        if (
            day
            and CheckIn.objects.for_user(self.user)
            .filter(date=day)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            self.add_error(
                "date", _("You already have a check-in on that day. Edit that one instead.")
            )
        return cleaned

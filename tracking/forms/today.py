"""The day's checklist (a session and one row per exercise) and the daily check-in."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from django import forms
from django.utils.translation import gettext_lazy as _

from exercises.models import Exercise

from ..models import (
    MAX_DURATION,
    MAX_NOTE,
    MIN_DURATION,
    BodyArea,
    CheckIn,
    Discomfort,
    ExerciseEntry,
    RedFlag,
    Routine,
    RoutineItem,
)
from .fields import (
    LocalDateMixin,
    PlainField,
    PlainInputsMixin,
    date_field,
    dose_fields,
    lazy_format,
    note_error,
    note_field,
    number_field,
    plain_field,
    plain_markup,
)

LATE_CHOICES = [
    ("none", _("No")),
    ("mild", _("Yes, mildly")),
    ("moderate", _("Yes, moderately")),
]


def duration_field() -> forms.IntegerField:
    return number_field(
        _("Minutes"),
        MIN_DURATION,
        MAX_DURATION,
        lazy_format(
            _("Enter minutes from %(low)s to %(high)s, or leave it empty."),
            {"low": MIN_DURATION, "high": MAX_DURATION},
        ),
    )


class RoutineField(forms.ModelChoiceField):
    """One of the user's routines; a value that can't name one (a NUL byte, say) gets the
    same message as someone else's routine."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError as error:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from error


class SessionForm(PlainInputsMixin, LocalDateMixin, forms.Form):
    """The day's session: which routine, when, how long. Entries come from EntryForms."""

    key = forms.UUIDField(widget=forms.HiddenInput)
    routine = RoutineField(
        queryset=Routine.objects.none(),
        widget=forms.HiddenInput,
        error_messages={
            "invalid_choice": _("That routine isn't one of yours. Reload the page and try again."),
            "required": _("Choose a routine first."),
        },
    )
    date = date_field()
    duration_minutes = duration_field()
    notes = note_field()
    # Set by "Log another session": save a separate session instead of editing the day's.
    another = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        self.fields["routine"].queryset = Routine.objects.for_user(user)


class EntryForm(PlainInputsMixin, forms.ModelForm):
    """One exercise of the checklist: done or not, what was done, and whether it hurt.

    Bound to an ExerciseEntry: a new one for a routine item (``for_item``) or a logged one
    (``for_entry``); ``save(commit=False)`` gives the entry to the session services.
    """

    sets, reps, hold_seconds = dose_fields(min_sets=0, required=False)
    discomfort = forms.ChoiceField(
        label=_("Discomfort"),
        choices=Discomfort.choices,
        initial=Discomfort.NONE,
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
        error_messages=note_error(),
    )

    class Meta:
        model = ExerciseEntry
        fields = ExerciseEntry.RECORD_FIELDS
        labels = {"completed": _("Done")}

    @classmethod
    def for_item(
        cls, item: RoutineItem, data=None, *, logged: ExerciseEntry | None = None
    ) -> "EntryForm":
        """A checklist row for a routine item: what was logged for it today, if anything,
        or its prescription."""
        if logged is not None:
            values = logged.record()
        else:
            values = {"sets": item.sets, "reps": item.reps, "hold_seconds": item.hold_seconds}
        entry = ExerciseEntry(exercise=item.exercise, routine_item=item, **values)
        return cls(data, instance=entry, prefix=item_prefix(item))

    @classmethod
    def for_entry(cls, entry: ExerciseEntry, data=None) -> "EntryForm":
        return cls(data, instance=entry, prefix=f"entry-{entry.pk}")

    @property
    def exercise(self):
        return self.instance.exercise

    @property
    def routine_item(self) -> RoutineItem | None:
        return self.instance.routine_item

    def amount_fields(self):
        return [self["sets"], self["reps"], self["hold_seconds"]]

    def plain_amounts(self) -> list[PlainField]:
        return [self.plain[name] for name in ("sets", "reps", "hold_seconds")]

    @property
    def is_flagged(self) -> bool:
        value = self["discomfort"].value()
        return bool(value) and value != Discomfort.NONE

    def clean(self):
        cleaned = super().clean()
        for name in ("sets", "reps", "hold_seconds"):
            if cleaned.get(name) is None and name not in self.errors:
                cleaned[name] = 0  # left empty: none of it
        if cleaned.get("discomfort") == Discomfort.NONE:
            # Where and what only describe a flag: without one they are not kept.
            cleaned["discomfort_area"] = cleaned["discomfort_note"] = ""
        return cleaned

    def validate_constraints(self):
        """Every range the table's constraints check is already a field's own limit, with an
        error that says so; checking them again would cost a query each, on every row."""

    def matters(self) -> bool:
        """Worth saving: done, or flagged even if skipped."""
        return self.cleaned_data["completed"] or self.cleaned_data["discomfort"] != Discomfort.NONE


def item_prefix(item: RoutineItem) -> str:
    return f"item-{item.pk}"


AMOUNTS = ("sets", "reps", "hold_seconds")


@dataclass
class EntryRow:
    """A checklist row to show, not to validate: the names, ids, labels and values an unbound
    ``EntryForm.for_item`` shows, with what ``_entry_row.html`` reads from it. The home shows
    seven rows on every visit; seven ModelForms cost about 3 ms of it. A POST still builds
    EntryForms, and an invalid one is shown again with its errors."""

    exercise: Exercise
    routine_item: RoutineItem
    plain: dict[str, PlainField]
    is_flagged: bool
    errors: dict = field(default_factory=dict)

    def plain_amounts(self) -> list[PlainField]:
        return [self.plain[name] for name in AMOUNTS]


class EntryRows(Sequence):
    """``entry_rows(items, done)``, built when a row is first read: the home draws its rows
    from the cache most of the time (tracking/fragments.py), and then reads none of them.
    Its length, one row per item, needs no building."""

    def __init__(self, items: list[RoutineItem], done: dict[int, ExerciseEntry]):
        self.items, self.done = items, done

    @cached_property
    def rows(self) -> list[EntryRow]:
        return entry_rows(self.items, self.done)

    def __getitem__(self, index):
        return self.rows[index]

    def __len__(self) -> int:
        return len(self.items)


def entry_rows(items: list[RoutineItem], done: dict[int, ExerciseEntry]) -> list[EntryRow]:
    """The rows of ``EntryForm.for_item(item, logged=done.get(item.pk))`` for each item, from
    one unbound form: its fields, labels and translated options serve every row."""
    if not items:
        return []
    prototype = EntryForm()
    fields = {name: prototype[name] for name in prototype.fields}
    choices = {
        name: [(option.value, option.label) for option in plain_field(bound).options]
        for name, bound in fields.items()
    }
    labels = {name: str(bound.label) for name, bound in fields.items()}
    rows = []
    for item in items:
        logged = done.get(item.pk)
        values = (
            logged.record()
            if logged is not None
            else ExerciseEntry(
                exercise=item.exercise,
                routine_item=item,
                sets=item.sets,
                reps=item.reps,
                hold_seconds=item.hold_seconds,
            ).record()
        )
        prefix = item_prefix(item)
        plain = {}
        for name, bound in fields.items():
            value = values.get(name, bound.field.initial)
            html_name = f"{prefix}-{name}"
            plain[name] = plain_markup(
                bound, value, html_name, f"id_{html_name}", [], choices[name], labels[name]
            )
        flag = values["discomfort"]
        rows.append(EntryRow(item.exercise, item, plain, bool(flag) and flag != Discomfort.NONE))
    return rows


class CheckInForm(PlainInputsMixin, LocalDateMixin, forms.ModelForm):
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

    def late_fields(self):
        return [self[f"late-{entry.pk}"] for entry in self.late_entries]

    def late_plain(self) -> list[PlainField]:
        return [self.plain[f"late-{entry.pk}"] for entry in self.late_entries]

    def late_levels(self) -> dict[int, str]:
        """{entry id: level} for yesterday's exercises, "none" when nothing hurt later."""
        return {
            entry.pk: self.cleaned_data.get(f"late-{entry.pk}") or "none"
            for entry in self.late_entries
        }

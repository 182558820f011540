"""Onboarding's two short steps: what to care for and how, then the warning signs."""

from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from ..models import RedFlag
from ..presets import MINUTES, BackArea, Movement, pick_exercises
from .fields import lazy_format


class OnboardingForm(forms.Form):
    areas = forms.MultipleChoiceField(
        label=_("Where would you like to care for your back?"),
        choices=BackArea.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one part of your back."),
            "invalid_choice": _("Choose parts of your back from the list."),
        },
    )
    minutes = forms.TypedChoiceField(
        label=_("How many minutes a day?"),
        choices=[
            (m, lazy_format(ngettext_lazy("%(m)s minute", "%(m)s minutes", "m"), {"m": m}))
            for m in MINUTES
        ],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose 5, 10 or 15 minutes."),
            "invalid_choice": _("Choose 5, 10 or 15 minutes."),
        },
    )
    avoid = forms.MultipleChoiceField(
        label=_("Any movement you already know to avoid? (optional)"),
        help_text=_("For example, one a physiotherapist asked you to leave out."),
        required=False,
        choices=Movement.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose movements from the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean(self):
        data = super().clean()
        if {"areas", "minutes"} <= data.keys() and not self.exercises():
            self.add_error(
                "avoid",
                _(
                    "Every exercise for these parts of your back uses a movement you want to "
                    "avoid. Untick one, or skip for now and keep the starter routine."
                ),
            )
        return data

    def exercises(self) -> list[str]:
        data = self.cleaned_data
        return pick_exercises(data["areas"], data["minutes"], data.get("avoid", []))

    def answers(self) -> dict:
        """The answers as query parameters, carried to the next step."""
        return {name: self.data.getlist(name) for name in self.fields}


class SafetyForm(forms.Form):
    red_flags = forms.MultipleChoiceField(
        label=_("Do you have any of these right now?"),
        help_text=_("Tick any that apply. If none do, leave them all empty."),
        required=False,
        choices=RedFlag.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose warning signs from the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False

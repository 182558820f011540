"""Forms of the routine editor: a routine's name, an item's prescription, an exercise to add."""

from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from exercises.models import Exercise

from ..models import Routine, RoutineItem
from .fields import dose_fields

NAME_MAX = Routine._meta.get_field("name").max_length
SEARCH_MAX_LENGTH = 100


class RoutineForm(forms.ModelForm):
    """A routine's name: required, short, and not one the user already has."""

    class Meta:
        model = Routine
        fields = ["name"]
        labels = {"name": _("Name")}
        error_messages = {
            "name": {
                "required": _("Give the routine a name, such as Morning or Desk break."),
                # The validator fills in limit_value when the message is shown.
                "max_length": ngettext_lazy(
                    "Keep the name to %(limit_value)d character or fewer.",
                    "Keep the name to %(limit_value)d characters or fewer.",
                    "limit_value",
                ),
            }
        }

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        self.fields["name"].widget.attrs["autocomplete"] = "off"
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_name(self):
        name = self.cleaned_data["name"]
        taken = (
            Routine.objects.for_user(self.user)
            .filter(name__iexact=name)
            .exclude(pk=self.instance.pk)
            .exists()
        )
        if taken:
            raise self.name_taken(name)
        return name

    @staticmethod
    def name_taken(name: str) -> forms.ValidationError:
        return forms.ValidationError(
            _("You already have a routine called “%(name)s”. Choose another name."),
            params={"name": name},
        )


class RoutineItemForm(forms.ModelForm):
    """An item's prescription. Each field's error says the range it accepts."""

    sets, reps, hold_seconds = dose_fields(min_sets=1, required=True)

    class Meta:
        model = RoutineItem
        fields = ["sets", "reps", "hold_seconds"]

    def __init__(self, data=None, *, instance: RoutineItem, **kwargs):
        # One form per item on the page: ids must not collide, names stay plain for no-JS posts.
        kwargs.setdefault("auto_id", f"item{instance.pk}_%s")
        super().__init__(data, instance=instance, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-control dose-input"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reps") == 0 and cleaned.get("hold_seconds") == 0:
            self.add_error("reps", _("Enter some reps or a hold, or pause this exercise instead."))
        return cleaned

    def changes(self) -> dict[str, int]:
        """The prescription fields that differ from the saved item."""
        return {name: self.cleaned_data[name] for name in self.changed_data}


class AddItemForm(forms.Form):
    """The library exercise to append to a routine (retired exercises cannot be added)."""

    exercise = forms.ModelChoiceField(queryset=Exercise.objects.active())


class ExerciseSearchForm(forms.Form):
    """The editor's library search (``?q=``): any words, or none for every exercise."""

    q = forms.CharField(
        label=_("Search the library"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={
            "max_length": ngettext_lazy(
                "Keep the search to %(limit_value)d character or fewer.",
                "Keep the search to %(limit_value)d characters or fewer.",
                "limit_value",
            ),
            "null_characters_not_allowed": _(
                "The search holds a character we can't look for. Type the words again."
            ),
        },
    )

    def error(self) -> str:
        return self.errors["q"][0] if "q" in self.errors else ""

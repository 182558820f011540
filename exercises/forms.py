from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Exercise, FocusArea


class LibraryFilterForm(forms.Form):
    """The library's filters. Unknown values in the URL are dropped, never an error."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Search exercises"), "autocomplete": "off"}
        ),
    )
    focus = forms.MultipleChoiceField(
        label=_("Focus area"), required=False, widget=forms.CheckboxSelectMultiple
    )
    intensity = forms.MultipleChoiceField(
        label=_("Intensity"),
        required=False,
        choices=Exercise.Intensity.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, data, *args, **kwargs):
        self.focus_areas = list(FocusArea.objects.all())
        data = data.copy()
        known_focus = {area.slug for area in self.focus_areas}
        data.setlist("focus", [v for v in data.getlist("focus") if v in known_focus])
        data.setlist(
            "intensity", [v for v in data.getlist("intensity") if v in Exercise.Intensity.values]
        )
        data["q"] = data.get("q", "")[:100]
        super().__init__(data, *args, **kwargs)
        self.fields["focus"].choices = [(area.slug, area.name) for area in self.focus_areas]

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        return queryset.search(data["q"]).in_focus(data["focus"]).with_intensity(data["intensity"])

    def is_filtered(self) -> bool:
        return self.is_valid() and any(self.cleaned_data.values())

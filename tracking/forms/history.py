"""Editing a past session or check-in from History."""

from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import CheckIn
from .fields import LocalDateMixin, date_field, note_field
from .today import CheckInForm, duration_field


class SessionEditForm(LocalDateMixin, forms.Form):
    """A session's own fields; its entries are EntryForms bound to the logged entries."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    date = date_field()
    duration_minutes = duration_field()
    notes = note_field()

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user


class CheckInEditForm(CheckInForm):
    """Editing one check-in from History: it may not move onto a day that has one already."""

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, user=user, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

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

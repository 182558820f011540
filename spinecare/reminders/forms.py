from crispy_forms.helper import FormHelper
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Reminder

# A context of their own: Django's dates translate the bare names, and a menu's capitalised
# "Lunes" must not leak into "lunes, 23 de noviembre".
DAY_CHOICES = [
    (0, pgettext_lazy("day of the week", "Monday")),
    (1, pgettext_lazy("day of the week", "Tuesday")),
    (2, pgettext_lazy("day of the week", "Wednesday")),
    (3, pgettext_lazy("day of the week", "Thursday")),
    (4, pgettext_lazy("day of the week", "Friday")),
    (5, pgettext_lazy("day of the week", "Saturday")),
    (6, pgettext_lazy("day of the week", "Sunday")),
]


class ReminderForm(forms.ModelForm):
    days = forms.TypedMultipleChoiceField(
        label=_("Days"),
        choices=DAY_CHOICES,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    at = forms.TimeField(
        label=_("Time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Enter a time, such as 07:30."),
            "invalid": _("Enter a time as hours and minutes, such as 07:30."),
        },
    )

    class Meta:
        model = Reminder
        fields = ["days", "at", "only_if_not_logged", "by_email", "by_push"]
        help_texts = {
            "by_push": _("On the devices where you turned notifications on (below)."),
            "only_if_not_logged": _("Stay quiet on days you have already logged a session."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        # The days in the person's own week: Monday, Saturday or Sunday first.
        if self.instance.user_id:
            first = self.instance.user.week_start
            self.fields["days"].choices = DAY_CHOICES[first:] + DAY_CHOICES[:first]
        if not settings.VAPID_PUBLIC_KEY:
            del self.fields["by_push"]

    def clean(self):
        data = super().clean()
        channels = data.get("by_email") or data.get("by_push")
        if channels and not data.get("days"):
            self.add_error("days", _("Pick at least one day, or turn the reminders off."))
        return data


class PushSubscriptionForm(forms.Form):
    """What the browser's PushManager.subscribe() gives, posted by static/js/reminders.js."""

    endpoint = forms.URLField(max_length=1000, assume_scheme="https")
    p256dh = forms.RegexField(regex=r"^[A-Za-z0-9_-]{80,100}={0,2}$", max_length=200)
    auth = forms.RegexField(regex=r"^[A-Za-z0-9_-]{16,30}={0,2}$", max_length=100)

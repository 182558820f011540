from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_NAME, ApiToken


class ApiTokenForm(forms.Form):
    """A new personal access token: what it is for, and whether it may change data."""

    name = forms.CharField(
        label=_("Name"),
        max_length=MAX_NAME,
        help_text=_("Which app or script uses it, such as “Watch sync”."),
        error_messages={
            "required": _("Give the token a name, so you know it again later."),
            "max_length": _("Keep the name to %(limit_value)d characters or fewer."),
            "null_characters_not_allowed": _("Remove the unusual characters from the name."),
        },
    )
    scope = forms.ChoiceField(
        label=_("It may"),
        choices=[
            (ApiToken.Scope.READ, _("Read your data")),
            (ApiToken.Scope.READ_WRITE, _("Read your data and log sessions and check-ins")),
        ],
        initial=ApiToken.Scope.READ,
        widget=forms.RadioSelect,
        error_messages=dict.fromkeys(
            ["required", "invalid_choice"], _("Choose whether the token may only read.")
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

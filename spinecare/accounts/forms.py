from crispy_forms.helper import FormHelper
from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .limits import clear_wrong_passwords, count_wrong_password, password_checks_paused
from .models import User, WeekStart, normalise_email
from .timezones import DEFAULT_TIMEZONE, timezone_choices

TIMEZONE_ERROR = _("Choose a time zone from the list, such as Europe/London or America/New_York.")


def timezone_field() -> forms.ChoiceField:
    return forms.TypedChoiceField(
        label=_("Time zone"),
        choices=timezone_choices,
        initial=DEFAULT_TIMEZONE,
        error_messages={"invalid_choice": TIMEZONE_ERROR, "required": TIMEZONE_ERROR},
        help_text=_("Your days start and end at midnight here. We fill in your device's zone."),
        # static/js/timezone.js picks the browser's zone when the field is untouched.
        widget=forms.Select(attrs={"data-detect-timezone": "true", "autocomplete": "off"}),
    )


class LanguageSelect(forms.Select):
    """A list of languages, each option marked with its own language (``lang``), so that a
    screen reader says "Deutsch" in German."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class LogInForm(AuthenticationForm):
    """Log-in by e-mail, with the keyboard and autofill a phone offers for an address."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget = forms.EmailInput(
            attrs={"autocomplete": "email", "autofocus": True, "inputmode": "email"}
        )


class SignUpForm(BaseUserCreationForm):
    timezone = timezone_field()

    class Meta:
        model = User
        fields = ("email", "display_name", "timezone")
        labels = {"email": _("E-mail"), "display_name": _("Name (optional)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.helper = FormHelper()
        self.helper.form_tag = False

    def validate_password_for_user(self, user, password_field_name="password1"):
        """A weak password is a fault of the password, not of its confirmation: say so
        beside the first field."""
        super().validate_password_for_user(user, password_field_name=password_field_name)

    def clean_email(self):
        email = normalise_email(self.cleaned_data["email"])
        if User.objects.filter(email=email).exists():
            raise self.email_taken()
        return email

    @staticmethod
    def email_taken() -> forms.ValidationError:
        return forms.ValidationError(
            _("An account with this e-mail already exists. Log in or reset your password.")
        )


class SettingsForm(forms.ModelForm):
    timezone = timezone_field()

    class Meta:
        model = User
        fields = User.PROFILE_FIELDS
        widgets = {
            "language": LanguageSelect,
            "weekly_goal": forms.NumberInput(attrs={"min": 1, "max": 7, "inputmode": "numeric"}),
            "discomfort_threshold": forms.NumberInput(
                attrs={"min": 1, "max": 10, "inputmode": "numeric"}
            ),
        }
        error_messages = {
            field: dict.fromkeys(["invalid", "min_value", "max_value", "required"], message)
            for field, message in [
                ("weekly_goal", _("Enter a weekly goal from 1 to 7 days.")),
                ("discomfort_threshold", _("Enter an alert level from 1 to 10.")),
            ]
        } | {
            "language": dict.fromkeys(
                ["invalid_choice", "required"], _("Choose a language from the list.")
            ),
            "week_start": dict.fromkeys(
                ["invalid_choice", "invalid", "required"],
                _("Choose Monday, Saturday or Sunday as the first day of your week."),
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Always set (the database's default), so the lists offer no empty "---------".
        self.fields["language"].choices = settings.LANGUAGES
        self.fields["week_start"].choices = WeekStart.choices
        self.helper = FormHelper()
        self.helper.form_tag = False


class PasswordCheckMixin:
    """Checks the signed-in person's current password, and stops checking after too many
    wrong ones (settings.PASSWORD_CHECK_*), with the reason beside the field."""

    def check_current_password(self, password: str, wrong_message: str) -> str:
        if password_checks_paused(self.user):
            raise forms.ValidationError(self.paused_message(), code="paused")
        if not self.user.check_password(password):
            count_wrong_password(self.user)
            if password_checks_paused(self.user):
                raise forms.ValidationError(self.paused_message(), code="paused")
            raise forms.ValidationError(wrong_message, code="password_incorrect")
        clear_wrong_passwords(self.user)
        return password

    @staticmethod
    def paused_message() -> str:
        minutes = settings.PASSWORD_CHECK_COOLOFF_MINUTES
        return ngettext(
            "That's too many wrong passwords in a row. To keep your account safe, we won't "
            "check it here for %(minutes)d minute. Try again after that, or log out and reset "
            "your password by e-mail.",
            "That's too many wrong passwords in a row. To keep your account safe, we won't "
            "check it here for %(minutes)d minutes. Try again after that, or log out and reset "
            "your password by e-mail.",
            minutes,
        ) % {"minutes": minutes}


class PasswordChangeForm(PasswordCheckMixin, auth_forms.PasswordChangeForm):
    def clean_old_password(self):
        return self.check_current_password(
            self.cleaned_data["old_password"], self.error_messages["password_incorrect"]
        )


class DeleteAccountForm(PasswordCheckMixin, forms.Form):
    """The password, so nobody who finds the phone unlocked can delete the account."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Enter your password to delete your account.")},
    )

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's <form> has its own token

    def clean_password(self):
        return self.check_current_password(
            self.cleaned_data["password"],
            _("That password isn't right. Enter the one you log in with."),
        )


class PasswordResetForm(auth_forms.PasswordResetForm):
    """The address to send a reset link to. The worker's task, not the view, sends it."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        """In the recipient's own language, whoever asked and whatever the worker speaks."""
        with translation.override(context["user"].language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)

    def get_users(self, email):
        """Active accounts with a password, found as log-in finds them (``normalise_email``)."""
        users = User.objects.filter(email=normalise_email(email), is_active=True)
        return (user for user in users if user.has_usable_password())

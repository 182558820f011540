from datetime import date, timedelta
from typing import Any

from crispy_forms.helper import FormHelper
from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import DEFAULT_DAYS, MAX_LABEL
from .models import MAX_DAYS as MAX_LINK_DAYS
from .models import MIN_DAYS as MIN_LINK_DAYS
from .portability import (
    EARLIEST_DAY,
    MAX_BYTES,
    ImportRefused,
    check_header,
    parse,
    refuse_if_history,
)
from .report import MAX_DAYS, default_range


class ImportForm(forms.Form):
    """A SpineCare JSON export to load into this (empty) account."""

    file = forms.FileField(
        label=_("Your SpineCare export (.json)"),
        error_messages={
            "required": _("Choose the .json file you downloaded from SpineCare."),
            "empty": _("This file is empty. Choose the .json file you downloaded from SpineCare."),
            "invalid": _("Choose the .json file you downloaded from SpineCare."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )

    def __init__(self, data=None, files=None, *, user, **kwargs):
        super().__init__(data, files, **kwargs)
        self.user = user
        self.document: Any = None
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's <form> has its own token

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # The size first: a file over the limit is never read, let alone parsed.
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("This file is %(size)s; an export can be at most %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_BYTES)}
            )
        try:
            refuse_if_history(self.user)
            self.document = parse(upload.read())
            check_header(self.document)
        except ImportRefused as refusal:
            raise forms.ValidationError(str(refusal)) from None
        return upload


class ReportRangeForm(forms.Form):
    """The days a report covers: by default the last 30, at most a year, none in the future."""

    start = forms.DateField(
        label=_("From"),
        error_messages={"invalid": _("Enter a date such as 2026-03-14.")},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label=_("To"),
        error_messages={"invalid": _("Enter a date such as 2026-03-14.")},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, query=None, *, today: date):
        first, last = default_range(today)
        defaults = {"start": first.isoformat(), "end": last.isoformat()}
        bound = query is not None and any(name in query for name in self.base_fields)
        data = (
            {**defaults, **{k: query[k] for k in self.base_fields if k in query}} if bound else None
        )
        super().__init__(data, initial={"start": first, "end": last})
        self.today = today
        self.fields["start"].required = self.fields["end"].required = False
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean(self):
        cleaned = super().clean()
        first, last = default_range(self.today)
        start = cleaned.get("start") or (None if "start" in self.errors else first)
        end = cleaned.get("end") or (None if "end" in self.errors else last)
        if start is None or end is None:
            return cleaned
        if end > self.today:
            self.add_error("end", _("Pick today or an earlier day."))
        elif start < EARLIEST_DAY:
            self.add_error("start", _("Pick a day from 2000 on."))
        elif start > end:
            self.add_error("start", _("Pick a start on or before the end."))
        elif (end - start).days + 1 > MAX_DAYS:
            self.add_error(
                "start",
                _("A report covers at most a year: start on %(day)s or later.")
                % {"day": date_format(end - timedelta(days=MAX_DAYS - 1), "DATE_FORMAT")},
            )
        cleaned["start"], cleaned["end"] = start, end
        return cleaned

    def dates(self) -> tuple[date, date] | None:
        """The chosen range, the default one for an unbound form, None when invalid."""
        if not self.is_bound:
            return default_range(self.today)
        if not self.is_valid():
            return None
        return self.cleaned_data["start"], self.cleaned_data["end"]


class ClinicianLinkForm(ReportRangeForm):
    """A link for a clinician: the report's period, how many days it opens, and a label."""

    label = forms.CharField(
        label=_("Label (optional)"),
        required=False,
        max_length=MAX_LABEL,
        help_text=_("Who it is for, such as “Dr Ng, physio”. Only you see it."),
        error_messages={
            "max_length": _("Keep the label to %(limit_value)d characters or fewer."),
            "null_characters_not_allowed": _("Remove the unusual characters from the label."),
        },
    )
    days = forms.IntegerField(
        label=_("Opens for (days)"),
        min_value=MIN_LINK_DAYS,
        max_value=MAX_LINK_DAYS,
    )

    def __init__(self, data=None, *, today: date):
        super().__init__(data, today=today)
        # Here, not on the field: filled in when the form is made, in that request's language.
        problem = _("Enter a number of days from %(low)s to %(high)s.") % {
            "low": MIN_LINK_DAYS,
            "high": MAX_LINK_DAYS,
        }
        self.fields["days"].error_messages.update(
            dict.fromkeys(["invalid", "min_value", "max_value", "required"], problem)
        )
        self.fields["days"].initial = DEFAULT_DAYS
        if self.is_bound and not self.data.get("days"):
            self.data = {**self.data, "days": str(DEFAULT_DAYS)}

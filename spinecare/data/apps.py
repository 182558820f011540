from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DataConfig(AppConfig):
    """A user's own data: download it, bring it back, print a report for a clinician."""

    name = "spinecare.data"
    label = "data"
    verbose_name = _("Your data")

from django.apps import AppConfig


class DataConfig(AppConfig):
    """A user's own data: download it, bring it back, print a report for a clinician."""

    name = "spinecare.data"
    label = "data"
    verbose_name = "Your data"

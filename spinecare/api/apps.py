from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API (/api/v1/) and the personal access tokens that open it."""

    name = "spinecare.api"
    label = "api"
    verbose_name = "API"

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "spinecare.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default = True

    def ready(self) -> None:
        from . import checks  # noqa: F401 (registers the deployment checks)


class AdminConfig(admin_apps.AdminConfig):
    """Django's admin with its log-in and password change under our limits."""

    default = False  # named in INSTALLED_APPS instead of django.contrib.admin
    default_site = "spinecare.accounts.admin_site.SpineCareAdminSite"

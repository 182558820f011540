"""Django's admin site under our limits (``settings.INSTALLED_APPS`` names it through
``apps.AdminConfig``): its log-in page hashes passwords for anyone too, so it shares the
per-IP log-in limit, and its password change shares the count of wrong passwords."""

from django.contrib import admin

from .forms import PasswordChangeForm
from .limits import limit_posts_per_ip


class SpineCareAdminSite(admin.AdminSite):
    password_change_form = PasswordChangeForm

    def login(self, request, extra_context=None):
        limited = limit_posts_per_ip("log-in", "RATE_LIMIT_LOG_IN")(super().login)
        return limited(request, extra_context)

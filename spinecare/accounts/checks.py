"""Deployment checks of our own, run by ``manage.py check --deploy``."""

from django.conf import settings
from django.core import checks
from django.utils.translation import gettext as _

LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """The per-IP limits hold across gunicorn's workers only in a cache they share."""
    if settings.CACHES["default"]["BACKEND"] not in LOCAL_CACHES:
        return []
    return [
        checks.Warning(
            _(
                "The per-IP limits on log-in, sign-up and password reset are counted in each "
                "worker process apart."
            ),
            hint=_(
                "Set REDIS_URL (e.g. redis://127.0.0.1:6379/0) so that all workers share one count."
            ),
            id="spinecare.W001",
        )
    ]

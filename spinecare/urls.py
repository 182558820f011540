from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import health, jsi18n, pwa, views
from .api.main import api

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the footer's chooser
    path("sw.js", pwa.service_worker, name="service-worker"),
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path(
        "jsi18n/<str:lang>/<slug:version>.js",
        jsi18n.javascript_catalogue,
        name="javascript-catalog",
    ),
    path("reminders/", include("spinecare.reminders.urls")),
    path("accounts/", include("spinecare.accounts.urls")),
    path("data/", include("spinecare.data.urls")),
    path("api/v1/", api.urls),
    path("", include("spinecare.api.urls")),
    path("exercises/", include("exercises.urls")),
    path("", include("tracking.urls")),
    path(settings.ADMIN_PATH, admin.site.urls),
]

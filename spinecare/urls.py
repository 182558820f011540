from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/", include("spinecare.accounts.urls")),
    path("exercises/", include("exercises.urls")),
    path("", include("tracking.urls")),
    path(settings.ADMIN_PATH, admin.site.urls),
]

from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("accounts/settings/api-tokens/", views.tokens, name="tokens"),
    path("accounts/settings/api-tokens/new/", views.token_create, name="token-create"),
    path("accounts/settings/api-tokens/<int:pk>/revoke/", views.token_revoke, name="token-revoke"),
    path("api/v1/docs/", views.docs, name="docs"),
]

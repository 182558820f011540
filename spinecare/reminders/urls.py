from django.urls import path

from . import views

app_name = "reminders"

urlpatterns = [
    path("", views.reminder_settings, name="settings"),
    path("push/add/", views.push_add, name="push-add"),
    path("push/remove/", views.push_remove, name="push-remove"),
    path("feed/update/", views.feed_update, name="feed-update"),
    path("feed/<str:token>.ics", views.feed, name="feed"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]

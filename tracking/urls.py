from django.urls import path

from . import dashboard_views, routine_urls, views

app_name = "tracking"

urlpatterns = [
    path("dashboard/", dashboard_views.dashboard, name="dashboard"),
    path("progress/streak-badge/", dashboard_views.streak_badge, name="streak-badge"),
    path("progress/how-it-works/", dashboard_views.how_it_works, name="how-it-works"),
    path("today/", views.today, name="today"),
    path("sessions/log/", views.session_log, name="session-log"),
    path("sessions/<int:pk>/edit/", views.session_edit, name="session-edit"),
    path("sessions/<int:pk>/delete/", views.session_delete, name="session-delete"),
    path("checkin/", views.checkin_save, name="checkin-save"),
    path("checkins/<int:pk>/edit/", views.checkin_edit, name="checkin-edit"),
    path("checkins/<int:pk>/delete/", views.checkin_delete, name="checkin-delete"),
    path("history/", views.history, name="history"),
    *routine_urls.urlpatterns,
]

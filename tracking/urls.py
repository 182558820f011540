from django.urls import path

from . import adjustment_views, dashboard_views, routine_urls, views

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
    path("suggestions/", adjustment_views.suggestion_list, name="suggestion-list"),
    path(
        "suggestions/<int:pk>/accept/", adjustment_views.suggestion_accept, name="suggestion-accept"
    ),
    path(
        "suggestions/<int:pk>/dismiss/",
        adjustment_views.suggestion_dismiss,
        name="suggestion-dismiss",
    ),
    path(
        "routines/<int:pk>/adjustments/",
        adjustment_views.adjustment_list,
        name="routine-adjustments",
    ),
    path("adjustments/<int:pk>/undo/", adjustment_views.adjustment_undo, name="adjustment-undo"),
    path("gentle-day/<str:on>/", adjustment_views.gentle_day, name="gentle-day"),
    *routine_urls.urlpatterns,
]

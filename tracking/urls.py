from django.urls import path

from .views import dashboard, guided, history, onboarding, presets, routines, suggestions, today

app_name = "tracking"

urlpatterns = [
    # Progress
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("progress/streak-badge/", dashboard.streak_badge, name="streak-badge"),
    path("progress/how-it-works/", dashboard.how_it_works, name="how-it-works"),
    path("exercises/<slug:slug>/progress/", dashboard.exercise_progress, name="exercise-progress"),
    # Onboarding, after sign-up
    path("welcome/", onboarding.onboarding, name="onboarding"),
    path("welcome/safety/", onboarding.onboarding_safety, name="onboarding-safety"),
    # Today
    path("today/", today.today, name="today"),
    path("today/session/", guided.guided_session, name="guided-session"),
    path("sessions/log/", today.session_log, name="session-log"),
    path("sessions/log-all/", today.session_log_all, name="session-log-all"),
    path("checkin/", today.checkin_save, name="checkin-save"),
    path("gentle-day/<str:on>/", today.gentle_day, name="gentle-day"),
    # History
    path("history/", history.history, name="history"),
    path("sessions/<int:pk>/edit/", history.session_edit, name="session-edit"),
    path("sessions/<int:pk>/delete/", history.session_delete, name="session-delete"),
    path("checkins/<int:pk>/edit/", history.checkin_edit, name="checkin-edit"),
    path("checkins/<int:pk>/delete/", history.checkin_delete, name="checkin-delete"),
    # Suggestions and routine changes
    path("suggestions/", suggestions.suggestion_list, name="suggestion-list"),
    path("suggestions/<int:pk>/accept/", suggestions.suggestion_accept, name="suggestion-accept"),
    path(
        "suggestions/<int:pk>/dismiss/", suggestions.suggestion_dismiss, name="suggestion-dismiss"
    ),
    path("suggestions/undo/<int:pk>/", suggestions.suggestion_undo, name="suggestion-undo"),
    path("routines/<int:pk>/adjustments/", suggestions.adjustment_list, name="routine-adjustments"),
    path("adjustments/<int:pk>/undo/", suggestions.adjustment_undo, name="adjustment-undo"),
    # Routines
    path("routines/", routines.routine_list, name="routine-list"),
    path("routines/new/", routines.routine_create, name="routine-create"),
    path("routines/presets/<slug:slug>/add/", presets.preset_add, name="preset-add"),
    path("routines/<int:pk>/", routines.routine_detail, name="routine-detail"),
    path("routines/<int:pk>/rename/", routines.routine_rename, name="routine-rename"),
    path("routines/<int:pk>/activate/", routines.routine_activate, name="routine-activate"),
    path("routines/<int:pk>/delete/", routines.routine_delete, name="routine-delete"),
    path(
        "routines/<int:pk>/exercises/",
        routines.routine_exercise_search,
        name="routine-exercise-search",
    ),
    path("routines/<int:pk>/items/add/", routines.routine_item_add, name="routine-item-add"),
    path(
        "routine-items/<int:pk>/remove/", routines.routine_item_remove, name="routine-item-remove"
    ),
    path(
        "routine-items/<int:pk>/move/<str:direction>/",
        routines.routine_item_move,
        name="routine-item-move",
    ),
    path(
        "routine-items/<int:pk>/update/", routines.routine_item_update, name="routine-item-update"
    ),
    path("routine-items/<int:pk>/pause/", routines.routine_item_pause, name="routine-item-pause"),
    path(
        "routine-items/<int:pk>/resume/", routines.routine_item_resume, name="routine-item-resume"
    ),
]

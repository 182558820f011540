"""URLs of the routine editor (views in routine_views.py); included by tracking/urls.py."""

from django.urls import path

from . import routine_views

urlpatterns = [
    path("routines/", routine_views.routine_list, name="routine-list"),
    path("routines/new/", routine_views.routine_create, name="routine-create"),
    path("routines/<int:pk>/", routine_views.routine_detail, name="routine-detail"),
    path("routines/<int:pk>/rename/", routine_views.routine_rename, name="routine-rename"),
    path("routines/<int:pk>/activate/", routine_views.routine_activate, name="routine-activate"),
    path("routines/<int:pk>/delete/", routine_views.routine_delete, name="routine-delete"),
    path(
        "routines/<int:pk>/exercises/",
        routine_views.routine_exercise_search,
        name="routine-exercise-search",
    ),
    path("routines/<int:pk>/items/add/", routine_views.routine_item_add, name="routine-item-add"),
    path(
        "routine-items/<int:pk>/remove/",
        routine_views.routine_item_remove,
        name="routine-item-remove",
    ),
    path(
        "routine-items/<int:pk>/move/<str:direction>/",
        routine_views.routine_item_move,
        name="routine-item-move",
    ),
    path(
        "routine-items/<int:pk>/update/",
        routine_views.routine_item_update,
        name="routine-item-update",
    ),
    path(
        "routine-items/<int:pk>/pause/", routine_views.routine_item_pause, name="routine-item-pause"
    ),
    path(
        "routine-items/<int:pk>/resume/",
        routine_views.routine_item_resume,
        name="routine-item-resume",
    ),
]

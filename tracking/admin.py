from django.contrib import admin

from .models import CheckIn, ExerciseEntry, Routine, RoutineItem, Session


class RoutineItemInline(admin.TabularInline):
    model = RoutineItem
    extra = 0


@admin.register(Routine)
class RoutineAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "is_active", "created_at")
    search_fields = ("name", "user__email")
    inlines = [RoutineItemInline]


class EntryInline(admin.TabularInline):
    model = ExerciseEntry
    extra = 0


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ("date", "user", "routine", "duration_minutes")
    list_filter = ("date",)
    search_fields = ("user__email",)
    inlines = [EntryInline]


@admin.register(CheckIn)
class CheckInAdmin(admin.ModelAdmin):
    list_display = ("date", "user", "discomfort", "rest_for_discomfort")
    list_filter = ("date",)
    search_fields = ("user__email",)

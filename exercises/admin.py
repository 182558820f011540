from django.contrib import admin

from .models import Exercise, ExerciseStep, FocusArea


class StepInline(admin.TabularInline):
    model = ExerciseStep
    extra = 1


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "intensity", "per_side", "gentler_alternative", "is_active")
    list_filter = ("kind", "intensity", "is_active", "focus_areas")
    search_fields = ("name", "summary")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("focus_areas",)
    autocomplete_fields = ("gentler_alternative",)
    inlines = [StepInline]


@admin.register(FocusArea)
class FocusAreaAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "position")
    prepopulated_fields = {"slug": ("name",)}

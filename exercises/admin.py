from django.conf import settings
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from modeltranslation.utils import build_lang

from .models import Exercise, ExerciseStep, FocusArea


class StepInline(TranslationTabularInline):
    """Each step's text in every language, side by side (English first)."""

    model = ExerciseStep
    extra = 1


@admin.register(Exercise)
class ExerciseAdmin(TranslationAdmin):
    """Every text field shows once per language. Plain fields, no tabs: the tabbed layout
    needs jQuery UI from a CDN, which our CSP and offline set-up rule out."""

    list_display = ("name", "kind", "intensity", "per_side", "gentler_alternative", "is_active")
    list_filter = ("kind", "intensity", "is_active", "focus_areas")
    # Names in every language, so one is found whichever language the admin is shown in.
    search_fields = ("slug", *(f"name_{build_lang(code)}" for code, _name in settings.LANGUAGES))
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("focus_areas",)
    autocomplete_fields = ("gentler_alternative",)
    inlines = [StepInline]
    actions = ["retire", "bring_back"]

    def has_delete_permission(self, request, obj=None):
        """Exercises are retired, never deleted: people's history, routine changes and open
        suggestions name them, and would lose their meaning (or break) without them."""
        return False

    @admin.action(description=_("Retire the selected exercises (hide them from the library)"))
    def retire(self, request, queryset):
        count = queryset.update(is_active=False)
        self.message_user(
            request,
            ngettext(
                "%(n)s exercise retired. History that names it is kept.",
                "%(n)s exercises retired. History that names them is kept.",
                count,
            )
            % {"n": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Bring the selected exercises back to the library"))
    def bring_back(self, request, queryset):
        count = queryset.update(is_active=True)
        self.message_user(
            request,
            ngettext("%(n)s exercise is back.", "%(n)s exercises are back.", count) % {"n": count},
            messages.SUCCESS,
        )


@admin.register(FocusArea)
class FocusAreaAdmin(TranslationAdmin):
    list_display = ("name", "slug", "position")
    prepopulated_fields = {"slug": ("name",)}

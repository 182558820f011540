"""The library's texts in every language (django-modeltranslation).

Each field listed here gets one column per language (``name_en_gb``, ``name_de``,
``name_es``); reading ``exercise.name`` gives the active language's text and falls back to
English when a translation is missing (settings: ``MODELTRANSLATION_*``).
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Exercise, ExerciseStep, FocusArea


@register(FocusArea)
class FocusAreaTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Exercise)
class ExerciseTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "benefits", "cautions", "skip_if", "start_alt", "end_alt")


@register(ExerciseStep)
class ExerciseStepTranslationOptions(TranslationOptions):
    fields = ("text",)

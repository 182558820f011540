"""The library's texts in every language (django-modeltranslation).

Each field listed here gets one column per language (``name_en_gb``, ``name_de``,
``name_es``); reading ``exercise.name`` gives the active language's text and falls back to
English when a translation is missing (settings: ``MODELTRANSLATION_*``).

Adding a language to the library: add it to ``settings.LANGUAGES``, run ``makemigrations
exercises`` for its columns, then write a data migration with its texts keyed by slug (as
0007_library_in_spanish does, through 0006's ``translate_library``). The completeness test in
tests/exercises/test_translations.py covers every language in ``settings.LANGUAGES``, and so
fails until each active exercise, step and focus area has its text.
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

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExercisesConfig(AppConfig):
    name = "exercises"
    verbose_name = _("Exercise library")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .in_memory import forget_library
        from .models import Exercise

        # Keeping a cache right is what signals are for: any save of an exercise, from the
        # admin or a fixture, makes every process reload the library (exercises/in_memory.py).
        post_save.connect(forget_library, sender=Exercise, dispatch_uid="library-saved")
        post_delete.connect(forget_library, sender=Exercise, dispatch_uid="library-deleted")

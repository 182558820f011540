from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "spinecare.reminders"
    label = "reminders"
    verbose_name = "Reminders"

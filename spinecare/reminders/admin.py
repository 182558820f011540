from django.contrib import admin

from .models import Delivery, Reminder


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["user", "at", "by_email", "by_push", "scheduled_for"]
    exclude = ["feed_token"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["user", "day", "channel", "sent_at"]

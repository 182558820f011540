import secrets
from datetime import date, datetime, time

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import schedule


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class Channel(models.TextChoices):
    PUSH = "push", _("Notification")
    EMAIL = "email", _("E-mail")


class ReminderQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)


class Reminder(models.Model):
    """One person's reminder: weekdays and a local time of day, and how to be told."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder"
    )
    days = models.JSONField(_("days"), default=list)  # weekday numbers, Monday is 0
    at = models.TimeField(_("time"), default=time(7, 30))
    only_if_not_logged = models.BooleanField(_("only if I haven't logged today"), default=True)
    by_push = models.BooleanField(_("notification on this device"), default=False)
    by_email = models.BooleanField(_("e-mail"), default=False)
    feed_token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    # The instant the one queued task is for; a task for any other instant is stale and
    # ends without sending (settings changed after it was queued).
    scheduled_for = models.DateTimeField(null=True, blank=True)

    objects = ReminderQuerySet.as_manager()

    def __str__(self):
        return f"Reminder for {self.user}"

    def get_absolute_url(self) -> str:
        return reverse("reminders:settings")

    @property
    def channels(self) -> list[str]:
        return [c for c, on in ((Channel.PUSH, self.by_push), (Channel.EMAIL, self.by_email)) if on]

    @property
    def is_active(self) -> bool:
        """Something to send: at least one day and one channel (the feed needs no task)."""
        return bool(self.days) and bool(self.channels)

    def next_due(self, after: datetime) -> datetime | None:
        if not self.is_active:
            return None
        return schedule.next_due(after, set(self.days), self.at, self.user.zone)

    def regenerate_feed_token(self) -> None:
        """A new secret feed address: the old one stops working at once."""
        self.feed_token = new_feed_token()
        self.save(update_fields=["feed_token"])


class PushSubscription(models.Model):
    """A browser that agreed to show our notifications (the Push API's subscription)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="push_subscriptions"
    )
    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=200)
    auth = models.CharField(max_length=100)
    created = models.DateTimeField(auto_now_add=True)

    objects = ReminderQuerySet.as_manager()

    def __str__(self):
        return self.endpoint[:60]

    def as_webpush(self) -> dict:
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}}


class Delivery(models.Model):
    """A reminder sent: at most one per person, local day and channel, whoever sends it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    day = models.DateField()
    channel = models.CharField(max_length=10, choices=Channel.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    objects = ReminderQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "day", "channel"], name="delivery_once_per_user_day_channel"
            )
        ]

    def __str__(self):
        return f"{self.channel} to {self.user} on {self.day}"

    @classmethod
    def claim(cls, user, day: date, channel: str) -> bool:
        """Take the right to send this reminder. Of two workers racing, the database lets
        exactly one insert the row; the other gets False and sends nothing."""
        try:
            with transaction.atomic():
                cls.objects.create(user=user, day=day, channel=channel)
        except IntegrityError:
            return False
        return True

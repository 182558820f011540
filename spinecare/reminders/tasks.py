"""Reminders run in the task worker (``manage.py db_worker``), never in a request.

Each reminder is one queued task that runs after its local time. It sends, then queues the
next one. ``Reminder.scheduled_for`` names the one task that is current, so a task queued
before the settings changed ends without sending, and ``Delivery`` lets one send per person,
local day and channel even when two workers run the same task.
"""

from datetime import datetime

from django.db import transaction
from django.tasks import task
from django.utils import timezone, translation

from tracking.models import Session

from . import schedule, services
from .models import Channel, Delivery, Reminder


def schedule_next(reminder: Reminder, after: datetime | None = None) -> datetime | None:
    """Queue the reminder's next task (or none) and make it the current one."""
    due = reminder.next_due(after or timezone.now())
    reminder.scheduled_for = due
    Reminder.objects.filter(pk=reminder.pk).update(scheduled_for=due)
    if due is not None:
        _enqueue(reminder.user_id, due)
    return due


def _enqueue(user_id: int, due: datetime) -> None:
    transaction.on_commit(
        lambda: send_reminder.using(run_after=due).enqueue(user_id, due.isoformat())
    )


@task
def send_reminder(user_id: int, due: str) -> list[str]:
    """Send the reminder due at ``due`` on each channel not yet used that local day; return
    the channels sent."""
    due_at = datetime.fromisoformat(due)
    reminder = Reminder.objects.select_related("user").filter(user_id=user_id).first()
    if reminder is None or reminder.scheduled_for != due_at:
        return []  # stale: the settings changed (or were deleted) after this was queued
    user = reminder.user
    now = timezone.now()
    day = schedule.local_day(due_at, user.zone)
    sent = []
    # A worker that was down all day sends nothing late; it only queues the next one.
    on_time = schedule.local_day(now, user.zone) == day
    logged = (
        reminder.only_if_not_logged and Session.objects.for_user(user).filter(date=day).exists()
    )
    if on_time and not logged:
        # In the recipient's own language, whatever the worker's.
        with translation.override(user.language):
            for channel in reminder.channels:
                if Delivery.claim(user, day, channel):
                    if channel == Channel.EMAIL:
                        services.send_email(user, day)
                    else:
                        services.send_push(user)
                    sent.append(str(channel))
    # Only the worker that moves scheduled_for on queues the next task.
    following = reminder.next_due(max(now, due_at))
    if (
        Reminder.objects.filter(pk=reminder.pk, scheduled_for=due_at).update(
            scheduled_for=following
        )
        and following is not None
    ):
        _enqueue(user_id, following)
    return sent

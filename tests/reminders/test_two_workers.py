"""Two workers running the same reminder at the same instant send it once (PostgreSQL)."""

import threading
from datetime import UTC, datetime, time

import pytest
from django.core import mail
from django_tasks_db.management.commands.db_worker import Worker

from spinecare.reminders.models import Delivery, Reminder
from spinecare.reminders.tasks import send_reminder
from tests.concurrency import RACES, run_together
from tests.factories import ReminderFactory, UserFactory

pytestmark = RACES
DUE = datetime(2026, 6, 1, 6, 30, tzinfo=UTC)  # Monday 07:30 in London


@pytest.fixture(autouse=True)
def _monday_morning(time_machine):
    time_machine.move_to(datetime(2026, 6, 1, 6, 31, tzinfo=UTC), tick=False)


def due_reminders(count: int) -> list:
    reminders = []
    for n in range(count):
        reminder = ReminderFactory(user=UserFactory(email=f"p{n}@example.com"), at=time(7, 30))
        Reminder.objects.filter(pk=reminder.pk).update(scheduled_for=DUE)
        reminders.append(reminder)
    return reminders


def test_the_same_task_in_two_workers_sends_one_email():
    [reminder] = due_reminders(1)

    results = run_together(
        lambda: send_reminder.call(reminder.user_id, DUE.isoformat()),
        lambda: send_reminder.call(reminder.user_id, DUE.isoformat()),
    )

    assert sorted(results, key=len) == [[], ["email"]]
    assert len(mail.outbox) == 1
    assert Delivery.objects.count() == 1


def test_two_db_workers_sharing_one_queue_send_one_reminder_per_person():
    """Each task queued twice (a double save), then two of `db_worker`'s workers draining the
    queue at once with SELECT ... SKIP LOCKED: still one e-mail per person and day."""
    reminders = due_reminders(5)
    for reminder in reminders:
        for _ in range(2):
            send_reminder.enqueue(reminder.user_id, DUE.isoformat())

    def worker():
        # The command's own loop, without its signal handlers (only the main thread has those).
        Worker(
            queue_names=["default"],
            interval=0.1,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=f"test-{threading.get_ident()}",
            excluded_queue_names=[],
        ).run()

    run_together(worker, worker)

    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.user.email for r in reminders)
    assert Delivery.objects.count() == 5

"""The reminder task: what it sends, by e-mail and Web Push, and when it stays quiet."""

from datetime import UTC, datetime, time

import pytest
from django.core import mail
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from spinecare.reminders.models import Delivery
from spinecare.reminders.tasks import schedule_next, send_reminder
from tests.factories import PushSubscriptionFactory, ReminderFactory, SessionFactory
from tests.reminders.conftest import b64

pytestmark = pytest.mark.django_db
MONDAY_0730 = datetime(2026, 6, 1, 6, 30, tzinfo=UTC)  # 07:30 in London (BST)


def due_reminder(user, **kwargs):
    """A reminder due now, Monday 07:30 in London, as the worker finds it."""
    reminder = ReminderFactory(user=user, at=time(7, 30), **kwargs)
    reminder.scheduled_for = MONDAY_0730
    reminder.save()
    return reminder


def subscribe(user, push_service):
    """The user's browser, subscribed to the fake push service."""
    return PushSubscriptionFactory(
        user=user,
        endpoint=push_service.endpoint,
        p256dh=push_service.p256dh,
        auth=b64(push_service.auth),
    )


def run(user):
    return send_reminder.call(user.pk, MONDAY_0730.isoformat())


@pytest.fixture(autouse=True)
def _monday_morning(time_machine):
    """A minute after the reminder's time, Monday 1 June 2026 in London."""
    time_machine.move_to(datetime(2026, 6, 1, 6, 31, tzinfo=UTC), tick=False)


class TestEmail:
    def test_it_mails_a_link_to_todays_log_and_a_one_click_unsubscribe(self, user, settings):
        settings.SITE_URL = "https://spinecare.example.com"
        due_reminder(user)

        assert run(user) == ["email"]

        [message] = mail.outbox
        assert message.to == [user.email]
        assert message.subject == "Time for your spine routine"
        assert "https://spinecare.example.com/dashboard/" in message.body
        unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
        assert unsubscribe.startswith("https://spinecare.example.com/reminders/unsubscribe/")
        assert unsubscribe in message.body
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    def test_it_queues_the_next_one_for_tomorrow_at_the_same_local_time(
        self, user, django_capture_on_commit_callbacks
    ):
        reminder = due_reminder(user)

        with django_capture_on_commit_callbacks(execute=True):
            run(user)

        reminder.refresh_from_db()
        assert reminder.scheduled_for == datetime(2026, 6, 2, 6, 30, tzinfo=UTC)
        task = DBTaskResult.objects.get()
        assert task.run_after == reminder.scheduled_for
        assert task.args_kwargs["args"] == [user.pk, reminder.scheduled_for.isoformat()]

    def test_sent_once_per_day_even_if_the_task_runs_again(self, user):
        reminder = due_reminder(user)
        run(user)
        reminder.scheduled_for = MONDAY_0730  # as if the same task were run a second time
        reminder.save()

        assert run(user) == []

        assert len(mail.outbox) == 1
        assert Delivery.objects.filter(user=user).count() == 1

    def test_quiet_when_today_is_already_logged(self, user):
        due_reminder(user, only_if_not_logged=True)
        SessionFactory(user=user, date=MONDAY_0730.date())

        assert run(user) == []
        assert mail.outbox == []

    def test_sent_anyway_when_asked_to_remind_every_day(self, user):
        due_reminder(user, only_if_not_logged=False)
        SessionFactory(user=user, date=MONDAY_0730.date())

        assert run(user) == ["email"]

    def test_a_task_queued_before_the_settings_changed_sends_nothing(self, user):
        reminder = due_reminder(user)
        reminder.at = time(8, 0)
        reminder.save()
        schedule_next(reminder)

        assert run(user) == []
        assert mail.outbox == []

    def test_a_worker_back_after_a_day_away_sends_nothing_late(self, user, time_machine):
        reminder = due_reminder(user)
        time_machine.move_to(datetime(2026, 6, 2, 9, 0, tzinfo=UTC), tick=False)

        assert run(user) == []

        reminder.refresh_from_db()
        assert reminder.scheduled_for == datetime(2026, 6, 3, 6, 30, tzinfo=UTC)


def test_push_reaches_the_push_service_encrypted_for_the_browser(
    user, vapid, push_service, settings
):
    settings.SITE_URL = "https://spinecare.example.com"
    due_reminder(user, by_email=False, by_push=True)
    subscribe(user, push_service)

    assert run(user) == ["push"]

    [request] = push_service.received
    assert request["headers"]["content-encoding"] == "aes128gcm"
    assert request["headers"]["authorization"].startswith("vapid t=")
    assert f"k={vapid}" in request["headers"]["authorization"]
    payload = push_service.decrypt(request["body"])
    assert payload == {
        "title": "Time for your spine routine",
        "body": "A few minutes today keeps the habit going. Log it when you're done.",
        "url": "https://spinecare.example.com/dashboard/",
    }


def test_a_subscription_the_push_service_forgot_is_removed(user, vapid, push_service):
    push_service.status = 410
    due_reminder(user, by_email=False, by_push=True)
    subscription = subscribe(user, push_service)

    run(user)

    assert not type(subscription).objects.filter(pk=subscription.pk).exists()


class TestRecipientsLanguage:
    """The worker sends in each person's own language, whatever language it runs in."""

    def test_the_email_is_written_in_the_recipients_language(self, user, tagged_words):
        user.language = "de"
        user.save()
        due_reminder(user)

        run(user)

        [message] = mail.outbox
        assert message.subject == "[de] Time for your spine routine"
        assert "[de] A few minutes today keeps the habit going." in message.body
        assert tagged_words == [("reminders/reminder_email.txt", "de")]

    def test_the_push_is_written_in_the_recipients_language(
        self, user, vapid, push_service, tagged_words
    ):
        user.language = "es"
        user.save()
        due_reminder(user, by_email=False, by_push=True)
        subscribe(user, push_service)

        with translation.override("de"):  # the worker's own language
            run(user)
            assert translation.get_language() == "de"  # and it is given back

        payload = push_service.decrypt(push_service.received[0]["body"])
        assert payload["title"] == "[es] Time for your spine routine"
        assert payload["body"].startswith("[es] ")

"""The reminders section of Settings, the calendar feed and the signed unsubscribe link."""

from datetime import UTC, datetime, time, timedelta

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from icalendar import Calendar

from spinecare.jsi18n import catalogue_url
from spinecare.reminders.models import PushSubscription, Reminder
from spinecare.reminders.services import unsubscribe_token
from tests.factories import PushSubscriptionFactory, ReminderFactory

pytestmark = pytest.mark.django_db
SETTINGS = reverse("reminders:settings")


def test_settings_links_to_reminders(user_client):
    response = user_client.get(reverse("accounts:settings"))
    assert SETTINGS in response.text


def test_the_page_shows_the_form_and_the_private_feed_address(user_client, user):
    assert "Get a calendar address" in user_client.get(SETTINGS).text
    user_client.post(reverse("reminders:feed-update"))

    response = user_client.get(SETTINGS)

    reminder = Reminder.objects.get(user=user)
    assert "Only if I haven&#x27;t logged today" in response.text
    assert f"/reminders/feed/{reminder.feed_token}.ics" in response.text
    assert "Notifications are not set up on this server" in response.text


def test_the_days_start_on_the_persons_first_day_of_the_week(user_client, user):
    user.week_start = 6  # Sunday
    user.save()

    text = user_client.get(SETTINGS).text

    assert 0 < text.index("Sunday") < text.index("Monday") < text.index("Saturday")


def test_saving_queues_the_next_reminder_at_the_local_time(
    user_client, user, time_machine, django_capture_on_commit_callbacks
):
    time_machine.move_to(datetime(2026, 6, 1, 12, tzinfo=UTC), tick=False)  # a Monday
    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.post(
            SETTINGS, {"days": ["1", "3"], "at": "07:30", "by_email": "on"}, follow=True
        )

    assert "Your reminders are saved." in response.text
    reminder = Reminder.objects.get(user=user)
    assert reminder.days == [1, 3]
    assert reminder.at == time(7, 30)
    assert reminder.only_if_not_logged is False  # an unticked box
    assert reminder.scheduled_for == datetime(2026, 6, 2, 6, 30, tzinfo=UTC)  # 07:30 BST
    assert DBTaskResult.objects.get().run_after == reminder.scheduled_for


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"days": ["1"], "at": "7h30", "by_email": "on"}, "at", "such as 07:30"),
        ({"days": ["1"], "at": "", "by_email": "on"}, "at", "Enter a time"),
        ({"at": "07:30", "by_email": "on"}, "days", "Pick at least one day"),
        ({"days": ["9"], "at": "07:30"}, "days", "Select a valid choice"),
    ],
)
def test_bad_input_is_explained_beside_the_field(user_client, user, data, field, message):
    response = user_client.post(SETTINGS, data)

    assert response.status_code == 200
    assert message in str(response.context["form"].errors[field])
    assert f'id="error_1_id_{field}"' in response.text or message in response.text
    assert not Reminder.objects.filter(user=user).exists()


def test_no_channel_means_no_task(user_client, user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(SETTINGS, {"days": ["1"], "at": "07:30"})

    assert Reminder.objects.get(user=user).scheduled_for is None
    assert not DBTaskResult.objects.exists()


class TestPush:
    def test_without_vapid_keys_there_is_no_notification_choice(self, user_client):
        response = user_client.get(SETTINGS)
        assert "by_push" not in response.text

    def test_a_browser_subscribes_and_notifications_turn_on(self, user_client, user, vapid):
        response = user_client.post(
            reverse("reminders:push-add"),
            {
                "endpoint": "https://push.example.com/abc",
                "p256dh": "B" + "x" * 86,
                "auth": "y" * 22,
            },
        )

        assert response.json() == {"text": "Notifications are on for this device."}
        assert PushSubscription.objects.get().user == user
        assert Reminder.objects.get(user=user).by_push is True
        page = user_client.get(SETTINGS)
        assert "Notifications are on for 1 device." in page.text
        assert vapid in page.text  # for the browser's PushManager, through json_script

    def test_a_broken_subscription_is_refused(self, user_client, vapid):
        response = user_client.post(reverse("reminders:push-add"), {"endpoint": "nope"})

        assert response.status_code == 400
        assert "could not be read" in response.json()["error"]
        assert not PushSubscription.objects.exists()

    def test_turning_off_forgets_only_my_devices(self, user_client, user, other_user):
        PushSubscriptionFactory(user=user)
        theirs = PushSubscriptionFactory(user=other_user)

        user_client.post(reverse("reminders:push-remove"))

        assert list(PushSubscription.objects.all()) == [theirs]


class TestFeed:
    def test_the_feed_is_a_weekly_event_at_the_local_time(self, client, user, settings):
        settings.SITE_URL = "https://spinecare.example.com"
        reminder = ReminderFactory(user=user, days=[0, 2, 4], at=time(7, 30))

        response = client.get(reverse("reminders:feed", args=[reminder.feed_token]))

        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        calendar = Calendar.from_ical(response.content)
        [event] = calendar.walk("VEVENT")
        start = event.decoded("dtstart")
        assert start.time() == time(7, 30)
        assert str(start.tzinfo) == "Europe/London"
        assert event.decoded("duration") == timedelta(minutes=15)
        rule = event["rrule"]
        assert rule["FREQ"] == ["WEEKLY"]
        assert rule["BYDAY"] == ["MO", "WE", "FR"]
        assert str(event["url"]) == "https://spinecare.example.com/dashboard/"
        assert str(event["summary"]) == "Time for your spine routine"
        assert calendar.walk("VALARM")
        assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]

    def test_a_new_address_retires_the_old_one(self, user_client, user):
        reminder = ReminderFactory(user=user)
        old = reverse("reminders:feed", args=[reminder.feed_token])

        response = user_client.post(reverse("reminders:feed-update"), follow=True)

        assert "Your calendar has a new address." in response.text
        reminder.refresh_from_db()
        assert user_client.get(old).status_code == 404
        assert (
            user_client.get(reverse("reminders:feed", args=[reminder.feed_token])).status_code
            == 200
        )

    def test_the_feed_speaks_the_persons_language_not_the_calendar_apps(
        self, client, user, tagged_words
    ):
        user.language = "es"
        user.save()
        reminder = ReminderFactory(user=user, days=[0], at=time(7, 30))

        response = client.get(
            reverse("reminders:feed", args=[reminder.feed_token]),
            headers={"Accept-Language": "de"},
        )

        [event] = Calendar.from_ical(response.content).walk("VEVENT")
        assert str(event["summary"]) == "[es] Time for your spine routine"

    def test_an_unknown_address_is_not_found(self, client, db):
        assert client.get(reverse("reminders:feed", args=["guess"])).status_code == 404


class TestUnsubscribe:
    def url(self, user):
        return reverse("reminders:unsubscribe", args=[unsubscribe_token(user)])

    def test_opening_the_link_asks_and_changes_nothing(self, client, user):
        ReminderFactory(user=user, by_email=True)

        response = client.get(self.url(user))

        assert "Stop reminder e-mails" in response.text
        assert Reminder.objects.get(user=user).by_email is True

    def test_one_click_stops_the_emails_without_signing_in(self, client, user):
        ReminderFactory(user=user, by_email=True, by_push=True)

        response = client.post(self.url(user), {"List-Unsubscribe": "One-Click"})

        assert "you won't get reminder e-mails any more" in response.text
        reminder = Reminder.objects.get(user=user)
        assert (reminder.by_email, reminder.by_push) == (False, True)

    def test_the_page_is_in_the_language_of_the_email(self, client, user):
        user.language = "de"
        user.save()

        response = client.get(self.url(user), headers={"Accept-Language": "es"})

        assert f'src="{catalogue_url("de")}"' in response.text

    def test_an_altered_link_changes_nothing_and_says_so(self, client, user, other_user):
        ReminderFactory(user=other_user, by_email=True)
        token = unsubscribe_token(user)
        forged = token.replace(token.split(":")[0], str(other_user.pk), 1)

        response = client.post(reverse("reminders:unsubscribe", args=[forged]))

        assert response.status_code == 400
        assert "This link is not complete or was changed" in response.text
        assert Reminder.objects.get(user=other_user).by_email is True

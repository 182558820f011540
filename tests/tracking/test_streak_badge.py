"""The navigation's streak badge: cached per user, so a page reads no history for it, and
forgotten on every write, also when the write went through another app server."""

import threading
from datetime import timedelta
from uuid import uuid4

import pytest
import redis
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ExerciseEntryFactory, SessionFactory
from tracking.services.today import save_checkin

BADGE = reverse("tracking:streak-badge")
YOUR_DATA = reverse("data:index")
REDIS = "redis://127.0.0.1:6379/0"


def log_day(user, day):
    session = SessionFactory(user=user, date=day)
    ExerciseEntryFactory(session=session, completed=True)
    return session


def calendar_queries(client, url=YOUR_DATA) -> tuple[str, int]:
    """The page, and how many of its queries read the calendar (the UNION of days)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.text, sum(" UNION " in q["sql"] for q in queries)


def streak_in(page: str) -> str:
    return page.split('data-testid="streak-count">')[1].split("<")[0]


def test_a_page_reads_the_calendar_once_then_the_badge_comes_from_the_cache(user_client, user):
    today = user.local_today()
    for n in range(1, 4):
        log_day(user, today - timedelta(days=n))

    first, first_reads = calendar_queries(user_client)
    again, later_reads = calendar_queries(user_client)

    assert (first_reads, later_reads) == (1, 0)
    assert streak_in(first) == streak_in(again) == "3"


def test_logging_editing_and_deleting_are_seen_at_once(user_client, user):
    today = user.local_today()
    yesterday = log_day(user, today - timedelta(days=1))
    assert streak_in(calendar_queries(user_client)[0]) == "1"

    log_day(user, today - timedelta(days=2))  # a write outside our services: not seen yet
    assert streak_in(calendar_queries(user_client)[0]) == "1"
    save_checkin(user, today, discomfort=2, rest_for_discomfort=False)
    assert streak_in(calendar_queries(user_client)[0]) == "2"

    user_client.post(reverse("tracking:session-delete", args=[yesterday.pk]))
    assert streak_in(calendar_queries(user_client)[0]) == "0"


def test_a_new_day_or_another_alert_level_is_computed_afresh(user_client, user, time_machine):
    time_machine.move_to("2026-03-10 12:00:00+00:00")
    user.timezone = "UTC"
    user.save()
    log_day(user, user.local_today())
    first, reads = calendar_queries(user_client)
    assert (streak_in(first), reads) == ("1", 1)

    user.discomfort_threshold += 1
    user.save()
    assert calendar_queries(user_client)[1] == 1  # the protected days may differ
    assert calendar_queries(user_client)[1] == 0

    time_machine.move_to("2026-03-12 12:00:00+00:00")  # a day missed: the streak is gone
    later, reads = calendar_queries(user_client)
    assert (streak_in(later), reads) == ("0", 1)


def test_another_first_day_of_the_week_is_computed_afresh(user_client, user):
    """Settings saves the week's first day without a call here: the cache key holds it."""
    log_day(user, user.local_today())
    assert calendar_queries(user_client)[1] == 1

    user.week_start = 6
    user.save()

    assert calendar_queries(user_client)[1] == 1
    assert calendar_queries(user_client)[1] == 0


@pytest.fixture
def shared_redis(settings):
    """The cache in Redis, as in production, under a prefix of this test's own."""
    try:
        redis.Redis.from_url(REDIS).ping()
    except redis.RedisError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"test-{uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS,
            "KEY_PREFIX": prefix,
        }
    }
    yield
    client = redis.Redis.from_url(REDIS)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def on_another_server(user, url: str) -> tuple[str, int]:
    """A request served by another app server: another thread, so its own cache connection
    (Django keeps one per thread) and its own database connection, sharing only Redis and
    the database, as a second gunicorn does."""
    answer = []

    def serve():
        try:
            other = Client()
            other.force_login(user)
            answer.append(calendar_queries(other, url))
        finally:
            connection.close()

    thread = threading.Thread(target=serve)
    thread.start()
    thread.join()
    return answer[0]


@pytest.mark.django_db(transaction=True)
def test_a_write_through_one_server_is_seen_through_the_other(shared_redis, client, user):
    today = user.local_today()
    log_day(user, today - timedelta(days=2))
    yesterday = log_day(user, today - timedelta(days=1))
    client.force_login(user)

    assert on_another_server(user, BADGE)[1] == 1  # it reads the calendar and caches it
    page, reads = on_another_server(user, BADGE)
    assert (streak_in(page), reads) == ("2", 0)  # from Redis

    client.post(reverse("tracking:session-delete", args=[yesterday.pk]))

    page, reads = on_another_server(user, BADGE)
    assert (streak_in(page), reads) == ("0", 1)

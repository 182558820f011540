"""The home's checklist rows and check-in fields, cached as HTML under what they show
(tracking/fragments.py): the same page as drawn afresh, never stale, never another person's,
and never holding a per-request secret."""

import json
import os
import pickle
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import AdjustmentFactory
from tests.tracking.views.test_dashboard import bulk_history
from tests.tracking.views.test_today import CHECKIN, LOG, session_post
from tracking import fragments
from tracking.models import CheckIn, RoutineItem
from tracking.services.routines import create_starter_routine

DASHBOARD = reverse("tracking:dashboard")
TODAY = reverse("tracking:today")

# What differs between two responses by design: the CSRF token, the idempotency keys and
# the scripts' CSP nonce.
PER_REQUEST = [
    re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+'),
    re.compile(r'(csrftoken": ")[^"]+', re.IGNORECASE),
    re.compile(r'(name="key" value=")[^"]+'),
    re.compile(r'( nonce=")[^"]+'),
]


def page_without_secrets(html: str) -> str:
    for pattern in PER_REQUEST:
        html = pattern.sub(r"\1…", html)
    return html


def checklist(html: str) -> str:
    return html.split('<ol class="checklist')[1].split("</ol>")[0]


@pytest.fixture
def items(starter_routine):
    return list(starter_routine.items.select_related("exercise"))


@pytest.mark.parametrize("url", [DASHBOARD, TODAY])
def test_a_page_from_the_cache_is_the_page_drawn_afresh(user_client, items, url):
    fresh = user_client.get(url).text  # draws the fragments and keeps them
    cached = user_client.get(url).text

    cache.clear()
    again = user_client.get(url).text

    assert page_without_secrets(cached) == page_without_secrets(fresh)
    assert page_without_secrets(again) == page_without_secrets(fresh)
    assert "Cat-cow" in checklist(cached)


def test_the_fragments_hold_no_csrf_token_or_idempotency_key(user_client, items):
    page = user_client.get(DASHBOARD).text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)', page).group(1)
    keys = re.findall(r'name="key" value="([^"]+)', page)

    # Everything the cache holds (the tests' local-memory cache keeps values pickled).
    stored = [pickle.loads(value) for value in cache._cache.values()]
    html = "".join(value for value in stored if isinstance(value, str))

    assert 'class="checklist' in html  # the fragments are there
    assert 'name="discomfort"' in html
    assert token not in html
    assert keys
    assert not any(key in html for key in keys)
    assert "csrfmiddlewaretoken" not in html


def test_each_response_gets_its_own_idempotency_key(user_client, items):
    first = user_client.get(DASHBOARD).text
    second = user_client.get(DASHBOARD).text

    key = re.compile(r'name="key" value="([^"]+)')
    assert set(key.findall(first)).isdisjoint(key.findall(second))


def test_logging_the_day_shows_what_was_logged_not_the_cached_rows(
    user_client, user, starter_routine, items
):
    today = user.local_today()
    cat_cow = next(item for item in items if item.exercise.slug == "cat-cow")
    done = re.compile(rf'id="id_item-{cat_cow.pk}-completed"\s+checked')
    assert not done.search(checklist(user_client.get(DASHBOARD).text))

    user_client.post(LOG, session_post(starter_routine, items, day=today, done={"cat-cow"}))

    assert done.search(checklist(user_client.get(DASHBOARD).text))


def test_a_new_dosage_shows_at_once(user_client, items):
    user_client.get(DASHBOARD)
    item = items[0]
    RoutineItem.objects.filter(pk=item.pk).update(sets=4, reps=17, revision=item.revision + 1)

    assert "4 sets × 17 reps" in checklist(user_client.get(DASHBOARD).text)


def test_a_library_change_shows_at_once(user_client, items):
    user_client.get(DASHBOARD)
    exercise = items[0].exercise
    exercise.name_en_gb = "Cat-cow, slowly"
    exercise.save()

    assert "Cat-cow, slowly" in checklist(user_client.get(DASHBOARD).text)


def test_the_rows_follow_the_readers_language(user_client, user, items):
    english = checklist(user_client.get(DASHBOARD).text)
    user.language = "de"
    user.save(update_fields=["language"])

    german = checklist(user_client.get(DASHBOARD).text)

    assert ">How to</a>" in english
    assert ">Anleitung</a>" in german
    assert "How to" not in german


def test_a_check_in_shows_its_values_not_the_cached_empty_form(user_client, user, items):
    today = user.local_today()
    user_client.get(DASHBOARD)

    user_client.post(CHECKIN, {"date": today.isoformat(), "discomfort": "6", "notes": "stiff"})
    page = user_client.get(DASHBOARD).text

    assert re.search(r'value="6" id="id_discomfort_6" required checked', page)
    assert ">\nstiff</textarea>" in page


def test_another_persons_rows_are_never_served(client, user, other_user, items):
    create_starter_routine(other_user)
    theirs = RoutineItem.objects.filter(routine__user=other_user).values_list("pk", flat=True)
    client.force_login(user)
    client.get(DASHBOARD)

    client.force_login(other_user)
    rows = checklist(client.get(DASHBOARD).text)

    for item in items:
        assert f"item-{item.pk}-" not in rows
    for pk in theirs:
        assert f"item-{pk}-" in rows


def test_yesterdays_exercises_are_asked_about_and_their_answers_kept(
    user_client, user, starter_routine, items
):
    today = user.local_today()
    yesterday = today - timedelta(days=1)
    user_client.post(LOG, session_post(starter_routine, items, day=yesterday, done={"cat-cow"}))
    assert "Did anything hurt later" in user_client.get(DASHBOARD).text

    field = re.search(r'name="(late-\d+)" value="mild"', user_client.get(DASHBOARD).text)
    user_client.post(
        CHECKIN, {"date": today.isoformat(), "discomfort": "3", field.group(1): "mild"}
    )

    page = user_client.get(DASHBOARD).text
    assert re.search(rf'name="{field.group(1)}" value="mild" id="[^"]+" checked', page)


def test_an_edited_template_is_a_new_release_while_developing(settings, tmp_path, monkeypatch):
    """With DEBUG (make run), the release follows the files' modification times."""
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "page.html"
    page.write_text("one")
    settings.BASE_DIR, settings.DEBUG = tmp_path, True
    monkeypatch.setattr(fragments, "time", SimpleNamespace(time=lambda: 1000.0))
    first = fragments.release()

    page.write_text("two")
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    assert fragments.release() == first  # scanned at most once a second
    monkeypatch.setattr(fragments, "time", SimpleNamespace(time=lambda: 1001.0))

    assert fragments.release() != first


def chart_data(page: str) -> dict:
    return json.loads(page.split('id="discomfort-data" type="application/json">')[1].split("<")[0])


def test_the_chart_shows_a_new_check_in_at_once(user_client, user, items):
    today = user.local_today()
    user_client.post(LOG, session_post(items[0].routine, items, day=today, done={"cat-cow"}))
    assert chart_data(user_client.get(DASHBOARD).text)["levels"][-1] is None

    user_client.post(CHECKIN, {"date": today.isoformat(), "discomfort": "7"})

    page = user_client.get(DASHBOARD).text
    assert chart_data(page)["levels"][-1] == 7
    assert "1 check-in in this range: average 7.0 out of 10" in page


def test_the_chart_shows_a_routine_change_at_once(user_client, user, items):
    today = user.local_today()
    user_client.post(LOG, session_post(items[0].routine, items, day=today, done={"cat-cow"}))
    assert not any(chart_data(user_client.get(DASHBOARD).text)["changes"])

    AdjustmentFactory(item=items[0])  # a change made without a new session or check-in

    assert chart_data(user_client.get(DASHBOARD).text)["changes"][-1] == "Pause"


@pytest.fixture
def a_year_and_more(user, starter_routine):
    """400 days of sessions and check-ins, a few at or above the alert level, some rest days."""
    today = user.local_today()
    bulk_history(user, 400, today)
    CheckIn.objects.filter(user=user, discomfort=7).update(rest_for_discomfort=True)


@pytest.mark.parametrize("query", ["", "?range=30", "?range=365"])
def test_with_the_heatmap_cached_the_page_is_the_same_from_fewer_days(
    user_client, user, a_year_and_more, query
):
    fresh = user_client.get(DASHBOARD + query).text
    with CaptureQueriesContext(connection) as queries:
        cached = user_client.get(DASHBOARD + query).text

    assert page_without_secrets(cached) == page_without_secrets(fresh)
    calendar = next(q["sql"] for q in queries if "UNION" in q["sql"])
    days = {"": 90, "?range=30": 30, "?range=365": 365}[query] + 7
    since = user.local_today() - timedelta(days=days)
    assert f"'{since.isoformat()}'" in calendar or f"'{since}'::date" in calendar


@pytest.mark.parametrize("query", ["?range=30", "?range=365"])
def test_a_range_drawn_from_fewer_days_is_the_range_drawn_afresh(
    user_client, a_year_and_more, query
):
    user_client.get(DASHBOARD)  # keeps the heat-map and the 90-day chart
    switched = user_client.get(DASHBOARD + query).text

    cache.clear()
    fresh = user_client.get(DASHBOARD + query).text

    assert page_without_secrets(switched) == page_without_secrets(fresh)

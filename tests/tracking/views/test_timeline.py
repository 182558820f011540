"""The routine page's timeline of changes: the latest ten, then ten more at a time."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import AdjustmentFactory
from tracking.cards import TIMELINE_MOST, TIMELINE_PAGE, timeline_shown
from tracking.models import Adjustment

HTMX = {"HX-Request": "true"}


@pytest.fixture
def changes(starter_routine):
    """25 changes, a day apart, the newest first in ``changes``."""
    item = starter_routine.items.first()
    made = AdjustmentFactory.create_batch(25, item=item)
    now = timezone.now()
    for days, change in enumerate(reversed(made)):
        Adjustment.objects.filter(pk=change.pk).update(created_at=now - timedelta(days=days))
    return list(reversed(made))


def shown(page: str) -> list[int]:
    """The changes a page shows, by the id in their undo form (every one here can be undone)."""
    return [
        int(part.split("/")[0])
        for part in page.split('action="/adjustments/')[1:]
        if part[0] != "/"
    ]


def test_the_routine_page_shows_the_latest_ten_changes(user_client, starter_routine, changes):
    page = user_client.get(starter_routine.get_absolute_url()).text

    assert page.count('data-testid="adjustment"') == TIMELINE_PAGE
    assert shown(page) == [change.pk for change in changes[:TIMELINE_PAGE]]
    assert f"?changes={2 * TIMELINE_PAGE}#adjustments" in page
    assert "Show older changes" in page


def test_older_changes_come_ten_more_at_a_time_with_htmx(user_client, starter_routine, changes):
    more = reverse("tracking:routine-adjustments", args=[starter_routine.pk])

    twenty = user_client.get(more, {"changes": "20"}, headers=HTMX).text
    everything = user_client.get(more, {"changes": "30"}, headers=HTMX).text

    assert shown(twenty) == [change.pk for change in changes[:20]]
    assert "?changes=30" in twenty
    assert shown(everything) == [change.pk for change in changes]
    assert "Show older changes" not in everything


def test_without_javascript_the_link_opens_the_page_with_more(
    user_client, starter_routine, changes
):
    page = user_client.get(starter_routine.get_absolute_url(), {"changes": "20"}).text

    assert page.count('data-testid="adjustment"') == 20
    assert "<html" in page


@pytest.mark.parametrize(
    ("asked", "count"),
    [("abc", TIMELINE_PAGE), ("-5", TIMELINE_PAGE), ("0", TIMELINE_PAGE), ("15", 10), ("", 10)],
)
def test_an_unusable_count_shows_the_first_page(
    user_client, starter_routine, changes, asked, count
):
    response = user_client.get(starter_routine.get_absolute_url(), {"changes": asked})

    assert response.status_code == 200
    assert response.text.count('data-testid="adjustment"') == count


def test_a_huge_count_is_capped_and_still_answers(user_client, starter_routine, changes):
    response = user_client.get(starter_routine.get_absolute_url(), {"changes": "10" * 50})

    assert response.status_code == 200
    assert response.text.count('data-testid="adjustment"') == len(changes)


@pytest.mark.parametrize(
    ("asked", "pages"),
    [("10", 1), ("29", 2), ("30", 3), ("9", 1), ("x", 1), (None, 1), ("1" * 40, 100)],
)
def test_the_count_asked_for_is_a_whole_number_of_pages(asked, pages):
    query = {} if asked is None else {"changes": asked}

    assert timeline_shown(query) == pages * TIMELINE_PAGE
    assert timeline_shown(query) <= TIMELINE_MOST


def test_another_persons_timeline_is_a_404(client, other_user, starter_routine, changes):
    client.force_login(other_user)
    more = reverse("tracking:routine-adjustments", args=[starter_routine.pk])

    assert client.get(more, {"changes": "20"}, headers=HTMX).status_code == 404
    assert client.get(starter_routine.get_absolute_url(), {"changes": "20"}).status_code == 404

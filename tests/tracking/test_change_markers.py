"""The chart's routine-change markers read only the changes of the range drawn."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import AdjustmentFactory, ExerciseEntryFactory, SessionFactory
from tracking.models import Adjustment
from tracking.progress import Progress


def log_day(user, day):
    ExerciseEntryFactory(session=SessionFactory(user=user, date=day), completed=True)


def test_a_90_day_chart_reads_the_changes_of_90_days(user_client, user):
    today = user.local_today()
    log_day(user, today)
    log_day(user, today - timedelta(days=250))
    old, recent = AdjustmentFactory.create_batch(2, item__routine__user=user)
    Adjustment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=200))
    progress = Progress.for_user(user)

    with CaptureQueriesContext(connection) as queries:
        series = progress.discomfort_series("90")
    read = [query["sql"] for query in queries]  # before another request resets the log
    everything = user_client.get(
        reverse("tracking:dashboard"),
        {"range": "all"},
        headers={"HX-Request": "true", "HX-Target": "discomfort-chart"},
    )

    assert len(read) == 1
    assert "created_at" in read[0].split("WHERE")[1]  # from the range's first day
    assert [c for c in series["changes"] if c] == [str(recent.get_kind_display())]
    assert len([c for c in everything.context["chart"].series["changes"] if c]) == 2

"""RoutineItem.eased_or_open, filled in for the items there are: a save without flags skips
the suggestion rules for items whose last change eased nothing and that have no open
suggestion (``RoutineItemQuerySet.note_eased_or_open``, written out here for the
historical models)."""

from django.db import migrations, models
from django.db.models import Case, Exists, OuterRef, Q, Subquery, When
from django.db.models.lookups import In

EASING_KINDS = ["reduce", "swap"]  # tracking.adjustments.EASING_KINDS at this migration


def fill_in(apps, schema_editor):
    RoutineItem = apps.get_model("tracking", "RoutineItem")
    Adjustment = apps.get_model("tracking", "Adjustment")
    Suggestion = apps.get_model("tracking", "Suggestion")
    last_kind = Subquery(
        Adjustment.objects.filter(item=OuterRef("pk"))
        .order_by("-created_at", "-pk")
        .values("kind")[:1]
    )
    open_one = Exists(Suggestion.objects.filter(item=OuterRef("pk"), status="open"))
    RoutineItem.objects.update(
        eased_or_open=Case(
            When(Q(open_one) | Q(In(last_kind, EASING_KINDS)), then=True), default=False
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("tracking", "0004_reason_parts"),
    ]

    operations = [
        migrations.AddField(
            model_name="routineitem",
            name="eased_or_open",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.RunPython(fill_in, migrations.RunPython.noop),
    ]

"""Daily check-ins."""

from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from spinecare.accounts.models import User
from tracking.models import MAX_NOTE, BodyArea, CheckIn, RedFlag

from .reading import Refs, read_rows


def dump_checkins(user: User) -> list[dict]:
    fields = ("discomfort", "areas", "notes", "rest_for_discomfort", "red_flags")
    return [
        {"date": day.isoformat(), **dict(zip(fields, values, strict=True))}
        for day, *values in CheckIn.objects.for_user(user)
        .order_by("date")
        .values_list("date", *fields)
    ]


def load_checkins(user: User, value: Any, refs: Refs) -> None:
    checkins: dict[date, CheckIn] = {}
    for row in read_rows(value, _("Check-in"), where="“checkins”"):
        day = row.day("date", refs.today)
        if day in checkins:
            row.refuse(
                "date", _("has a second check-in on %(day)s; keep one a day.") % {"day": day}
            )
        areas = row.raw("areas")
        if not isinstance(areas, list) or not all(
            isinstance(area, str) and area in BodyArea.values for area in areas
        ):
            row.refuse(
                "areas",
                _("should list areas from: %(areas)s.") % {"areas": ", ".join(BodyArea.values)},
            )
        red_flags = row.value.get("red_flags", [])
        if not isinstance(red_flags, list) or not all(
            isinstance(flag, str) and flag in RedFlag.values for flag in red_flags
        ):
            row.refuse(
                "red_flags",
                _("should list warning signs from: %(flags)s.")
                % {"flags": ", ".join(RedFlag.values)},
            )
        checkins[day] = CheckIn(
            red_flags=list(dict.fromkeys(red_flags)),
            user=user,
            date=day,
            discomfort=row.integer("discomfort", 0, 10),
            areas=list(dict.fromkeys(areas)),
            notes=row.text("notes", MAX_NOTE),
            rest_for_discomfort=row.boolean("rest_for_discomfort"),
        )
    CheckIn.objects.bulk_create(checkins.values())
    refs.counts["checkins"] = len(checkins)

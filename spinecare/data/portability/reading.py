"""Reading an import file: ``Reader`` for one object of it, with typed getters whose refusals
say where and what is wrong, and ``Refs`` for what earlier sections loaded."""

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from exercises.models import Exercise
from tracking.models import Routine, RoutineItem

# Days outside this window are refused: nothing was logged before SpineCare existed, and a
# date far in the past would make every streak computation walk centuries of days.
EARLIEST_DAY = date(2000, 1, 1)


class ImportRefused(Exception):
    """The file can't be imported. The message says why, in words meant for the user."""


class Reader:
    """One object of the file, with typed getters whose errors say where and what is wrong."""

    def __init__(self, value: Any, where: str):
        if not isinstance(value, dict):
            raise ImportRefused(
                _("%(where)s should be a group of named values.") % {"where": where}
            )
        self.value = value
        self.where = where

    def refuse(self, name: str, problem: str):
        raise ImportRefused(
            _("%(where)s: “%(name)s” %(problem)s")
            % {"where": self.where, "name": name, "problem": problem}
        )

    def raw(self, name: str) -> Any:
        if name not in self.value:
            self.refuse(name, _("is missing."))
        return self.value[name]

    def text(self, name: str, max_length: int, *, required: bool = False) -> str:
        value = self.raw(name)
        if not isinstance(value, str) or "\x00" in value:
            self.refuse(name, _("should be text."))
        if not is_storable(value):
            self.refuse(
                name,
                _("has a broken character. Download the export from SpineCare again."),
            )
        if len(value) > max_length:
            self.refuse(name, _("is longer than %(n)s characters.") % {"n": max_length})
        if required and not value.strip():
            self.refuse(name, _("is empty."))
        return value

    def integer(self, name: str, low: int, high: int, *, optional: bool = False) -> int | None:
        value = self.raw(name)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.refuse(
                name,
                _("should be a whole number from %(low)s to %(high)s.")
                % {"low": low, "high": high},
            )
        return value

    def boolean(self, name: str) -> bool:
        value = self.raw(name)
        if not isinstance(value, bool):
            self.refuse(name, _("should be true or false."))
        return value

    def choice(self, name: str, choices: list[str]) -> str:
        value = self.raw(name)
        if not isinstance(value, str) or value not in choices:
            self.refuse(name, _("should be one of: %(choices)s.") % {"choices": ", ".join(choices)})
        return value

    def day(self, name: str, today: date) -> date:
        """A calendar day from 2000 until ``today``, the person's own today."""
        value = self.raw(name)
        try:
            day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
        except ValueError:
            day = None
        if day is None or not EARLIEST_DAY <= day <= today:
            self.refuse(name, _("should be a date such as 2026-03-14, from 2000 until today."))
        return day

    def moment(self, name: str, zone: tzinfo) -> datetime:
        """An aware date and time whose day in ``zone`` is from 2000 until today there."""
        value = self.text(name, 40, required=True)
        try:
            moment = datetime.fromisoformat(value)
            # Near year 1 or 9999 the conversion leaves the calendar: OverflowError.
            day = moment.astimezone(zone).date() if moment.utcoffset() is not None else None
        except (ValueError, OverflowError):
            day = None
        if day is None or not EARLIEST_DAY <= day <= timezone.localdate(timezone=zone):
            self.refuse(
                name,
                _(
                    "should be a date and time with its offset, such as "
                    "2026-03-14T09:30:00+00:00, from 2000 until today."
                ),
            )
        return moment

    def rows(self, name: str, label: str) -> list["Reader"]:
        """A list of objects, each read with a label such as "Session 3"."""
        value = self.raw(name)
        return read_rows(value, label, where=f"{self.where}: “{name}”")


def is_storable(text: str) -> bool:
    """False for text with lone surrogates ("\\ud800" in JSON), which no database can store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_rows(value: Any, label: str, *, where: str) -> list[Reader]:
    if not isinstance(value, list):
        raise ImportRefused(_("%(where)s should be a list.") % {"where": where})
    return [Reader(row, f"{label} {number}") for number, row in enumerate(value, start=1)]


@dataclass
class Refs:
    """What a section has loaded that a later one may refer to."""

    exercises: dict[str, Exercise]
    zone: tzinfo  # the person's time zone: the file's profile may change it
    routines: dict[str, Routine] = field(default_factory=dict)
    items: dict[tuple[str, int], RoutineItem] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def exercise(self, row: Reader, name: str = "exercise") -> Exercise:
        slug = row.text(name, 200, required=True)
        if slug not in self.exercises:
            row.refuse(
                name,
                _("is “%(slug)s”, an exercise this SpineCare doesn't have.") % {"slug": slug},
            )
        return self.exercises[slug]

    @property
    def today(self) -> date:
        """Today on the person's own calendar: no day after it can hold history."""
        return timezone.localdate(timezone=self.zone)

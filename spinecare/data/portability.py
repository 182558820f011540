"""A user's data as one JSON document, and back again.

``export_document(user)`` gives everything a user owns as JSON-ready values;
``import_document(user, document)`` loads such a document into an account that has no
sessions and no check-ins yet, replacing its routines. The import checks every value and
writes all of it or nothing (one transaction).

The document is ``{"format": "spinecare-export", "version": 1, ...}`` with one key per
Section below. Exercises are named by slug, rows that refer to each other by name or by
position in the file (a session names its routine; an entry names its routine and the
item's index in it), never by database id.

To carry a new model: write a ``dump_<rows>(user)`` that returns JSON-ready values and a
``load_<rows>(user, value, refs)`` that checks them with ``Reader`` and writes them, then add
``Section("<rows>", dump_<rows>, load_<rows>)`` to ``SECTIONS``, after the sections it refers
to. A file without the key (an older export) simply loads none of those rows.
"""

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from django.db import DataError, IntegrityError, transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exercises.models import Exercise
from spinecare.accounts.models import User
from spinecare.accounts.timezones import is_valid_timezone
from tracking.models import (
    MAX_DURATION,
    MAX_HOLD_SECONDS,
    MAX_NOTE,
    MAX_REPS,
    MAX_SETS,
    MIN_DURATION,
    Adjustment,
    AdjustmentKind,
    BodyArea,
    CheckIn,
    Discomfort,
    ExerciseEntry,
    GentleDay,
    LateFlag,
    RedFlag,
    Routine,
    RoutineItem,
    Session,
)

FORMAT = "spinecare-export"
VERSION = 1
MAX_BYTES = 5 * 1024 * 1024
# Days outside this window are refused: nothing was logged before SpineCare existed, and a
# date far in the past would make every streak computation walk centuries of days.
EARLIEST_DAY = date(2000, 1, 1)
# What one person can log, with room to spare. A file holding more is refused whole, before
# any of it is read: an outsize routine or history would make every page of the account slow.
MAX_ROUTINES = 100
MAX_ITEMS_PER_ROUTINE = 100  # the library has a few dozen exercises
MAX_ENTRIES_PER_SESSION = MAX_ITEMS_PER_ROUTINE  # a routine's exercises, and extras
MAX_SESSIONS = 40_000  # ten sessions a day for ten years
MAX_CHECKINS = 10_000  # one a day since 2000
MAX_GENTLE_DAYS = 10_000  # one a day since 2000
MAX_ADJUSTMENTS = 10_000
ROUTINE_NAME_MAX = Routine._meta.get_field("name").max_length
DISPLAY_NAME_MAX = User._meta.get_field("display_name").max_length


class ImportRefused(Exception):
    """The file can't be imported. The message says why, in words meant for the user."""


# Reading ---------------------------------------------------------------------------------


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
        if (
            day is None
            or not EARLIEST_DAY <= day <= timezone.localtime(timezone.now(), zone).date()
        ):
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
        return timezone.localtime(timezone.now(), self.zone).date()


# Profile ---------------------------------------------------------------------------------

PROFILE_FIELDS = ["display_name", "timezone", "weekly_goal", "discomfort_threshold"]


def dump_profile(user: User) -> dict:
    return {name: getattr(user, name) for name in PROFILE_FIELDS}


def load_profile(user: User, value: Any, refs: Refs) -> None:
    row = Reader(value, _("Profile"))
    user.display_name = row.text("display_name", DISPLAY_NAME_MAX)
    user.timezone = row.text("timezone", 64)
    if not is_valid_timezone(user.timezone):
        row.refuse("timezone", _("is not a time zone we know."))
    refs.zone = user.zone
    user.weekly_goal = row.integer("weekly_goal", 1, 7)
    user.discomfort_threshold = row.integer("discomfort_threshold", 0, 10)
    user.save(update_fields=PROFILE_FIELDS)


# Routines and their items ----------------------------------------------------------------


def dump_routines(user: User) -> list[dict]:
    routines = Routine.objects.for_user(user).prefetch_related(
        Prefetch("items", queryset=RoutineItem.objects.select_related("exercise"))
    )
    return [
        {
            "name": routine.name,
            "is_active": routine.is_active,
            "items": [
                {
                    "exercise": item.exercise.slug,
                    "sets": item.sets,
                    "reps": item.reps,
                    "hold_seconds": item.hold_seconds,
                    "is_paused": item.is_paused,
                }
                for item in routine.items.all()
            ],
        }
        for routine in routines
    ]


def load_routines(user: User, value: Any, refs: Refs) -> None:
    routines, items = [], []
    for row in read_rows(value, _("Routine"), where="“routines”"):
        routine = Routine(
            user=user,
            name=row.text("name", ROUTINE_NAME_MAX, required=True),
            is_active=row.boolean("is_active"),
        )
        if routine.name.casefold() in {name.casefold() for name in refs.routines}:
            row.refuse("name", _("is used by two routines; each needs its own name."))
        refs.routines[routine.name] = routine
        routines.append(routine)
        label = _("Routine “%(name)s”, exercise") % {"name": routine.name}
        for index, item_row in enumerate(row.rows("items", label)):
            item = RoutineItem(
                routine=routine,
                exercise=refs.exercise(item_row),
                position=index,
                sets=item_row.integer("sets", 1, MAX_SETS),
                reps=item_row.integer("reps", 0, MAX_REPS),
                hold_seconds=item_row.integer("hold_seconds", 0, MAX_HOLD_SECONDS),
                is_paused=item_row.boolean("is_paused"),
            )
            refs.items[routine.name, index] = item
            items.append(item)
    if sum(routine.is_active for routine in routines) > 1:
        raise ImportRefused(_("More than one routine is marked active; only one can be."))
    Routine.objects.bulk_create(routines)
    RoutineItem.objects.bulk_create(items)
    refs.counts["routines"] = len(routines)


# Sessions and their exercise entries -----------------------------------------------------


def _item_refs(user: User) -> dict[int, dict]:
    """Each routine item's place in the export: its routine's name and its index there."""
    refs, seen = {}, {}
    rows = (
        RoutineItem.objects.for_user(user)
        .order_by("routine__name", "position", "pk")
        .values_list("pk", "routine__name")
    )
    for pk, routine_name in rows:
        index = seen[routine_name] = seen.get(routine_name, -1) + 1
        refs[pk] = {"routine": routine_name, "index": index}
    return refs


ENTRY_NUMBERS = {"sets": MAX_SETS, "reps": MAX_REPS, "hold_seconds": MAX_HOLD_SECONDS}


def dump_sessions(user: User) -> list[dict]:
    items = _item_refs(user)
    late_flags = dict(
        LateFlag.objects.filter(entry__session__user=user).values_list("entry_id", "level")
    )
    sessions = (
        Session.objects.for_user(user)
        .order_by("date", "created_at", "pk")
        .select_related("routine")
        .prefetch_related(
            Prefetch("entries", queryset=ExerciseEntry.objects.select_related("exercise"))
        )
    )
    return [
        {
            "date": session.date.isoformat(),
            "routine": session.routine.name if session.routine else None,
            "duration_minutes": session.duration_minutes,
            "notes": session.notes,
            "entries": [
                {
                    "exercise": entry.exercise.slug,
                    "routine_item": items.get(entry.routine_item_id),
                    "completed": entry.completed,
                    **{name: getattr(entry, name) for name in ENTRY_NUMBERS},
                    "discomfort": entry.discomfort,
                    "discomfort_area": entry.discomfort_area,
                    "discomfort_note": entry.discomfort_note,
                    "late_flag": late_flags.get(entry.pk),
                }
                for entry in session.entries.all()
            ],
        }
        for session in sessions
    ]


def _routine_item(row: Reader, refs: Refs) -> RoutineItem | None:
    value = row.raw("routine_item")
    if value is None:
        return None
    ref = Reader(value, _("%(where)s, its routine exercise") % {"where": row.where})
    key = (
        ref.text("routine", ROUTINE_NAME_MAX),
        ref.integer("index", 0, MAX_ITEMS_PER_ROUTINE - 1),
    )
    if key not in refs.items:
        row.refuse("routine_item", _("names an exercise that isn't in that routine in this file."))
    return refs.items[key]


def load_sessions(user: User, value: Any, refs: Refs) -> None:
    sessions, entries, late_flags = [], [], []
    for row in read_rows(value, _("Session"), where="“sessions”"):
        routine_name = row.raw("routine")
        if routine_name is not None and (
            not isinstance(routine_name, str) or routine_name not in refs.routines
        ):
            row.refuse("routine", _("names a routine that isn't in this file."))
        session = Session(
            user=user,
            date=row.day("date", refs.today),
            routine=refs.routines.get(routine_name),
            duration_minutes=row.integer(
                "duration_minutes", MIN_DURATION, MAX_DURATION, optional=True
            ),
            notes=row.text("notes", MAX_NOTE),
            idempotency_key=uuid.uuid4(),
        )
        sessions.append(session)
        label = _("%(where)s, exercise") % {"where": row.where}
        for position, entry_row in enumerate(row.rows("entries", label)):
            entries.append(
                ExerciseEntry(
                    session=session,
                    exercise=refs.exercise(entry_row),
                    routine_item=_routine_item(entry_row, refs),
                    position=position,
                    completed=entry_row.boolean("completed"),
                    **{
                        name: entry_row.integer(name, 0, high)
                        for name, high in ENTRY_NUMBERS.items()
                    },
                    discomfort=entry_row.choice("discomfort", Discomfort.values),
                    discomfort_area=entry_row.choice("discomfort_area", ["", *BodyArea.values]),
                    discomfort_note=entry_row.text("discomfort_note", MAX_NOTE),
                )
            )
            if entry_row.value.get("late_flag") is not None:
                level = entry_row.choice("late_flag", ["mild", "moderate", "sharp"])
                late_flags.append(
                    LateFlag(
                        entry=entries[-1],
                        level=level,
                        # The day after, but never after today.
                        reported_on=min(session.date + timedelta(days=1), refs.today),
                    )
                )
    Session.objects.bulk_create(sessions)
    ExerciseEntry.objects.bulk_create(entries)
    LateFlag.objects.bulk_create(late_flags)
    refs.counts["sessions"] = len(sessions)


# Check-ins -------------------------------------------------------------------------------


def dump_checkins(user: User) -> list[dict]:
    return [
        {
            "date": checkin.date.isoformat(),
            "discomfort": checkin.discomfort,
            "areas": checkin.areas,
            "notes": checkin.notes,
            "rest_for_discomfort": checkin.rest_for_discomfort,
            "red_flags": checkin.red_flags,
        }
        for checkin in CheckIn.objects.for_user(user).order_by("date")
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


# Routine changes after discomfort, and gentle days --------------------------------------


def _prescription_out(value: dict, slugs: dict[int, str]) -> dict:
    return {**value, "exercise": slugs.get(value["exercise"], "")}


def dump_adjustments(user: User) -> list[dict]:
    items = _item_refs(user)
    adjustments = list(Adjustment.objects.for_user(user).order_by("created_at", "pk"))
    slugs = dict(Exercise.objects.values_list("pk", "slug"))
    index = {adjustment.pk: n for n, adjustment in enumerate(adjustments)}
    return [
        {
            "routine_item": items.get(adjustment.item_id),
            "kind": adjustment.kind,
            "reason": adjustment.reason,
            "before": _prescription_out(adjustment.before, slugs),
            "after": _prescription_out(adjustment.after, slugs),
            "reverts": index.get(adjustment.reverts_id),
            "created_at": adjustment.created_at.isoformat(),
        }
        for adjustment in adjustments
    ]


def _prescription_in(row: Reader, name: str, refs: Refs) -> dict:
    value = Reader(row.raw(name), _("%(where)s, “%(name)s”") % {"where": row.where, "name": name})
    return {
        "exercise": refs.exercise(value).pk,
        "sets": value.integer("sets", 1, MAX_SETS),
        "reps": value.integer("reps", 0, MAX_REPS),
        "hold_seconds": value.integer("hold_seconds", 0, MAX_HOLD_SECONDS),
        "paused": value.boolean("paused"),
    }


def load_adjustments(user: User, value: Any, refs: Refs) -> None:
    adjustments, when, reverted = [], [], []
    for row in read_rows(value, _("Routine change"), where="“adjustments”"):
        when.append(row.moment("created_at", refs.zone))
        reverts = row.raw("reverts")
        if reverts is not None and (
            not isinstance(reverts, int)
            or isinstance(reverts, bool)
            or not 0 <= reverts < len(adjustments)
        ):
            row.refuse("reverts", _("should point to an earlier change in this file."))
        reverted.append(reverts)
        adjustments.append(
            Adjustment(
                user=user,
                item=_routine_item(row, refs),
                kind=row.choice("kind", AdjustmentKind.values),
                reason=row.text("reason", 300),
                before=_prescription_in(row, "before", refs),
                after=_prescription_in(row, "after", refs),
                # Imported history is shown, not undone: no item revision matches 0.
                revision_after=0,
            )
        )
    Adjustment.objects.bulk_create(adjustments)
    for adjustment, created, reverts in zip(adjustments, when, reverted, strict=True):
        adjustment.created_at = created  # auto_now_add stamped the import time
        adjustment.reverts = adjustments[reverts] if reverts is not None else None
    Adjustment.objects.bulk_update(adjustments, ["created_at", "reverts"])


def dump_gentle_days(user: User) -> list[str]:
    return [
        day.isoformat()
        for day in GentleDay.objects.for_user(user).order_by("date").values_list("date", flat=True)
    ]


def load_gentle_days(user: User, value: Any, refs: Refs) -> None:
    if not isinstance(value, list):
        raise ImportRefused(_("“gentle_days” should be a list of dates."))
    days = {Reader({"date": day}, _("Gentle day")).day("date", refs.today) for day in value}
    GentleDay.objects.bulk_create(GentleDay(user=user, date=day) for day in sorted(days))


# The document ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    key: str
    dump: Callable[[User], Any]
    load: Callable[[User, Any, Refs], None]
    most: int | None = None  # how many rows a file may hold, for a list
    rows: str = ""  # what the rows are, for the message that says there are too many


# In load order: a section may refer only to those above it.
SECTIONS = [
    Section("profile", dump_profile, load_profile),
    Section("routines", dump_routines, load_routines, MAX_ROUTINES, gettext_lazy("routines")),
    Section("sessions", dump_sessions, load_sessions, MAX_SESSIONS, gettext_lazy("sessions")),
    Section("checkins", dump_checkins, load_checkins, MAX_CHECKINS, gettext_lazy("check-ins")),
    Section(
        "adjustments",
        dump_adjustments,
        load_adjustments,
        MAX_ADJUSTMENTS,
        gettext_lazy("routine changes"),
    ),
    Section(
        "gentle_days",
        dump_gentle_days,
        load_gentle_days,
        MAX_GENTLE_DAYS,
        gettext_lazy("gentle days"),
    ),
]
# Lists inside a section's rows: (section, list in each row, most, what a row is called).
NESTED_CAPS = [
    ("routines", "items", MAX_ITEMS_PER_ROUTINE, gettext_lazy("Routine")),
    ("sessions", "entries", MAX_ENTRIES_PER_SESSION, gettext_lazy("Session")),
]


def export_document(user: User) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(timespec="seconds"),
        # For the record only; an import keeps the account it goes into.
        "account": {"email": user.email, "date_joined": user.date_joined.isoformat()},
        **{section.key: section.dump(user) for section in SECTIONS},
    }


def check_header(document: Any) -> None:
    """Refuse files that aren't SpineCare exports of a version this code can read."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(
            _("This isn't a SpineCare export. Choose the .json file from “Download all my data”.")
        )
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ImportRefused(
            _("This export comes from a newer SpineCare (format version %(v)s) than this one.")
            % {"v": version}
        )
    if version != VERSION or isinstance(version, bool):
        raise ImportRefused(_("This export has no format version we can read."))


def refuse_oversized(document: dict) -> None:
    """Refuse a file that holds more than one person could log, before reading any of it."""
    again = _("Choose the .json file from “Download all my data”.")
    for section in SECTIONS:
        rows = document.get(section.key)
        if section.most is not None and isinstance(rows, list) and len(rows) > section.most:
            raise ImportRefused(
                _("This file holds %(count)s %(rows)s; SpineCare imports at most %(most)s. ")
                % {"count": len(rows), "rows": section.rows, "most": section.most}
                + again
            )
    for key, inner, most, label in NESTED_CAPS:
        rows = document.get(key)
        for number, row in enumerate(rows if isinstance(rows, list) else [], start=1):
            listed = row.get(inner) if isinstance(row, dict) else None
            if isinstance(listed, list) and len(listed) > most:
                raise ImportRefused(
                    _(
                        "%(row)s %(number)s holds %(count)s exercises; SpineCare imports at most "
                        "%(most)s. "
                    )
                    % {"row": label, "number": number, "count": len(listed), "most": most}
                    + again
                )


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number")


def parse(raw: bytes) -> Any:
    """The file's JSON; NaN, Infinity, bad bytes and absurd nesting are refused."""
    try:
        return json.loads(raw, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise ImportRefused(
            _("This file isn't readable JSON. Choose the .json file SpineCare gave you.")
        ) from None


def refuse_if_history(user: User) -> None:
    """An import goes only into an account without sessions or check-ins: no mixed histories."""
    if Session.objects.for_user(user).exists() or CheckIn.objects.for_user(user).exists():
        raise ImportRefused(
            _(
                "Your account already has sessions or check-ins, so importing would mix two "
                "histories. Import into a new account, or delete this one first."
            )
        )


def import_document(user: User, document: Any) -> dict[str, int]:
    """Load an export into an account without history, replacing its routines.

    Everything or nothing: any bad value raises ImportRefused and the transaction is undone.
    Returns how many routines, sessions and check-ins were loaded.
    """
    check_header(document)
    refuse_oversized(document)
    try:
        with transaction.atomic():
            # Lock the account row, so two imports at once can't both find it empty.
            owner = User.objects.select_for_update().get(pk=user.pk)
            refuse_if_history(owner)
            Routine.objects.for_user(owner).delete()
            refs = Refs(exercises=Exercise.objects.in_bulk(field_name="slug"), zone=owner.zone)
            for section in SECTIONS:
                if section.key in document:
                    section.load(owner, document[section.key], refs)
    except (IntegrityError, DataError):
        raise ImportRefused(
            _("Some of this file's data doesn't fit together, so nothing was imported.")
        ) from None
    user.refresh_from_db(fields=PROFILE_FIELDS)
    return refs.counts

"""The whole document: its header, its sections in load order, export and import."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import DataError, IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext_lazy

from exercises.models import Exercise
from spinecare.accounts.models import User
from tracking.models import CheckIn, Routine, RoutineItem, Session
from tracking.progress import forget_streak

from .adjustments import dump_adjustments, dump_gentle_days, load_adjustments, load_gentle_days
from .checkins import dump_checkins, load_checkins
from .limits import (
    MAX_ADJUSTMENTS,
    MAX_CHECKINS,
    MAX_ENTRIES_PER_SESSION,
    MAX_GENTLE_DAYS,
    MAX_ITEMS_PER_ROUTINE,
    MAX_ROUTINES,
    MAX_SESSIONS,
)
from .links import dump_clinician_links, load_clinician_links
from .profile import PROFILE_FIELDS, dump_profile, load_profile
from .reading import ImportRefused, Refs
from .routines import dump_routines, load_routines
from .sessions import dump_sessions, load_sessions

FORMAT = "spinecare-export"
VERSION = 1


@dataclass(frozen=True)
class Section:
    key: str
    dump: Callable[[User], Any]
    load: Callable[[User, Any, Refs], None]
    most: int | None = None  # how many rows a file may hold, for a list
    # The message for a file with too many rows: %(count)s rows, %(most)s at most.
    too_many: Any = ""


# In load order: a section may refer only to those above it.
SECTIONS = [
    Section("profile", dump_profile, load_profile),
    Section(
        "routines",
        dump_routines,
        load_routines,
        MAX_ROUTINES,
        ngettext_lazy(
            "This file holds %(count)s routine; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "This file holds %(count)s routines; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "count",
        ),
    ),
    Section(
        "sessions",
        dump_sessions,
        load_sessions,
        MAX_SESSIONS,
        ngettext_lazy(
            "This file holds %(count)s session; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "This file holds %(count)s sessions; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "count",
        ),
    ),
    Section(
        "checkins",
        dump_checkins,
        load_checkins,
        MAX_CHECKINS,
        ngettext_lazy(
            "This file holds %(count)s check-in; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "This file holds %(count)s check-ins; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "count",
        ),
    ),
    Section(
        "adjustments",
        dump_adjustments,
        load_adjustments,
        MAX_ADJUSTMENTS,
        ngettext_lazy(
            "This file holds %(count)s routine change; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "This file holds %(count)s routine changes; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "count",
        ),
    ),
    Section(
        "gentle_days",
        dump_gentle_days,
        load_gentle_days,
        MAX_GENTLE_DAYS,
        ngettext_lazy(
            "This file holds %(count)s gentle day; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "This file holds %(count)s gentle days; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "count",
        ),
    ),
    # Listed for the record; an import skips them (links.py says why).
    Section("clinician_links", dump_clinician_links, load_clinician_links),
]
# Lists inside a section's rows: (section, list in each row, most, the message when a row
# has too many: %(number)s the row, %(count)s exercises, %(most)s at most).
NESTED_CAPS = [
    (
        "routines",
        "items",
        MAX_ITEMS_PER_ROUTINE,
        ngettext_lazy(
            "Routine %(number)s holds %(count)s exercise; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "Routine %(number)s holds %(count)s exercises; SpineCare imports at most "
            "%(most)s. Choose the .json file from “Download all my data”.",
            "count",
        ),
    ),
    (
        "sessions",
        "entries",
        MAX_ENTRIES_PER_SESSION,
        ngettext_lazy(
            "Session %(number)s holds %(count)s exercise; SpineCare imports at most %(most)s. "
            "Choose the .json file from “Download all my data”.",
            "Session %(number)s holds %(count)s exercises; SpineCare imports at most "
            "%(most)s. Choose the .json file from “Download all my data”.",
            "count",
        ),
    ),
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
    for section in SECTIONS:
        rows = document.get(section.key)
        if section.most is not None and isinstance(rows, list) and len(rows) > section.most:
            raise ImportRefused(section.too_many % {"count": len(rows), "most": section.most})
    for key, inner, most, message in NESTED_CAPS:
        rows = document.get(key)
        for number, row in enumerate(rows if isinstance(rows, list) else [], start=1):
            listed = row.get(inner) if isinstance(row, dict) else None
            if isinstance(listed, list) and len(listed) > most:
                raise ImportRefused(
                    message % {"number": number, "count": len(listed), "most": most}
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
            RoutineItem.objects.for_user(owner).note_eased_or_open()
            forget_streak(owner)
    except (IntegrityError, DataError):
        raise ImportRefused(
            _("Some of this file's data doesn't fit together, so nothing was imported.")
        ) from None
    user.refresh_from_db(fields=PROFILE_FIELDS)
    return refs.counts

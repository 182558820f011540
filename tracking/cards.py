"""Read-side builders that several views share: each returns the context of one card.

A view module never imports another view module; what two of them show lives here:
the day's checklist and check-in (Today and the dashboard), the suggestions card (the
dashboard, Today and the routine editor), the routine's timeline of changes, one page
of History, and the previews of routines built from presets (onboarding, the routines page).
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from uuid import uuid4

from django.utils.translation import gettext as _

from exercises.in_memory import attach, exercises
from exercises.models import Exercise, describe_dosage

from .forms.today import CheckInForm, EntryForm, EntryRows, SessionForm
from .fragments import FRAGMENT_SECONDS, columns, fragment_key
from .models import Adjustment, CheckIn, ExerciseEntry, GentleDay, Routine, Session, Suggestion
from .models.sessions import entries_named
from .presets import PRESETS, gentlest_first
from .reasons import exercise_ids

HISTORY_PAGE_DAYS = 14


# The day's checklist and check-in ---------------------------------------------------------


def checklist_card(
    user,
    day: date,
    session_form=None,
    entry_forms=None,
    *,
    another: bool = False,
    forms: bool = False,
) -> dict:
    """Everything the day's checklist card shows; pass the forms to show them with errors.

    Once the day is logged, the card shows what was done (``logged``), and its checklist
    edits that session; ``another`` gives a fresh checklist for a separate session. Its rows
    (``entry_forms``) are ``EntryRow``s to show, the same markup for less work, unless
    ``forms`` asks for ``EntryForm``s and the exercises' long texts (the guided session reads
    their bound fields and shows how to do each exercise).
    """
    rows_key = None  # rows with errors, or EntryForms, are drawn afresh
    routine = Routine.objects.for_user(user).active().first()
    gentle = GentleDay.objects.for_user(user).filter(date=day).exists()
    items, paused = routine.checklist(gentle=gentle, texts=forms) if routine else ([], 0)
    day_sessions = entries_named(
        list(
            Session.objects.for_user(user)
            .filter(date=day)
            .select_related("routine")
            .with_entries(join_exercises=False)
        )
    )
    logged = None if another else next(iter(day_sessions), None)
    if session_form is None:
        session_form = SessionForm(
            user=user,
            initial={"key": uuid4(), "date": day, "routine": routine, "another": another},
        )
        done = {entry.routine_item_id: entry for entry in logged.entries.all()} if logged else {}
        if forms:
            entry_forms = [EntryForm.for_item(item, logged=done.get(item.pk)) for item in items]
        else:
            entry_forms = EntryRows(items, done)
            # The rows as HTML, cached under what they show (tracking/fragments.py).
            rows_key = fragment_key(
                "checklist-rows",
                *[
                    (columns(item), columns(item.exercise), columns(done.get(item.pk)))
                    for item in items
                ],
            )
    return {
        "day": day,
        "is_today": day == user.local_today(),
        "routine": routine,
        "session_form": session_form,
        "entry_forms": entry_forms,
        "paused_count": paused,
        "day_sessions": day_sessions,
        "logged": logged,
        "another": another,
        # "Did it all", offered while nothing is logged on the day.
        "quick": {"routine": routine, "count": len(items), "day": day, "key": uuid4()}
        if items and not day_sessions
        else None,
        "gentle_day": gentle,
        "rows_key": rows_key,
        "fragment_seconds": FRAGMENT_SECONDS,
    }


def late_entries(user, day: date) -> list[ExerciseEntry]:
    """The exercises done the day before ``day``, one entry each, to ask "did it hurt later?"."""
    if day == date.min:
        return []  # no day before it (a posted 0001-01-01, say)
    entries = attach(
        ExerciseEntry.objects.for_user(user)
        .filter(session__date=day - timedelta(days=1), completed=True)
        .select_related("late_flag")
        .order_by("position", "pk")
    )
    return list({entry.exercise_id: entry for entry in entries}.values())


def checkin_card(user, day: date, form=None) -> dict:
    """The day's check-in and its form; pass the form to show it with errors."""
    checkin = CheckIn.objects.for_user(user).filter(date=day).first()
    fields_key = late_key = None  # a form with errors is drawn afresh
    if form is None:
        late = late_entries(user, day)
        form = CheckInForm(instance=checkin, initial={"date": day}, user=user, late_entries=late)
        # Its fields, cached under the check-in they show (the same for every day without
        # one), and the question about yesterday's exercises under those (fragments.py).
        fields_key = fragment_key("checkin-fields", columns(checkin))
        late_key = fragment_key(
            "checkin-late",
            *[
                (
                    columns(entry),
                    columns(entry.exercise),
                    columns(getattr(entry, "late_flag", None)),
                )
                for entry in late
            ],
        )
    return {
        "day": day,
        "checkin": checkin,
        "checkin_form": form,
        "checkin_fields_key": fields_key,
        "late_key": late_key,
        "fragment_seconds": FRAGMENT_SECONDS,
    }


# Suggestions and the timeline of routine changes ------------------------------------------


@dataclass
class Change:
    """A prescription in words: "Plank · 3 sets × 20 s hold" or "Plank · paused"."""

    name: str
    dosage: str
    paused: bool
    exercise_changed: bool = False


def describe(prescription: dict, exercises: dict[int, Exercise]) -> Change:
    exercise = exercises.get(prescription["exercise"])
    name = exercise.name if exercise else _("an exercise no longer in the library")
    dosage = describe_dosage(
        prescription["sets"],
        prescription["reps"],
        prescription["hold_seconds"],
        bool(exercise and exercise.per_side),
    )
    return Change(name, dosage, prescription["paused"])


def exercises_in(*prescriptions: dict, reasons: Iterable = ()) -> dict[int, Exercise]:
    """The exercises some prescriptions and reasons (``reason_parts``) name: from the library
    in memory, and in one query only for any it lacks."""
    wanted = {p["exercise"] for p in prescriptions} | exercise_ids(*reasons)
    if not wanted:
        return {}
    library = exercises()
    found = {pk: library[pk] for pk in wanted if pk in library}
    if missing := wanted - found.keys():
        found |= Exercise.objects.in_bulk(missing)
    return found


UNKNOWN = object()


def red_flag_today(user, checkin=UNKNOWN) -> CheckIn | None:
    """Today's check-in if it reports a warning sign; pass the check-in if already read."""
    if checkin is UNKNOWN:
        checkin = CheckIn.objects.for_user(user).filter(date=user.local_today()).first()
    return checkin if checkin and checkin.red_flags else None


def suggestions_card(user, routine: Routine | None = None, today_checkin=UNKNOWN) -> dict:
    """Open suggestions for the given routine (the active one by default), in words: each with
    its ``change`` and its ``reason_shown`` in the active language."""
    if routine is None:
        routine = Routine.objects.for_user(user).active().first()
    if routine is None:
        # A warning sign matters even without a routine: the dashboard shows it from here.
        red_flag = red_flag_today(user, today_checkin)
        return {"suggestions": [], "suggestions_routine": None, "red_flag": red_flag}
    suggestions = list(
        Suggestion.objects.for_user(user)
        .open()
        .filter(item__routine=routine)
        .select_related("item")
    )
    attach([suggestion.item for suggestion in suggestions])
    named = exercises_in(
        *[s.proposed for s in suggestions], reasons=[s.reason_parts for s in suggestions]
    )
    for suggestion in suggestions:
        suggestion.change = describe(suggestion.proposed, named)
        suggestion.reason_shown = suggestion.reason_text(named)
    return {
        "suggestions": suggestions,
        "suggestions_routine": routine,
        "red_flag": red_flag_today(user, today_checkin),
    }


# The routine page lists its latest changes a page at a time: "Show older changes" adds one.
TIMELINE_PAGE = 10
TIMELINE_MOST = 1000


def timeline_shown(query) -> int:
    """How many changes a request asks to see (``?changes=``): a whole number of pages, at
    least one and at most ``TIMELINE_MOST``; anything else shows the first page."""
    try:
        shown = int(query.get("changes", TIMELINE_PAGE))
    except (TypeError, ValueError):
        return TIMELINE_PAGE
    pages = max(1, min(shown, TIMELINE_MOST) // TIMELINE_PAGE)
    return pages * TIMELINE_PAGE


def timeline(user, routine: Routine, shown: int = TIMELINE_PAGE) -> dict:
    """The routine's latest ``shown`` changes, each in words (``from_change``, ``to_change``,
    ``reason_shown``) and with whether it can still be undone; ``timeline_more`` says how
    many to ask for to see older ones, if there are any."""
    adjustments = list(
        Adjustment.objects.for_user(user)
        .filter(item__routine=routine)
        .select_related("item")
        .order_by("-created_at", "-pk")[: shown + 1]
    )
    older = len(adjustments) > shown
    adjustments = adjustments[:shown]
    exercises = exercises_in(
        *[p for a in adjustments for p in (a.before, a.after)],
        reasons=[a.reason_parts for a in adjustments],
    )
    # A routine's changes repeat the same few doses and reasons: each is put in words once.
    described: dict[tuple, Change] = {}
    reasons: dict[tuple, str] = {}

    def described_once(prescription: dict) -> Change:
        key = tuple(sorted(prescription.items()))
        if key not in described:
            described[key] = describe(prescription, exercises)
        return described[key]

    for adjustment in adjustments:
        key = (json.dumps(adjustment.reason_parts, sort_keys=True), adjustment.reason)
        if key not in reasons:
            reasons[key] = adjustment.reason_text(exercises)
        adjustment.reason_shown = reasons[key]
        adjustment.from_change = described_once(adjustment.before)
        adjustment.to_change = described_once(adjustment.after)
        adjustment.can_undo = adjustment.item is not None and (
            adjustment.item.revision == adjustment.revision_after
        )
    more = shown + TIMELINE_PAGE if older and shown < TIMELINE_MOST else None
    return {"adjustments": adjustments, "timeline_routine": routine, "timeline_more": more}


# History -----------------------------------------------------------------------------------


@dataclass
class Day:
    date: date
    sessions: list[Session] = field(default_factory=list)
    checkin: CheckIn | None = None


def history_page(user, before: date | None) -> tuple[list[Day], bool]:
    """One page of days with a session or a check-in, newest first, in a fixed number of queries."""
    sessions = Session.objects.for_user(user)
    checkins = CheckIn.objects.for_user(user)
    if before is not None:
        sessions, checkins = sessions.filter(date__lt=before), checkins.filter(date__lt=before)
    dates = list(
        sessions.order_by()
        .values_list("date", flat=True)
        .union(checkins.order_by().values_list("date", flat=True))
        .order_by("-date")[: HISTORY_PAGE_DAYS + 1]
    )
    has_more = len(dates) > HISTORY_PAGE_DAYS
    days = {day: Day(day) for day in dates[:HISTORY_PAGE_DAYS]}
    if not days:
        return [], False
    first, last = min(days), max(days)
    shown = sessions.between(first, last).select_related("routine")
    for session in entries_named(list(shown.with_entries(join_exercises=False))):
        days[session.date].sessions.append(session)
    for checkin in checkins.between(first, last):
        days[checkin.date].checkin = checkin
    return list(days.values()), has_more


# Routines built from presets ---------------------------------------------------------------


def eased_preview(slugs: list[str]) -> list[Exercise]:
    """The active exercises of a routine to be built from ``slugs``, in its order."""
    return _in_eased_order(slugs, Exercise.objects.active().in_bulk(slugs, field_name="slug"))


def preset_previews() -> list[tuple]:
    """Each preset with its exercises, gentlest first (one query for all of them)."""
    slugs = list({s for preset in PRESETS for s in preset.exercises})
    exercises = Exercise.objects.active().in_bulk(slugs, field_name="slug")
    return [(preset, _in_eased_order(preset.exercises, exercises)) for preset in PRESETS]


def _in_eased_order(slugs, exercises: dict[str, Exercise]) -> list[Exercise]:
    intensity = {slug: exercise.intensity for slug, exercise in exercises.items()}
    return [exercises[s] for s in gentlest_first([s for s in slugs if s in exercises], intensity)]

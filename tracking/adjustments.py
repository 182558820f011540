"""When an exercise hurts, how the routine should change: plain data in, suggestions out.

No queries here. Every threshold lives at the top of this module, so the rules can be read
(and argued with) in one place:

* mild once: no change, just noted;
* mild in 2 of the last 3 sessions with the exercise, or moderate once: a lighter dose
  (hold or reps down about a third, one set fewer, never below the minimums), or a pause
  when it is already at the minimum;
* sharp once, or moderate twice in a row: the exercise's gentler alternative, or a pause
  when there is none (or it is already in the routine);
* five pain-free sessions in a row after a lighter dose or a swap: step back up to the
  prescription from before that change.

Only sessions after the item's last change, or after a suggestion the person dismissed,
count, so one bad day does not trigger twice (``counting_since``). Each session counts once,
with the worst flag on it; flags reported the day after ("it hurt later") count like flags
on the day (``session_flags``).

The same flag levels and the same rolling average of check-ins serve the dashboard, the
clinician report and the persistent-discomfort nudge.

Reasons are data, not text: a tuple of ``Part`` (one sentence each, a code and the figures it
names, exercises by id), which ``tracking.reasons`` puts into words in the reader's language.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

# Thresholds.
RECENT_SESSIONS = 3
MILD_IN_RECENT = 2
PAIN_FREE_TO_STEP_UP = 5
REDUCE_FACTOR = 2 / 3
MIN_SETS = 1
MIN_REPS = 3
MIN_HOLD_SECONDS = 5
PERSISTENT_DAYS = 3
RISE_WINDOW_DAYS = 7
RISE_POINTS = 2.0
MIN_CHECKINS_PER_WINDOW = 3

ROLLING_DAYS = 7

# Discomfort flags from least to worst: the one level table.
LEVELS = {"none": 0, "mild": 1, "moderate": 2, "sharp": 3}
# The changes that ease off an exercise; five pain-free sessions can step back up from them.
EASING_KINDS = frozenset({"reduce", "swap"})


def worst(*levels: str) -> str:
    """The worst of some flag levels ("none" when given none)."""
    return max(levels, key=LEVELS.__getitem__, default="none")


@dataclass(frozen=True)
class Prescription:
    exercise_id: int
    sets: int
    reps: int
    hold_seconds: int
    paused: bool = False

    def as_dict(self) -> dict:
        return {
            "exercise": self.exercise_id,
            "sets": self.sets,
            "reps": self.reps,
            "hold_seconds": self.hold_seconds,
            "paused": self.paused,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> "Prescription":
        return cls(
            data["exercise"], data["sets"], data["reps"], data["hold_seconds"], data["paused"]
        )


@dataclass(frozen=True)
class Alternative:
    exercise_id: int
    name: str  # for people reading the facts; reasons name exercises by id
    default: Prescription
    in_routine: bool = False


@dataclass(frozen=True)
class ItemFacts:
    """What the rules need to know about one routine item."""

    name: str  # for people reading the facts; reasons name exercises by id
    current: Prescription
    alternative: Alternative | None = None
    # The prescription before the last lighter dose or swap still in force, if any.
    before_last_easing: Prescription | None = None
    easing_kind: str | None = None


@dataclass(frozen=True)
class SessionFlag:
    """The worst flag on this exercise in one session after the item's last change."""

    session_date: date
    level: str  # none, mild, moderate, sharp
    entry_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EntryFlag:
    """One logged entry of the exercise, with its flag on the day and any reported later."""

    session_id: int
    session_date: date
    entry_id: int
    level: str
    late_level: str | None = None


def session_flags(entries: Iterable[EntryFlag]) -> list[SessionFlag]:
    """One SessionFlag per session, in the order the entries come (newest first).

    A session counts once, with the worst flag among its entries; a flag reported the day
    after counts when it is worse than the one on the day. ``entry_ids`` names the flagged
    entries only.
    """
    by_session: dict[int, SessionFlag] = {}
    for entry in entries:
        level = worst(entry.level, entry.late_level or "none")
        flagged = (entry.entry_id,) if LEVELS[level] else ()
        current = by_session.get(entry.session_id)
        if current is None:
            by_session[entry.session_id] = SessionFlag(entry.session_date, level, flagged)
        elif flagged:
            by_session[entry.session_id] = SessionFlag(
                current.session_date, worst(level, current.level), current.entry_ids + flagged
            )
    return list(by_session.values())


def counting_since(
    last_change: datetime | None, last_dismissal: datetime | None
) -> datetime | None:
    """Sessions after this moment count: the item's last change or the last dismissed
    suggestion, whichever is later (None: all of them)."""
    return max((t for t in (last_change, last_dismissal) if t is not None), default=None)


def easing_in_force(
    last_kind: str | None, last_before: Mapping | None
) -> tuple[Prescription | None, str | None]:
    """The prescription before the item's last change and that change's kind, when that
    change eased the exercise off (a step back up would restore it); else (None, None)."""
    if last_kind not in EASING_KINDS or last_before is None:
        return None, None
    return Prescription.from_dict(last_before), last_kind


# Reasons ------------------------------------------------------------------------------------

# Every sentence a reason can hold, with what each of its parameters is: "exercise" an exercise
# id, "count" a whole number, "level" a flag level, "score" a 0-10 check-in level, "average" a
# 0-10 average rounded to one decimal. tracking/reasons.py words each code; an import checks
# the parts it reads against this table.
PARTS: dict[str, dict[str, str]] = {
    # The first sentence: what was flagged.
    "flagged_last_session": {"exercise": "exercise", "level": "level"},  # sharp or moderate
    "flagged_moderate_twice": {"exercise": "exercise"},
    "flagged_in_recent": {"exercise": "exercise", "flagged": "count", "sessions": "count"},
    "pain_free_run": {"exercise": "exercise", "sessions": "count"},
    # The second: what to do about it.
    "try_alternative": {"exercise": "exercise"},
    "alternative_in_routine": {"alternative": "exercise", "exercise": "exercise"},
    "already_gentlest": {"exercise": "exercise"},
    "already_lightest": {},
    "ease_off": {},
    "step_up_dose": {},
    "step_up_exercise": {},
    # The persistent-discomfort nudge.
    "persistent_days": {"threshold": "score", "days": "count"},
    "average_rose": {"before": "average", "recent": "average"},
    # First in the reason of an undo, before the reason of the change it undid.
    "undid": {},
}
UNDID = "undid"


@dataclass(frozen=True)
class Part:
    """One sentence of a reason: which one (``code``, a key of PARTS) and what it names."""

    code: str
    params: Mapping[str, int | float | str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping) -> "Part":
        return cls(data["code"], dict(data["params"]))


Reason = tuple[Part, ...]


def reason_as_data(reason: Reason) -> list[dict]:
    """The reason as JSON-ready data, the form Suggestion and Adjustment keep it in."""
    return [part.as_dict() for part in reason]


def reason_from_data(data: Iterable[Mapping]) -> Reason:
    return tuple(Part.from_dict(part) for part in data)


def undone(reason: Reason) -> Reason:
    """The reason of an undo ("Undid: " and the change's reason); undoing an undo gives the
    first reason back. An empty reason (a row from before reasons were data) stays empty."""
    if not reason:
        return ()
    if reason[0].code == UNDID:
        return reason[1:]
    return (Part(UNDID), *reason)


@dataclass(frozen=True)
class Proposal:
    kind: str  # reduce, swap, pause, step_up
    reason: Reason
    proposed: Prescription
    flag_entries: tuple[int, ...] = ()


def reduced(current: Prescription) -> Prescription:
    """About a third less hold or reps and one set fewer, never below the minimums."""

    def down(value: int, minimum: int) -> int:
        if value <= minimum:
            return value  # none, or already light: never raise it
        return max(minimum, min(value - 1, round(value * REDUCE_FACTOR)))

    return replace(
        current,
        sets=max(MIN_SETS, current.sets - 1),
        reps=down(current.reps, MIN_REPS),
        hold_seconds=down(current.hold_seconds, MIN_HOLD_SECONDS),
    )


def _swap_or_pause(item: ItemFacts, flagged: Part, entries: tuple[int, ...]) -> Proposal:
    alternative = item.alternative
    exercise = item.current.exercise_id
    if alternative is not None and not alternative.in_routine:
        return Proposal(
            "swap",
            (flagged, Part("try_alternative", {"exercise": alternative.exercise_id})),
            replace(alternative.default, paused=False),
            entries,
        )
    if alternative is not None:
        why = Part(
            "alternative_in_routine",
            {"alternative": alternative.exercise_id, "exercise": exercise},
        )
    else:
        why = Part("already_gentlest", {"exercise": exercise})
    return Proposal("pause", (flagged, why), replace(item.current, paused=True), entries)


def suggest(item: ItemFacts, sessions: Sequence[SessionFlag]) -> Proposal | None:
    """The change, if any, that the sessions since the item's last change call for.

    ``sessions`` are the sessions with this exercise since then, newest first.
    """
    if item.current.paused:
        return None
    recent = list(sessions[:RECENT_SESSIONS])
    if not recent:
        return None
    latest = recent[0]
    flagged = tuple(e for s in recent if LEVELS[s.level] for e in s.entry_ids)
    exercise = item.current.exercise_id

    if latest.level == "sharp":
        reason = Part("flagged_last_session", {"exercise": exercise, "level": "sharp"})
        return _swap_or_pause(item, reason, latest.entry_ids)
    if len(recent) >= 2 and all(LEVELS[s.level] >= LEVELS["moderate"] for s in recent[:2]):
        reason = Part("flagged_moderate_twice", {"exercise": exercise})
        return _swap_or_pause(item, reason, recent[0].entry_ids + recent[1].entry_ids)

    mild_or_worse = [s for s in recent if LEVELS[s.level] >= LEVELS["mild"]]
    if latest.level == "moderate":
        reason = Part("flagged_last_session", {"exercise": exercise, "level": "moderate"})
    elif len(mild_or_worse) >= MILD_IN_RECENT:
        reason = Part(
            "flagged_in_recent",
            {"exercise": exercise, "flagged": len(mild_or_worse), "sessions": len(recent)},
        )
    else:
        return _step_up(item, sessions)

    lighter = reduced(item.current)
    if lighter == item.current:
        return Proposal(
            "pause",
            (reason, Part("already_lightest")),
            replace(item.current, paused=True),
            flagged,
        )
    return Proposal("reduce", (reason, Part("ease_off")), lighter, flagged)


def _step_up(item: ItemFacts, sessions: Sequence[SessionFlag]) -> Proposal | None:
    """After easing off: five pain-free sessions in a row earn the old prescription back."""
    if item.before_last_easing is None or item.before_last_easing == item.current:
        return None
    streak = 0
    for session in sessions:
        if LEVELS[session.level]:
            break
        streak += 1
    if streak < PAIN_FREE_TO_STEP_UP:
        return None
    run = Part("pain_free_run", {"exercise": item.current.exercise_id, "sessions": streak})
    step_up = Part("step_up_exercise" if item.easing_kind == "swap" else "step_up_dose")
    return Proposal("step_up", (run, step_up), replace(item.before_last_easing, paused=False))


# Persistent discomfort: a nudge toward a physiotherapist or chiropractor.


def persistent_discomfort(checkins: Mapping[date, int], threshold: int, today: date) -> Part | None:
    """Why the discomfort looks persistent (one sentence), or None.

    Either the check-in was at or above the alert level three days running (ending today
    or yesterday), or the 7-day average rose by 2 points or more over the 7 days before.
    """
    for end in (today, today - timedelta(days=1)):
        days = [end - timedelta(days=n) for n in range(PERSISTENT_DAYS)]
        if all(checkins.get(day, -1) >= threshold for day in days):
            return Part("persistent_days", {"threshold": threshold, "days": PERSISTENT_DAYS})

    def average(last: date) -> float | None:
        return rolling_average(
            checkins, last, RISE_WINDOW_DAYS, MIN_CHECKINS_PER_WINDOW, digits=None
        )

    recent = average(today)
    before = average(today - timedelta(days=RISE_WINDOW_DAYS))
    if recent is not None and before is not None and recent - before >= RISE_POINTS:
        # Rounded here: the words show one decimal, and number formatting cuts, not rounds.
        return Part("average_rose", {"before": round(before, 1), "recent": round(recent, 1)})
    return None


# Averages of check-ins, for the charts, the report and the nudge above.


def mean(levels: Sequence[int], digits: int | None = 1) -> float | None:
    """The average of some check-in levels, rounded unless ``digits`` is None; None without any."""
    if not levels:
        return None
    average = sum(levels) / len(levels)
    return average if digits is None else round(average, digits)


def rolling_average(
    checkins: Mapping[date, int],
    day: date,
    days: int = ROLLING_DAYS,
    minimum: int = 1,
    digits: int | None = 2,
) -> float | None:
    """The average of the check-ins in the ``days`` days ending on ``day`` (days without a
    check-in are left out, not counted as 0); None with fewer than ``minimum`` check-ins."""
    levels = [checkins[d] for d in (day - timedelta(days=n) for n in range(days)) if d in checkins]
    if len(levels) < minimum:
        return None
    return mean(levels, digits)

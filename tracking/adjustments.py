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
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
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
    name: str
    default: Prescription
    in_routine: bool = False


@dataclass(frozen=True)
class ItemFacts:
    """What the rules need to know about one routine item."""

    name: str
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


@dataclass(frozen=True)
class Proposal:
    kind: str  # reduce, swap, pause, step_up
    reason: str
    proposed: Prescription
    flag_entries: tuple[int, ...] = ()


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


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


def _swap_or_pause(item: ItemFacts, reason: str, entries: tuple[int, ...]) -> Proposal:
    alternative = item.alternative
    if alternative is not None and not alternative.in_routine:
        return Proposal(
            "swap",
            f"{reason} Try {alternative.name} instead, a gentler exercise for the same area.",
            replace(alternative.default, paused=False),
            entries,
        )
    if alternative is not None:
        why = (
            f"Its gentler option, {alternative.name}, is already in your routine, "
            f"so pause {item.name} for now."
        )
    else:
        why = (
            f"{item.name} is already one of the gentlest exercises for this area, "
            "so pause it for now."
        )
    return Proposal("pause", f"{reason} {why}", replace(item.current, paused=True), entries)


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

    if latest.level == "sharp":
        reason = f"You flagged {item.name} as sharp in your last session."
        return _swap_or_pause(item, reason, latest.entry_ids)
    if len(recent) >= 2 and all(LEVELS[s.level] >= LEVELS["moderate"] for s in recent[:2]):
        reason = f"You flagged {item.name} as moderate or worse in your last 2 sessions."
        return _swap_or_pause(item, reason, recent[0].entry_ids + recent[1].entry_ids)

    mild_or_worse = [s for s in recent if LEVELS[s.level] >= LEVELS["mild"]]
    if latest.level == "moderate":
        reason = f"You flagged {item.name} as moderate in your last session."
    elif len(mild_or_worse) >= MILD_IN_RECENT:
        reason = (
            f"You flagged {item.name} in {len(mild_or_worse)} of your last "
            f"{_count(len(recent), 'session')}."
        )
    else:
        return _step_up(item, sessions)

    lighter = reduced(item.current)
    if lighter == item.current:
        return Proposal(
            "pause",
            f"{reason} It is already at the lightest dose, so pause it for now.",
            replace(item.current, paused=True),
            flagged,
        )
    return Proposal("reduce", f"{reason} Ease off to a lighter dose.", lighter, flagged)


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
    target = "the exercise and dose" if item.easing_kind == "swap" else "the dose"
    return Proposal(
        "step_up",
        f"{_count(streak, 'pain-free session')} in a row with {item.name}. "
        f"You could step back up to {target} you had before.",
        replace(item.before_last_easing, paused=False),
    )


# Persistent discomfort: a nudge toward a physiotherapist or chiropractor.


def persistent_discomfort(checkins: Mapping[date, int], threshold: int, today: date) -> str | None:
    """Why the discomfort looks persistent, or None.

    Either the check-in was at or above the alert level three days running (ending today
    or yesterday), or the 7-day average rose by 2 points or more over the 7 days before.
    """
    for end in (today, today - timedelta(days=1)):
        days = [end - timedelta(days=n) for n in range(PERSISTENT_DAYS)]
        if all(checkins.get(day, -1) >= threshold for day in days):
            return (
                f"Your back has been at {threshold} or more out of 10 for "
                f"{PERSISTENT_DAYS} days running."
            )

    def average(last: date) -> float | None:
        return rolling_average(
            checkins, last, RISE_WINDOW_DAYS, MIN_CHECKINS_PER_WINDOW, digits=None
        )

    recent = average(today)
    before = average(today - timedelta(days=RISE_WINDOW_DAYS))
    if recent is not None and before is not None and recent - before >= RISE_POINTS:
        return (
            f"Your 7-day average rose from {before:.1f} to {recent:.1f} out of 10 "
            "compared with the week before."
        )
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

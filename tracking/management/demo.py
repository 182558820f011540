"""Realistic demo history for development, benchmarks and load tests, written in bulk.

``create_demo_user`` makes an account with ``days`` days of history ending yesterday, all
drawn from one ``random.Random``: the same seed gives the same history (on the same day).

The person it simulates exercises on most days, skips some weekends, takes a holiday now and
then, and checks in most days, rest days included. Their discomfort drifts slowly and flares
up at times; on a flare at or above their alert level they usually rest (a check-in marked
"resting because of discomfort") or make it a gentle day. Now and then an exercise hurts:
a mild, moderate or sharp flag on the day, or "it hurt later" the next day. After each
session the real rules (``tracking.adjustments.suggest``) look at those flags, and the person
accepts most suggestions: each acceptance is an Adjustment with the before and after
prescriptions, and bumps the item's revision, exactly as ``accept_suggestion`` does. A paused
exercise is resumed a few weeks later.

Everything is simulated in memory and then written with ``bulk_create``: about twenty
queries per user, whatever the length of the history.
"""

import random
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from exercises.models import Exercise
from spinecare.accounts.models import User
from tracking.adjustments import LEVELS, Prescription, SessionFlag, suggest
from tracking.models import (
    MAX_DURATION,
    Adjustment,
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
    Suggestion,
)
from tracking.services import _facts, create_starter_routine, item_prescription

DEMO_EMAIL = "demo@spinecare.local"
DEMO_PASSWORD = "spinecare-demo"  # noqa: S105 (a development account, documented in the README)
DEMO_DAYS = 365
DEMO_SEED = 2026

# How the simulated person behaves. Chances are per day unless said otherwise.
WEEKEND_ACTIVE = 0.5
HOLIDAY_DAYS = (7, 14)  # one holiday a year, at least this long and at most
HOLIDAY_CHECKIN = 0.1
CHECKIN_WHEN_ACTIVE = 0.9
CHECKIN_WHEN_IDLE = 0.7
REST_WHEN_HIGH = 0.75  # discomfort at or above the alert level: rest instead of exercising
GENTLE_WHEN_NEAR = 0.3  # one point below the alert level: a gentle day
FLARE_CHANCE = 0.025
FLARE_SIZE = (3.0, 6.0)
FLARE_DECAY = 0.6
SECOND_SESSION = 0.04
SKIP_EXERCISE = 0.07
FLAG_BASE = 0.006  # chance that an exercise hurts on a calm day...
FLAG_PER_POINT = 0.02  # ...plus this per point of discomfort above 3
TRICKY_FACTOR = 3  # one or two exercises hurt this many times more often for each person
FLAG_WEIGHTS = {"mild": 65, "moderate": 27, "sharp": 8}
LATE_FLAG = 0.15  # share of mild and moderate flags noticed only the next day
ACCEPT = {"reduce": 0.75, "swap": 0.7, "pause": 0.6, "step_up": 0.85}
OPEN_AT_END_DAYS = 3  # a suggestion made in the last days is left open, as a real one would be
PAUSE_DAYS = (14, 42)

TIMEZONES = ["Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tokyo"]
NAMES = ["Alex", "Sam", "Priya", "Jonas", "Maria", "Kenji", "Aisha", "Tom", "Lena", "Omar"]
NECK_EXERCISES = {"chin-to-chest", "shoulder-shrug"}
SESSION_NOTES = [
    "Felt loose afterwards.",
    "Short on time, did it quickly.",
    "Did it after a long drive.",
    "Good session, steady breathing.",
    "Stiff first thing, better by the end.",
]
CHECKIN_NOTES = [
    "Long day at the desk.",
    "Slept badly.",
    "Carried the shopping home.",
    "Much better after a walk.",
    "Stiff in the morning, fine later.",
    "Gardening yesterday.",
]
FLAG_NOTES = [
    "A twinge at the end of the hold.",
    "Tight on the left side.",
    "Pulled a little when I lowered down.",
    "",
]


@dataclass
class Counts:
    """How many rows were written."""

    users: int = 0
    sessions: int = 0
    entries: int = 0
    checkins: int = 0
    flags: int = 0
    late_flags: int = 0
    gentle_days: int = 0
    suggestions: int = 0
    adjustments: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def __str__(self) -> str:
        return ", ".join(
            f"{f.name.replace('_', ' ')}: {getattr(self, f.name)}" for f in fields(self)
        )


@dataclass(frozen=True)
class Profile:
    """The traits of one simulated person."""

    name: str
    timezone: str
    weekly_goal: int
    threshold: int
    baseline: float  # usual discomfort, 0-10
    session_hour: int
    areas: tuple[str, ...]
    tricky: tuple[str, ...]  # exercises that hurt this person more often

    @classmethod
    def draw(cls, rng: random.Random) -> "Profile":
        back = [BodyArea.LOWER_BACK, BodyArea.MID_BACK, BodyArea.HIPS, BodyArea.UPPER_BACK]
        return cls(
            name=rng.choice(NAMES),
            timezone=rng.choice(TIMEZONES),
            weekly_goal=rng.choice([3, 4, 5, 5, 6]),
            threshold=rng.choice([5, 6, 6, 6, 7]),
            baseline=rng.uniform(1.5, 3.5),
            session_hour=rng.choice([7, 8, 12, 18, 19, 20]),
            areas=tuple(rng.sample(back, 2)) + ((BodyArea.NECK,) if rng.random() < 0.4 else ()),
            tricky=tuple(rng.sample(["bird-dog", "side-plank", "cat-cow", "chin-to-chest"], 2)),
        )


class DiscomfortSeries:
    """A daily 0-10 level: a slowly drifting baseline, day-to-day noise and decaying flares."""

    def __init__(self, rng: random.Random, baseline: float):
        self.rng = rng
        self.mean = self.level = baseline
        self.flare = 0.0

    def next(self) -> int:
        rng = self.rng
        self.mean = min(4.5, max(1.0, self.mean + rng.gauss(0, 0.05)))
        self.level = self.mean + 0.85 * (self.level - self.mean) + rng.gauss(0, 0.6)
        self.flare *= FLARE_DECAY
        if rng.random() < FLARE_CHANCE:
            self.flare += rng.uniform(*FLARE_SIZE)
        return max(0, min(10, round(self.level + self.flare)))


def new_key(rng: random.Random) -> uuid.UUID:
    """A version 4 UUID drawn from ``rng``, so a seed always gives the same keys."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


@dataclass
class _Record:
    """One session's worst flag on a routine item, since the item's last change."""

    day: date
    level: str
    entries: list[int] = field(default_factory=list)  # indexes into History.entries


class History:
    """One person's simulated days, kept as unsaved rows until ``save``."""

    def __init__(self, user: User, profile: Profile, rng: random.Random, routine: Routine):
        self.user = user
        self.profile = profile
        self.rng = rng
        self.zone = ZoneInfo(profile.timezone)
        self.routine = routine
        self.exercises = Exercise.objects.select_related("gentler_alternative").in_bulk()
        self.items = list(routine.items.order_by("position", "pk"))
        for item in self.items:
            item.exercise = self.exercises[item.exercise_id]
        self.sessions: list[Session] = []
        self.entries: list[ExerciseEntry] = []
        self.checkins: list[CheckIn] = []
        self.late_flags: list[LateFlag] = []
        self.gentle_days: list[GentleDay] = []
        self.suggestions: list[Suggestion] = []
        self.adjustments: list[Adjustment] = []
        self.records: dict[int, list[_Record]] = {item.pk: [] for item in self.items}
        self.last_change: dict[int, Adjustment] = {}
        self.resume_on: dict[int, date] = {}
        self.waiting: set[int] = set()  # items with a suggestion left open

    # Simulation -------------------------------------------------------------------------

    def simulate(self, first: date, last: date) -> None:
        rng, profile = self.rng, self.profile
        days = (last - first).days + 1
        holidays = self._holidays(days)
        series = DiscomfortSeries(rng, profile.baseline)
        weekday_active = 0.55 + 0.07 * profile.weekly_goal
        late: list[tuple[int, RoutineItem, _Record, str]] = []
        for offset in range(days):
            day = first + timedelta(days=offset)
            level = series.next()
            self._resume(day)
            on_holiday = offset in holidays
            resting = level >= profile.threshold and rng.random() < REST_WHEN_HIGH
            chance = WEEKEND_ACTIVE if day.weekday() >= 5 else weekday_active
            active = not (on_holiday or resting) and rng.random() < chance
            gentle = active and level >= profile.threshold - 1 and rng.random() < GENTLE_WHEN_NEAR
            if gentle:
                self.gentle_days.append(GentleDay(user=self.user, date=day))
            reported, late = late, []
            if active:
                at = self._moment(day, profile.session_hour)
                late += self._session(day, at, level, gentle, last)
                if rng.random() < SECOND_SESSION:
                    late += self._session(day, at + timedelta(hours=4), level, gentle, last, 2)
            if on_holiday:
                checkin = rng.random() < HOLIDAY_CHECKIN
            else:
                checkin = rng.random() < (CHECKIN_WHEN_ACTIVE if active else CHECKIN_WHEN_IDLE)
            if checkin or resting or reported:
                at = self._moment(day, 21)
                self._checkin(day, at, level, resting)
                self._report_late(reported, day, at, last)

    def _holidays(self, days: int) -> set[int]:
        """Offsets of one holiday per year, never in the last three weeks."""
        holidays: set[int] = set()
        for year_start in range(0, days, 365):
            length = self.rng.randint(*HOLIDAY_DAYS)
            latest = min(year_start + 365, days - 21) - length
            if latest > year_start:
                start = self.rng.randint(year_start, latest)
                holidays.update(range(start, start + length))
        return holidays

    def _moment(self, day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour, self.rng.randrange(60)), tzinfo=self.zone)

    def _resume(self, day: date) -> None:
        for item in self.items:
            if item.pk in self.resume_on and self.resume_on[item.pk] <= day:
                del self.resume_on[item.pk]
                item.is_paused = False
                item.revision += 1

    def _flag(self, exercise: Exercise, level: int) -> str:
        chance = FLAG_BASE + FLAG_PER_POINT * max(0, level - 3)
        if exercise.slug in self.profile.tricky:
            chance *= TRICKY_FACTOR
        if self.rng.random() >= chance:
            return Discomfort.NONE
        return self.rng.choices(list(FLAG_WEIGHTS), weights=list(FLAG_WEIGHTS.values()))[0]

    def _session(self, day, at, level, gentle, last, only: int | None = None) -> list[tuple]:
        """Log a session; returns the flags that will be reported the next day."""
        rng = self.rng
        items = [
            item
            for item in self.items
            if not item.is_paused
            and not (gentle and item.exercise.intensity == Exercise.Intensity.CHALLENGING)
        ]
        if only is not None:
            items = rng.sample(items, min(only, len(items)))
        if not items:
            return []
        minutes = round(rng.gauss(3 + 2 * len(items), 3))
        session = Session(
            user=self.user,
            date=day,
            routine=self.routine,
            duration_minutes=min(MAX_DURATION, max(2, minutes)) if rng.random() < 0.9 else None,
            notes=rng.choice(SESSION_NOTES) if rng.random() < 0.06 else "",
            idempotency_key=new_key(rng),
            created_at=at,
            updated_at=at,
        )
        late, touched = [], []
        for item in items:
            flag = self._flag(item.exercise, level)
            later = flag in ("mild", "moderate") and day < last and rng.random() < LATE_FLAG
            if later:
                flag, late_level = Discomfort.NONE, flag
            completed = rng.random() > (0.6 if flag == Discomfort.SHARP else SKIP_EXERCISE)
            if not completed and flag == Discomfort.NONE:
                continue  # the checklist saves only what was done or flagged
            index = len(self.entries)
            self.entries.append(self._entry(session, item, completed, flag))
            record = _Record(day, flag, [index] if flag != Discomfort.NONE else [])
            self.records[item.pk].append(record)
            touched.append(item)
            if later:
                late.append((index, item, record, late_level))
        if not touched:
            return []
        self.sessions.append(session)
        for item in touched:
            self._rules(item, day, at + timedelta(minutes=1), last)
        return late

    def _entry(self, session, item, completed, flag) -> ExerciseEntry:
        rng = self.rng
        flagged = flag != Discomfort.NONE
        back = [BodyArea.NECK, BodyArea.UPPER_BACK]
        area = rng.choice(back if item.exercise.slug in NECK_EXERCISES else self.profile.areas)
        return ExerciseEntry(
            session=session,
            exercise=item.exercise,
            routine_item=item,
            position=item.position,
            completed=completed,
            sets=item.sets if rng.random() < 0.9 else max(1, item.sets - 1),
            reps=max(1, item.reps + rng.choice((-2, -1, 0, 0, 0, 0, 1, 2))) if item.reps else 0,
            hold_seconds=max(1, item.hold_seconds + rng.choice((-5, 0, 0, 0, 5)))
            if item.hold_seconds
            else 0,
            discomfort=flag,
            discomfort_area=area if flagged else "",
            discomfort_note=rng.choice(FLAG_NOTES) if flagged else "",
        )

    def _checkin(self, day: date, at: datetime, level: int, resting: bool) -> None:
        rng = self.rng
        areas = self.profile.areas[: rng.randint(1, len(self.profile.areas))] if level >= 3 else []
        self.checkins.append(
            CheckIn(
                user=self.user,
                date=day,
                discomfort=level,
                areas=[str(area) for area in BodyArea if area in areas],
                notes=rng.choice(CHECKIN_NOTES) if rng.random() < 0.08 else "",
                rest_for_discomfort=resting,
                red_flags=[RedFlag.SEVERE.value] if level >= 9 and rng.random() < 0.2 else [],
                created_at=at,
                updated_at=at,
            )
        )

    def _report_late(self, reported, day: date, at: datetime, last: date) -> None:
        """Yesterday's "it hurt later" answers, given with today's check-in."""
        for index, item, record, level in reported:
            self.late_flags.append(
                LateFlag(entry=self.entries[index], level=level, reported_on=day, created_at=at)
            )
            if any(r is record for r in self.records[item.pk]):
                if LEVELS[level] > LEVELS[record.level]:
                    record.level = level
                record.entries.append(index)
                self._rules(item, day, at + timedelta(minutes=1), last)

    def _rules(self, item: RoutineItem, day: date, at: datetime, last: date) -> None:
        """Run the real rules on the item, then accept, dismiss or leave the suggestion."""
        if item.pk in self.waiting:
            return
        routine_exercises = {other.exercise_id for other in self.items}
        facts = _facts(item, self.last_change.get(item.pk), routine_exercises)
        # Newest first, and no more than the rules' own query reads (the newest 50 entries).
        recent = self.records[item.pk][-50:]
        sessions = [SessionFlag(r.day, r.level, tuple(r.entries)) for r in reversed(recent)]
        proposal = suggest(facts, sessions)
        if proposal is None:
            return
        decided = at + timedelta(minutes=self.rng.randint(1, 90))
        suggestion = Suggestion(
            user=self.user,
            item=item,
            kind=proposal.kind,
            reason=proposal.reason,
            proposed=proposal.proposed.as_dict(),
            item_revision=item.revision,
            flag_entries=list(proposal.flag_entries),
            created_at=at,
        )
        self.suggestions.append(suggestion)
        if day > last - timedelta(days=OPEN_AT_END_DAYS):
            self.waiting.add(item.pk)  # still open: the dashboard shows it
            return
        suggestion.decided_at = decided
        self.records[item.pk] = []  # only flags after a decision count again
        if self.rng.random() >= ACCEPT[proposal.kind]:
            suggestion.status = Suggestion.Status.DISMISSED
            return
        suggestion.status = Suggestion.Status.ACCEPTED
        before = item_prescription(item)
        self._apply(item, proposal.proposed)
        adjustment = Adjustment(
            user=self.user,
            item=item,
            kind=proposal.kind,
            reason=proposal.reason,
            before=before.as_dict(),
            after=proposal.proposed.as_dict(),
            flag_entries=list(proposal.flag_entries),
            suggestion=suggestion,
            revision_after=item.revision,
            created_at=decided,
        )
        self.adjustments.append(adjustment)
        self.last_change[item.pk] = adjustment
        if item.is_paused:
            self.resume_on[item.pk] = day + timedelta(days=self.rng.randint(*PAUSE_DAYS))

    def _apply(self, item: RoutineItem, prescription: Prescription) -> None:
        """What ``services._apply`` does, in memory: the new prescription, the next revision."""
        item.exercise = self.exercises[prescription.exercise_id]
        item.sets = prescription.sets
        item.reps = prescription.reps
        item.hold_seconds = prescription.hold_seconds
        item.is_paused = prescription.paused
        item.revision += 1

    # Writing ----------------------------------------------------------------------------

    def save(self) -> Counts:
        """Write every row in bulk; the caller holds the transaction."""
        # bulk_create stamps auto_now_add fields with the present: keep the simulated times
        # to put them back afterwards.
        stamped = [
            (Session, self.sessions, ["created_at", "updated_at"]),
            (CheckIn, self.checkins, ["created_at", "updated_at"]),
            (LateFlag, self.late_flags, ["created_at"]),
            (Suggestion, self.suggestions, ["created_at"]),
            (Adjustment, self.adjustments, ["created_at"]),
        ]
        times = [
            [[getattr(row, name) for name in names] for row in rows] for _, rows, names in stamped
        ]
        Session.objects.bulk_create(self.sessions, batch_size=500)
        ExerciseEntry.objects.bulk_create(self.entries, batch_size=500)
        LateFlag.objects.bulk_create(self.late_flags, batch_size=500)
        CheckIn.objects.bulk_create(self.checkins, batch_size=500)
        GentleDay.objects.bulk_create(self.gentle_days, batch_size=500)
        # The simulation named flagged entries by their index; the database knows them by id.
        for row in (*self.suggestions, *self.adjustments):
            row.flag_entries = [self.entries[index].pk for index in row.flag_entries]
        Suggestion.objects.bulk_create(self.suggestions, batch_size=500)
        Adjustment.objects.bulk_create(self.adjustments, batch_size=500)
        RoutineItem.objects.bulk_update(
            self.items, ["exercise", "sets", "reps", "hold_seconds", "is_paused", "revision"]
        )
        for (model, rows, names), values in zip(stamped, times, strict=True):
            for row, row_values in zip(rows, values, strict=True):
                for name, value in zip(names, row_values, strict=True):
                    setattr(row, name, value)
            model.objects.bulk_update(rows, names, batch_size=500)
        return Counts(
            users=1,
            sessions=len(self.sessions),
            entries=len(self.entries),
            checkins=len(self.checkins),
            flags=sum(entry.discomfort != Discomfort.NONE for entry in self.entries),
            late_flags=len(self.late_flags),
            gentle_days=len(self.gentle_days),
            suggestions=len(self.suggestions),
            adjustments=len(self.adjustments),
        )


def create_demo_user(
    email: str,
    *,
    days: int,
    rng: random.Random,
    password_hash: str,
    display_name: str = "",
    timezone: str = "",
    today: date | None = None,
) -> tuple[User, Counts]:
    """A new account with ``days`` days of history ending yesterday (its own calendar)."""
    profile = Profile.draw(rng)
    if timezone:
        profile = replace(profile, timezone=timezone)
    user = User(
        email=email.lower(),
        display_name=display_name or profile.name,
        timezone=profile.timezone,
        weekly_goal=profile.weekly_goal,
        discomfort_threshold=profile.threshold,
        password=password_hash,
    )
    last = (today or user.local_today()) - timedelta(days=1)
    first = last - timedelta(days=days - 1)
    user.date_joined = datetime.combine(first, time(9), tzinfo=ZoneInfo(profile.timezone))
    with transaction.atomic():
        user.save()
        routine = create_starter_routine(user)
        Routine.objects.filter(pk=routine.pk).update(created_at=user.date_joined)
        history = History(user, profile, rng, routine)
        history.simulate(first, last)
        counts = history.save()
    return user, counts

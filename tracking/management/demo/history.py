"""One person's simulated days, as unsaved rows, and the account that holds them."""

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from exercises.models import Exercise
from spinecare.accounts.models import User
from tracking.adjustments import Prescription, SessionFlag, reason_as_data, suggest, worst
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
from tracking.reasons import in_english
from tracking.services.routines import create_starter_routine

from .people import (
    ACCEPT,
    CHECKIN_NOTES,
    CHECKIN_WHEN_ACTIVE,
    CHECKIN_WHEN_IDLE,
    FLAG_BASE,
    FLAG_NOTES,
    FLAG_PER_POINT,
    FLAG_WEIGHTS,
    GENTLE_WHEN_NEAR,
    HOLIDAY_CHECKIN,
    HOLIDAY_DAYS,
    LATE_FLAG,
    NECK_EXERCISES,
    OPEN_AT_END_DAYS,
    PAUSE_DAYS,
    REST_WHEN_HIGH,
    SECOND_SESSION,
    SESSION_NOTES,
    SKIP_EXERCISE,
    TRICKY_FACTOR,
    WEEKEND_ACTIVE,
    DiscomfortSeries,
    Profile,
    new_key,
)
from .saving import Counts, save_history


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
                item.take(replace(item.prescription, paused=False))

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
                record.level = worst(record.level, level)
                record.entries.append(index)
                self._rules(item, day, at + timedelta(minutes=1), last)

    def _rules(self, item: RoutineItem, day: date, at: datetime, last: date) -> None:
        """Run the real rules on the item, then accept, dismiss or leave the suggestion."""
        if item.pk in self.waiting:
            return
        routine_exercises = {other.exercise_id for other in self.items}
        facts = item.facts(self.last_change.get(item.pk), routine_exercises)
        # Newest first, and no more than the rules' own query reads (the newest 50 entries).
        recent = self.records[item.pk][-50:]
        sessions = [SessionFlag(r.day, r.level, tuple(r.entries)) for r in reversed(recent)]
        proposal = suggest(facts, sessions)
        if proposal is None:
            return
        decided = at + timedelta(minutes=self.rng.randint(1, 90))
        reason = in_english(proposal.reason, self.exercises)
        suggestion = Suggestion(
            user=self.user,
            item=item,
            kind=proposal.kind,
            reason=reason,
            reason_parts=reason_as_data(proposal.reason),
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
        before = item.prescription
        self._apply(item, proposal.proposed)
        adjustment = Adjustment(
            user=self.user,
            item=item,
            kind=proposal.kind,
            reason=reason,
            reason_parts=suggestion.reason_parts,
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
        """What ``RoutineItem.apply`` does, in memory: the new prescription, the next revision."""
        item.take(prescription)
        item.exercise = self.exercises[prescription.exercise_id]


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
        counts = save_history(history)
    return user, counts

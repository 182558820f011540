"""What the API reads and writes: pydantic schemas, described in the OpenAPI document."""

from datetime import date, datetime
from uuid import UUID

from ninja import Field, Schema


class ExerciseOut(Schema):
    id: int
    slug: str
    name: str
    summary: str
    kind: str
    intensity: str
    per_side: bool
    default_sets: int
    default_reps: int
    default_hold_seconds: int


class RoutineItemOut(Schema):
    id: int
    exercise: ExerciseOut
    position: int
    sets: int
    reps: int
    hold_seconds: int
    is_paused: bool


class RoutineOut(Schema):
    id: int
    name: str
    items: list[RoutineItemOut]


class EntryIn(Schema):
    """One exercise of the routine, as done; the checklist's row on the Today page."""

    routine_item: int = Field(description="The id of an item of the session's routine.")
    completed: bool = False
    sets: int | None = None
    reps: int | None = None
    hold_seconds: int | None = None
    discomfort: str = Field("none", description="none, mild, moderate or sharp")
    discomfort_area: str = ""
    discomfort_note: str = ""


class EntryOut(Schema):
    id: int
    exercise: str = Field(description="The exercise's slug.")
    routine_item: int | None
    completed: bool
    sets: int
    reps: int
    hold_seconds: int
    discomfort: str
    discomfort_area: str
    discomfort_note: str


class SessionIn(Schema):
    idempotency_key: UUID = Field(
        description="Made by the client once per session: a retry with the same key returns "
        "the first result and adds nothing."
    )
    date: date
    routine: int | None = Field(None, description="Your routine's id; the active one if left out.")
    duration_minutes: int | None = None
    notes: str = ""
    another: bool = Field(
        False,
        description="Add a separate session, rather than updating the day's latest one.",
    )
    entries: list[EntryIn] = []


class SessionOut(Schema):
    id: int
    date: date
    routine: int | None
    duration_minutes: int | None
    notes: str
    created_at: datetime
    entries: list[EntryOut]


class SessionSaved(Schema):
    outcome: str = Field(description="created, updated (the day's session) or repeated")
    session: SessionOut


class SessionPage(Schema):
    items: list[SessionOut]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page.")


class CheckInIn(Schema):
    discomfort: int = Field(description="0 (no discomfort) to 10 (worst)")
    areas: list[str] = []
    notes: str = ""
    rest_for_discomfort: bool = False
    red_flags: list[str] = []


class CheckInOut(Schema):
    date: date
    discomfort: int
    areas: list[str]
    notes: str
    rest_for_discomfort: bool
    red_flags: list[str]


class CheckInSaved(Schema):
    created: bool
    checkin: CheckInOut


class SuggestionOut(Schema):
    id: int
    routine_item: int
    exercise: str
    kind: str
    reason: str
    proposed: dict
    created_at: datetime


class OutcomeOut(Schema):
    message: str


class StreakOut(Schema):
    length: int
    start: date | None
    end: date | None


class WeekOut(Schema):
    done: int
    target: int
    goal: int
    rest_days: int


class DiscomfortDay(Schema):
    date: date
    level: int | None
    rolling_average: float | None
    active: bool


class ProgressOut(Schema):
    current_streak: StreakOut
    longest_streak: StreakOut
    this_week: WeekOut
    consistency_percent: int
    discomfort_last_30_days: list[DiscomfortDay]

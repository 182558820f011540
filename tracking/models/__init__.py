"""Routines, sessions, check-ins and the suggestions made from discomfort flags."""

from .base import MAX_NOTE, BodyArea, DatedQuerySet, UserOwnedQuerySet
from .checkins import CheckIn, GentleDay, RedFlag
from .routines import Routine, RoutineItem
from .sessions import (
    BACKFILL_DAYS,
    MAX_DURATION,
    MIN_DURATION,
    Discomfort,
    ExerciseEntry,
    LateFlag,
    Session,
    earliest_backfill,
)
from .suggestions import Adjustment, AdjustmentKind, Suggestion

__all__ = [
    "BACKFILL_DAYS",
    "MAX_DURATION",
    "MAX_NOTE",
    "MIN_DURATION",
    "Adjustment",
    "AdjustmentKind",
    "BodyArea",
    "CheckIn",
    "DatedQuerySet",
    "Discomfort",
    "ExerciseEntry",
    "GentleDay",
    "LateFlag",
    "RedFlag",
    "Routine",
    "RoutineItem",
    "Session",
    "Suggestion",
    "UserOwnedQuerySet",
    "earliest_backfill",
]

"""The simulated person: how they behave, what they write, and their discomfort over time."""

import random
import uuid
from dataclasses import dataclass

from tracking.models import BodyArea

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

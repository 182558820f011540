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

from .history import create_demo_user
from .people import DEMO_DAYS, DEMO_EMAIL, DEMO_PASSWORD, DEMO_SEED
from .saving import Counts

__all__ = ["DEMO_DAYS", "DEMO_EMAIL", "DEMO_PASSWORD", "DEMO_SEED", "Counts", "create_demo_user"]

"""The adjustment rules, table-driven, without a database."""

from datetime import UTC, date, datetime, timedelta

import pytest

from tracking.adjustments import (
    LEVELS,
    Alternative,
    EntryFlag,
    ItemFacts,
    Prescription,
    SessionFlag,
    counting_since,
    easing_in_force,
    mean,
    persistent_discomfort,
    reduced,
    rolling_average,
    session_flags,
    suggest,
    worst,
)

SIDE_PLANK = Prescription(exercise_id=2, sets=2, reps=0, hold_seconds=15)
PLANK = Prescription(exercise_id=1, sets=3, reps=0, hold_seconds=20)
TODAY = date(2026, 6, 17)


def item(current=SIDE_PLANK, alternative="plank", **extra):
    alternatives = {
        "plank": Alternative(1, "Plank", PLANK),
        "in routine": Alternative(1, "Plank", PLANK, in_routine=True),
        None: None,
    }
    return ItemFacts("Side plank", current, alternatives[alternative], **extra)


def sessions(*levels):
    """Newest first, one entry id per flagged session."""
    return [
        SessionFlag(TODAY - timedelta(days=n), level, (100 + n,) if level != "none" else ())
        for n, level in enumerate(levels)
    ]


@pytest.mark.parametrize(
    ("levels", "kind", "reason"),
    [
        ((), None, None),
        (("none", "none"), None, None),
        (("mild",), None, None),  # mild once: noted, no change
        (("none", "mild", "none"), None, None),
        (("mild", "none", "mild"), "reduce", "You flagged Side plank in 2 of your last 3 sessions"),
        (("mild", "mild"), "reduce", "You flagged Side plank in 2 of your last 2 sessions"),
        (("none", "mild", "mild", "mild"), "reduce", "in 2 of your last 3 sessions"),
        (("mild", "none", "none", "mild"), None, None),  # the 4th session is too old
        (("moderate",), "reduce", "You flagged Side plank as moderate in your last session"),
        (("moderate", "moderate"), "swap", "as moderate or worse in your last 2 sessions"),
        (("sharp", "moderate"), "swap", "as sharp in your last session"),
        (("moderate", "none", "moderate"), "reduce", "as moderate in your last session"),
        (("sharp",), "swap", "You flagged Side plank as sharp in your last session"),
        (("none", "sharp"), None, None),  # an older sharp was already answered by this session
    ],
)
def test_rules(levels, kind, reason):
    proposal = suggest(item(), sessions(*levels))

    assert (proposal.kind if proposal else None) == kind
    if reason:
        assert reason in proposal.reason


def test_a_swap_proposes_the_alternative_with_its_default_dose_and_names_it():
    proposal = suggest(item(), sessions("sharp"))

    assert proposal.proposed == PLANK
    assert "Try Plank instead" in proposal.reason
    assert proposal.flag_entries == (100,)


def test_no_alternative_means_a_pause():
    proposal = suggest(item(alternative=None), sessions("sharp"))

    assert proposal.kind == "pause"
    assert proposal.proposed == Prescription(2, 2, 0, 15, paused=True)
    assert "already one of the gentlest" in proposal.reason


def test_an_alternative_already_in_the_routine_means_a_pause():
    proposal = suggest(item(alternative="in routine"), sessions("moderate", "sharp"))

    assert proposal.kind == "pause"
    assert "Its gentler option, Plank, is already in your routine, so pause Side plank" in (
        proposal.reason
    )


def test_a_paused_item_gets_no_suggestion():
    paused = Prescription(2, 2, 0, 15, paused=True)

    assert suggest(item(current=paused), sessions("sharp")) is None


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Prescription(1, 3, 0, 30), Prescription(1, 2, 0, 20)),
        (Prescription(1, 3, 12, 0), Prescription(1, 2, 8, 0)),
        (Prescription(1, 1, 8, 3), Prescription(1, 1, 5, 3)),  # a 3 s hold is already light
        (Prescription(1, 1, 4, 6), Prescription(1, 1, 3, 5)),  # never below the minimums
        (Prescription(1, 1, 3, 5), Prescription(1, 1, 3, 5)),
    ],
)
def test_reduce_takes_about_a_third_off_and_respects_minimums(before, after):
    assert reduced(before) == after


def test_already_at_the_minimum_means_a_pause_instead():
    lightest = Prescription(2, 1, 0, 5)

    proposal = suggest(item(current=lightest), sessions("moderate"))

    assert proposal.kind == "pause"
    assert "already at the lightest dose" in proposal.reason


def test_five_pain_free_sessions_after_a_reduction_suggest_stepping_back_up():
    lighter = reduced(SIDE_PLANK)
    eased = item(current=lighter, before_last_easing=SIDE_PLANK, easing_kind="reduce")

    assert suggest(eased, sessions(*["none"] * 4)) is None
    proposal = suggest(eased, sessions(*["none"] * 5))

    assert proposal.kind == "step_up"
    assert proposal.proposed == SIDE_PLANK
    assert "5 pain-free sessions in a row" in proposal.reason


def test_after_a_swap_stepping_up_brings_the_old_exercise_back():
    swapped = item(current=PLANK, before_last_easing=SIDE_PLANK, easing_kind="swap")

    proposal = suggest(swapped, sessions(*["none"] * 6))

    assert proposal.proposed == SIDE_PLANK
    assert "the exercise and dose you had before" in proposal.reason


def test_a_flag_in_the_pain_free_run_resets_it():
    eased = item(current=reduced(SIDE_PLANK), before_last_easing=SIDE_PLANK, easing_kind="reduce")

    assert suggest(eased, sessions("none", "none", "mild", "none", "none", "none")) is None


def days(*levels):
    """Check-ins ending today, oldest first."""
    return {TODAY - timedelta(days=len(levels) - 1 - n): level for n, level in enumerate(levels)}


@pytest.mark.parametrize(
    ("checkins", "expected"),
    [
        (days(7, 7, 7), "at 6 or more out of 10 for 3 days running"),
        (days(6, 6, 6), "for 3 days running"),
        (days(7, 7, 5), None),
        ({**days(7, 7, 7), TODAY: 2}, None),
        ({d - timedelta(days=1): v for d, v in days(8, 8, 8).items()}, "3 days running"),
        (days(*[2] * 7, *[4] * 7), "rose from 2.0 to 4.0"),
        (days(*[2] * 7, *[3] * 7), None),
        (days(2, 2, 4, 4, 4, 4, 4), None),  # too few check-ins in the week before
        ({}, None),
    ],
)
def test_persistent_discomfort(checkins, expected):
    reason = persistent_discomfort(checkins, threshold=6, today=TODAY)

    assert (reason is None) == (expected is None)
    if expected:
        assert expected in reason


# The rules the services used to spell out themselves: flag merging, the counting window,
# what an easing is, and the averages.

T0 = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ([], []),
        # One session, two entries of the exercise: the worst flag, both flagged ids.
        (
            [EntryFlag(1, TODAY, 10, "mild"), EntryFlag(1, TODAY, 11, "sharp")],
            [SessionFlag(TODAY, "sharp", (10, 11))],
        ),
        # A flag reported the day after counts when it is worse than the one on the day.
        ([EntryFlag(1, TODAY, 10, "none", "moderate")], [SessionFlag(TODAY, "moderate", (10,))]),
        ([EntryFlag(1, TODAY, 10, "sharp", "mild")], [SessionFlag(TODAY, "sharp", (10,))]),
        # An unflagged entry names no id, and sessions keep their order (newest first).
        (
            [EntryFlag(2, TODAY, 20, "none"), EntryFlag(1, TODAY - timedelta(1), 10, "mild")],
            [SessionFlag(TODAY, "none", ()), SessionFlag(TODAY - timedelta(1), "mild", (10,))],
        ),
        (
            [EntryFlag(1, TODAY, 10, "none"), EntryFlag(1, TODAY, 11, "mild")],
            [SessionFlag(TODAY, "mild", (11,))],
        ),
    ],
)
def test_session_flags_keep_the_worst_flag_of_each_session(entries, expected):
    assert session_flags(entries) == expected


@pytest.mark.parametrize(
    ("change", "dismissal", "expected"),
    [
        (None, None, None),
        (T0, None, T0),
        (None, T0, T0),
        (T0, T0 + timedelta(days=2), T0 + timedelta(days=2)),
        (T0 + timedelta(days=3), T0, T0 + timedelta(days=3)),
    ],
)
def test_flags_count_since_the_last_change_or_dismissal(change, dismissal, expected):
    assert counting_since(change, dismissal) == expected


@pytest.mark.parametrize(
    ("kind", "eased"),
    [("reduce", True), ("swap", True), ("pause", False), ("step_up", False), ("undo", False)],
)
def test_only_a_lighter_dose_or_a_swap_can_be_stepped_back_up_from(kind, eased):
    before, easing_kind = easing_in_force(kind, PLANK.as_dict())

    assert (before, easing_kind) == ((PLANK, kind) if eased else (None, None))
    assert easing_in_force(None, None) == (None, None)


def test_worst_orders_the_levels():
    assert worst() == "none"
    assert worst("mild", "sharp", "moderate") == "sharp"
    assert list(LEVELS) == ["none", "mild", "moderate", "sharp"]


@pytest.mark.parametrize(
    ("levels", "day", "kwargs", "expected"),
    [
        ({}, TODAY, {}, None),
        ({TODAY: 4}, TODAY, {}, 4.0),
        # Days without a check-in are left out, not counted as 0.
        ({TODAY: 4, TODAY - timedelta(2): 8}, TODAY, {}, 6.0),
        # Only the window's days: the 8 is 7 days back, one day too old.
        ({TODAY: 4, TODAY - timedelta(7): 8}, TODAY, {}, 4.0),
        ({TODAY: 1, TODAY - timedelta(1): 2}, TODAY, {"minimum": 3}, None),
        ({TODAY: 1, TODAY - timedelta(1): 2, TODAY - timedelta(2): 2}, TODAY, {}, 1.67),
    ],
)
def test_rolling_average(levels, day, kwargs, expected):
    assert rolling_average(levels, day, **kwargs) == expected


def test_mean_rounds_to_one_digit_by_default():
    assert mean([]) is None
    assert mean([1, 2, 2]) == 1.7
    assert mean([1, 2, 2], digits=None) == pytest.approx(5 / 3)

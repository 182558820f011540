"""The adjustment rules, table-driven, without a database."""

from datetime import UTC, date, datetime, timedelta

import pytest

from tracking.adjustments import (
    LEVELS,
    PARTS,
    Alternative,
    EntryFlag,
    ItemFacts,
    Part,
    Prescription,
    SessionFlag,
    counting_since,
    easing_in_force,
    mean,
    persistent_discomfort,
    reason_as_data,
    reason_from_data,
    reduced,
    rolling_average,
    session_flags,
    suggest,
    undone,
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


def flagged(level):
    return Part("flagged_last_session", {"exercise": 2, "level": level})


def in_recent(flagged, sessions):
    return Part("flagged_in_recent", {"exercise": 2, "flagged": flagged, "sessions": sessions})


EASE_OFF = Part("ease_off")
TRY_PLANK = Part("try_alternative", {"exercise": 1})


@pytest.mark.parametrize(
    ("levels", "kind", "reason"),
    [
        ((), None, None),
        (("none", "none"), None, None),
        (("mild",), None, None),  # mild once: noted, no change
        (("none", "mild", "none"), None, None),
        (("mild", "none", "mild"), "reduce", (in_recent(2, 3), EASE_OFF)),
        (("mild", "mild"), "reduce", (in_recent(2, 2), EASE_OFF)),
        (("none", "mild", "mild", "mild"), "reduce", (in_recent(2, 3), EASE_OFF)),
        (("mild", "none", "none", "mild"), None, None),  # the 4th session is too old
        (("moderate",), "reduce", (flagged("moderate"), EASE_OFF)),
        (
            ("moderate", "moderate"),
            "swap",
            (Part("flagged_moderate_twice", {"exercise": 2}), TRY_PLANK),
        ),
        (("sharp", "moderate"), "swap", (flagged("sharp"), TRY_PLANK)),
        (("moderate", "none", "moderate"), "reduce", (flagged("moderate"), EASE_OFF)),
        (("sharp",), "swap", (flagged("sharp"), TRY_PLANK)),
        (("none", "sharp"), None, None),  # an older sharp was already answered by this session
    ],
)
def test_rules(levels, kind, reason):
    proposal = suggest(item(), sessions(*levels))

    assert (proposal.kind if proposal else None) == kind
    assert (proposal.reason if proposal else None) == reason


def test_a_swap_proposes_the_alternative_with_its_default_dose_and_names_it():
    proposal = suggest(item(), sessions("sharp"))

    assert proposal.proposed == PLANK
    assert proposal.reason[1] == TRY_PLANK
    assert proposal.flag_entries == (100,)


def test_no_alternative_means_a_pause():
    proposal = suggest(item(alternative=None), sessions("sharp"))

    assert proposal.kind == "pause"
    assert proposal.proposed == Prescription(2, 2, 0, 15, paused=True)
    assert proposal.reason == (flagged("sharp"), Part("already_gentlest", {"exercise": 2}))


def test_an_alternative_already_in_the_routine_means_a_pause():
    proposal = suggest(item(alternative="in routine"), sessions("moderate", "sharp"))

    assert proposal.kind == "pause"
    assert proposal.reason == (
        Part("flagged_moderate_twice", {"exercise": 2}),
        Part("alternative_in_routine", {"alternative": 1, "exercise": 2}),
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
    assert proposal.reason == (flagged("moderate"), Part("already_lightest"))


def test_five_pain_free_sessions_after_a_reduction_suggest_stepping_back_up():
    lighter = reduced(SIDE_PLANK)
    eased = item(current=lighter, before_last_easing=SIDE_PLANK, easing_kind="reduce")

    assert suggest(eased, sessions(*["none"] * 4)) is None
    proposal = suggest(eased, sessions(*["none"] * 5))

    assert proposal.kind == "step_up"
    assert proposal.proposed == SIDE_PLANK
    assert proposal.reason == (
        Part("pain_free_run", {"exercise": 2, "sessions": 5}),
        Part("step_up_dose"),
    )


def test_after_a_swap_stepping_up_brings_the_old_exercise_back():
    swapped = item(current=PLANK, before_last_easing=SIDE_PLANK, easing_kind="swap")

    proposal = suggest(swapped, sessions(*["none"] * 6))

    assert proposal.proposed == SIDE_PLANK
    # The run is with the exercise done now, the alternative.
    assert proposal.reason == (
        Part("pain_free_run", {"exercise": 1, "sessions": 6}),
        Part("step_up_exercise"),
    )


def test_a_flag_in_the_pain_free_run_resets_it():
    eased = item(current=reduced(SIDE_PLANK), before_last_easing=SIDE_PLANK, easing_kind="reduce")

    assert suggest(eased, sessions("none", "none", "mild", "none", "none", "none")) is None


def days(*levels):
    """Check-ins ending today, oldest first."""
    return {TODAY - timedelta(days=len(levels) - 1 - n): level for n, level in enumerate(levels)}


def for_days(days):
    return Part("persistent_days", {"threshold": 6, "days": days})


@pytest.mark.parametrize(
    ("checkins", "expected"),
    [
        (days(7, 7, 7), for_days(3)),
        (days(6, 6, 6), for_days(3)),
        (days(7, 7, 5), None),
        ({**days(7, 7, 7), TODAY: 2}, None),
        ({d - timedelta(days=1): v for d, v in days(8, 8, 8).items()}, for_days(3)),
        (days(*[2] * 7, *[4] * 7), Part("average_rose", {"before": 2.0, "recent": 4.0})),
        # Rounded to one decimal here: 2.43 and 4.57.
        (
            days(2, 2, 2, 3, 3, 2, 3, *[4] * 3, *[5] * 4),
            Part("average_rose", {"before": 2.4, "recent": 4.6}),
        ),
        (days(*[2] * 7, *[3] * 7), None),
        (days(2, 2, 4, 4, 4, 4, 4), None),  # too few check-ins in the week before
        ({}, None),
    ],
)
def test_persistent_discomfort(checkins, expected):
    assert persistent_discomfort(checkins, threshold=6, today=TODAY) == expected


# Reasons as data: what Suggestion and Adjustment keep, and the reason of an undo.

SWAP_REASON = (flagged("sharp"), TRY_PLANK)


def test_a_reason_round_trips_through_json_ready_data():
    data = reason_as_data(SWAP_REASON)

    assert data == [
        {"code": "flagged_last_session", "params": {"exercise": 2, "level": "sharp"}},
        {"code": "try_alternative", "params": {"exercise": 1}},
    ]
    assert reason_from_data(data) == SWAP_REASON


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        (SWAP_REASON, (Part("undid"), *SWAP_REASON)),
        ((Part("undid"), *SWAP_REASON), SWAP_REASON),  # undoing an undo
        ((), ()),  # a row from before reasons were data
    ],
)
def test_an_undo_says_undid_and_undoing_it_gives_the_reason_back(reason, expected):
    assert undone(reason) == expected


def test_every_part_the_rules_make_is_in_the_table():
    made = [
        suggest(item(alternative=alternative, **extra), sessions(*levels))
        for alternative in ("plank", "in routine", None)
        for levels, extra in [
            (("sharp",), {}),
            (("moderate", "moderate"), {}),
            (("moderate",), {}),
            (("moderate",), {"current": Prescription(2, 1, 0, 5)}),
            (("mild", "mild"), {}),
            (["none"] * 5, {"before_last_easing": PLANK, "easing_kind": "reduce"}),
            (["none"] * 5, {"before_last_easing": PLANK, "easing_kind": "swap"}),
        ]
    ]
    parts = [part for proposal in made for part in proposal.reason]
    parts += [persistent_discomfort(days(7, 7, 7), 6, TODAY)]
    parts += [persistent_discomfort(days(*[2] * 7, *[4] * 7), 6, TODAY)]

    for part in parts:
        assert set(part.params) == set(PARTS[part.code])
    assert {part.code for part in parts} | {"undid"} == set(PARTS)


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

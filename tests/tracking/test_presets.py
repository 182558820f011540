"""How onboarding's answers pick exercises from the presets: no database needed."""

import pytest

from tracking.presets import (
    ASKS_FOR,
    MINUTES,
    PRESETS,
    Movement,
    gentlest_first,
    pick_exercises,
    presets_for,
)


@pytest.mark.parametrize(
    ("areas", "minutes", "avoid", "expected"),
    [
        (["lower"], 5, [], ["pelvic-tilt", "knees-to-chest", "childs-pose"]),
        (["lower"], 5, ["kneeling"], ["pelvic-tilt", "knees-to-chest", "glute-bridge"]),
        (["neck"], 5, [], ["chin-tuck", "shoulder-shrug", "neck-side-stretch"]),
        (["upper"], 5, [], ["chin-tuck", "shoulder-shrug", "neck-side-stretch"]),
        (["mid"], 5, ["lying"], ["cat-cow", "bird-dog", "thoracic-extension-chair"]),
        (
            ["neck", "lower"],
            10,
            [],
            ["chin-tuck", "pelvic-tilt", "shoulder-shrug", "knees-to-chest", "neck-side-stretch"],
        ),
        (["lower"], 15, ["forward", "back", "kneeling", "lying"], []),
    ],
)
def test_answers_pick_exercises(areas, minutes, avoid, expected):
    assert pick_exercises(areas, minutes, avoid) == expected


@pytest.mark.parametrize("minutes", MINUTES)
def test_more_minutes_never_means_fewer_exercises(minutes):
    every_area = ["neck", "upper", "mid", "lower"]
    assert len(pick_exercises(every_area, minutes, [])) == MINUTES[minutes]


def test_an_avoided_movement_never_comes_back():
    for movement in Movement.values:
        picked = pick_exercises(["neck", "upper", "mid", "lower"], 15, [movement])
        assert not set(picked) & ASKS_FOR[Movement(movement)], movement


def test_every_area_has_a_preset_and_presets_start_gentle():
    for area in ["neck", "upper", "mid", "lower"]:
        assert presets_for([area])
    assert {p.exercises[0] for p in PRESETS} == {"chin-tuck", "pelvic-tilt", "ball-squeeze"}


def test_gentle_exercises_go_first_and_keep_their_order():
    intensity = {"a": "moderate", "b": "gentle", "c": "challenging", "d": "gentle"}
    assert gentlest_first(["a", "b", "c", "d"], intensity) == ["b", "d", "a", "c"]

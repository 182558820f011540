"""Ready-made routines, and how onboarding's answers pick from them. Pure: no queries.

A physiotherapist can read and change this file: each preset lists its exercises from the
gentlest up, the minutes someone has set how many they get, and a movement they know to avoid
leaves out every exercise that asks for it. New routines ease in: one set of each.
"""

from dataclasses import dataclass
from itertools import chain, zip_longest

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class BackArea(models.TextChoices):
    NECK = "neck", _("Neck")
    UPPER = "upper", _("Upper back")
    MID = "mid", _("Middle of the back")
    LOWER = "lower", _("Lower back")


class Movement(models.TextChoices):
    BENDING_FORWARD = "forward", _("Bending forward")
    BENDING_BACK = "back", _("Bending backward")
    TWISTING = "twisting", _("Twisting")
    KNEELING = "kneeling", _("Kneeling or weight on the hands")
    LYING_DOWN = "lying", _("Lying on the floor")


# The exercises that ask for each movement.
ASKS_FOR = {
    Movement.BENDING_FORWARD: {
        "abdominal-crunch",
        "childs-pose",
        "chin-to-chest",
        "knees-to-chest",
        "mcgill-curl-up",
        "hip-flexor-stretch",
    },
    Movement.BENDING_BACK: {"cat-cow", "thoracic-extension-chair", "glute-bridge"},
    Movement.TWISTING: {"rotating-plank"},
    Movement.KNEELING: {"bird-dog", "cat-cow", "childs-pose", "plank"},
    Movement.LYING_DOWN: {
        "abdominal-crunch",
        "ball-squeeze",
        "dead-bug",
        "glute-bridge",
        "hip-flexor-stretch",
        "knees-to-chest",
        "mcgill-curl-up",
        "pelvic-tilt",
    },
}

# Minutes a day -> how many exercises: about a minute and a half each, with rests.
MINUTES = {5: 3, 10: 5, 15: 7}
EASE_IN_SETS = 1


@dataclass(frozen=True)
class Preset:
    slug: str
    name: Promise
    summary: Promise
    areas: tuple[str, ...]
    exercises: tuple[str, ...]  # from the gentlest up


PRESETS = (
    Preset(
        "desk-neck-upper-back",
        _("Desk neck and upper back"),
        _("Small movements for a neck and shoulders that have been at a screen all day."),
        (BackArea.NECK, BackArea.UPPER),
        (
            "chin-tuck",
            "shoulder-shrug",
            "neck-side-stretch",
            "chin-to-chest",
            "thoracic-extension-chair",
            "wall-angel",
            "cat-cow",
        ),
    ),
    Preset(
        "gentle-lower-back",
        _("Gentle lower back"),
        _("Easy floor movements that help a stiff lower back loosen up and feel supported."),
        (BackArea.LOWER,),
        (
            "pelvic-tilt",
            "knees-to-chest",
            "childs-pose",
            "cat-cow",
            "glute-bridge",
            "mcgill-curl-up",
            "bird-dog",
        ),
    ),
    Preset(
        "core-steady-spine",
        _("Core for a steady spine"),
        _("Calm strength work for the muscles that hold the middle of your back steady."),
        (BackArea.MID, BackArea.LOWER),
        (
            "ball-squeeze",
            "cat-cow",
            "dead-bug",
            "bird-dog",
            "mcgill-curl-up",
            "thoracic-extension-chair",
            "plank",
        ),
    ),
)
BY_SLUG = {preset.slug: preset for preset in PRESETS}


def presets_for(areas: list[str]) -> list[Preset]:
    """For each area, in the order given, the preset made for it (or one that also serves
    it), each preset once."""
    chosen: list[Preset] = []
    for area in areas:
        made_for = [p for p in PRESETS if p.areas[0] == area] or [
            p for p in PRESETS if area in p.areas
        ]
        chosen += [p for p in made_for[:1] if p not in chosen]
    return chosen


def avoided(slugs, avoid: list[str]) -> set[str]:
    return {slug for slug in slugs if any(slug in ASKS_FOR[Movement(m)] for m in avoid)}


def pick_exercises(areas: list[str], minutes: int, avoid: list[str]) -> list[str]:
    """The routine for onboarding's answers: turns through the areas' presets, one
    exercise from each in turn, skipping any that asks for an avoided movement."""
    presets = presets_for(areas)
    in_turn = chain.from_iterable(zip_longest(*(p.exercises for p in presets)))
    left_out = avoided(chain.from_iterable(p.exercises for p in presets), avoid)
    picked: list[str] = []
    for slug in in_turn:
        if slug and slug not in picked and slug not in left_out:
            picked.append(slug)
    return picked[: MINUTES[minutes]]


INTENSITY_ORDER = {"gentle": 0, "moderate": 1, "challenging": 2}


def gentlest_first(slugs: list[str], intensity: dict[str, str]) -> list[str]:
    """Keep the order within a level, but every gentle exercise before the others."""
    return sorted(slugs, key=lambda slug: INTENSITY_ORDER[intensity[slug]])

"""Reasons in words: the English people read before reasons were data, word for word, and
every sentence through the translation machinery of the active language. No database."""

import pytest
from django.utils import translation

from exercises.models import Exercise
from tracking import reasons
from tracking.adjustments import PARTS, Part
from tracking.reasons import (
    Unreadable,
    exercise_ids,
    in_english,
    read_reason,
    reason_shown,
    reason_text,
    with_exercises,
)

EXERCISES = {1: Exercise(pk=1, name="Plank"), 2: Exercise(pk=2, name="Side plank")}


def flagged(level):
    return Part("flagged_last_session", {"exercise": 2, "level": level})


TRY_PLANK = Part("try_alternative", {"exercise": 1})
EASE_OFF = Part("ease_off")

# Every reason the rules give, with the English the f-strings of adjustments.py used to build.
ENGLISH = [
    (
        (flagged("sharp"), TRY_PLANK),
        "You flagged Side plank as sharp in your last session. "
        "Try Plank instead, a gentler exercise for the same area.",
    ),
    (
        (flagged("sharp"), Part("alternative_in_routine", {"alternative": 1, "exercise": 2})),
        "You flagged Side plank as sharp in your last session. "
        "Its gentler option, Plank, is already in your routine, so pause Side plank for now.",
    ),
    (
        (flagged("sharp"), Part("already_gentlest", {"exercise": 2})),
        "You flagged Side plank as sharp in your last session. "
        "Side plank is already one of the gentlest exercises for this area, "
        "so pause it for now.",
    ),
    (
        (Part("flagged_moderate_twice", {"exercise": 2}), TRY_PLANK),
        "You flagged Side plank as moderate or worse in your last 2 sessions. "
        "Try Plank instead, a gentler exercise for the same area.",
    ),
    (
        (flagged("moderate"), EASE_OFF),
        "You flagged Side plank as moderate in your last session. Ease off to a lighter dose.",
    ),
    (
        (flagged("moderate"), Part("already_lightest")),
        "You flagged Side plank as moderate in your last session. "
        "It is already at the lightest dose, so pause it for now.",
    ),
    (
        (Part("flagged_in_recent", {"exercise": 2, "flagged": 2, "sessions": 3}), EASE_OFF),
        "You flagged Side plank in 2 of your last 3 sessions. Ease off to a lighter dose.",
    ),
    (
        (Part("flagged_in_recent", {"exercise": 2, "flagged": 1, "sessions": 1}), EASE_OFF),
        "You flagged Side plank in 1 of your last 1 session. Ease off to a lighter dose.",
    ),
    (
        (Part("pain_free_run", {"exercise": 2, "sessions": 5}), Part("step_up_dose")),
        "5 pain-free sessions in a row with Side plank. "
        "You could step back up to the dose you had before.",
    ),
    (
        (Part("pain_free_run", {"exercise": 1, "sessions": 1}), Part("step_up_exercise")),
        "1 pain-free session in a row with Plank. "
        "You could step back up to the exercise and dose you had before.",
    ),
    (
        (Part("persistent_days", {"threshold": 6, "days": 3}),),
        "Your back has been at 6 or more out of 10 for 3 days running.",
    ),
    (
        (Part("persistent_days", {"threshold": 7, "days": 1}),),
        "Your back has been at 7 or more out of 10 for 1 day running.",
    ),
    (
        (Part("average_rose", {"before": 2.0, "recent": 4.0}),),
        "Your 7-day average rose from 2.0 to 4.0 out of 10 compared with the week before.",
    ),
    (
        (Part("average_rose", {"before": 2.4, "recent": 10}),),
        "Your 7-day average rose from 2.4 to 10.0 out of 10 compared with the week before.",
    ),
    (
        (Part("undid"), flagged("sharp"), TRY_PLANK),
        "Undid: You flagged Side plank as sharp in your last session. "
        "Try Plank instead, a gentler exercise for the same area.",
    ),
]


@pytest.mark.parametrize(("reason", "text"), ENGLISH)
def test_the_english_words_are_what_people_read_before(reason, text):
    assert in_english(reason, EXERCISES) == text
    with translation.override("en-gb"):
        assert reason_text(reason, EXERCISES) == text


def test_every_sentence_has_english_words():
    assert {part.code for reason, _text in ENGLISH for part in reason} == set(PARTS)


class Named:
    """An exercise whose name follows the active language, as django-modeltranslation gives."""

    def __init__(self, **names):
        self.names = names

    @property
    def name(self):
        return self.names[translation.get_language()]


@pytest.mark.parametrize(("reason", "_text"), ENGLISH)
def test_in_another_language_every_sentence_goes_through_its_catalogue(monkeypatch, reason, _text):
    """No German catalogue exists yet: a stand-in gettext shows each sentence is looked up,
    whole, in the active language, with the exercises named in it."""
    asked = []

    def gettext(message):
        asked.append((translation.get_language(), message))
        return "«" + message + "»"

    def ngettext(singular, plural, n):
        asked.append((translation.get_language(), singular))
        return "«" + (singular if n == 1 else plural) + "»"

    monkeypatch.setattr(reasons, "_", gettext)
    monkeypatch.setattr(reasons, "ngettext", ngettext)
    exercises = {
        1: Named(**{"de": "Unterarmstütz", "en-gb": "Plank"}),
        2: Named(**{"de": "Seitstütz", "en-gb": "Side plank"}),
    }

    with translation.override("de"):
        text = reason_text(reason, exercises)

    assert len(asked) == len(reason)
    assert {language for language, _message in asked} == {"de"}
    assert "Side plank" not in text
    assert text.count("«") == len(reason)
    if any("exercise" in part.params for part in reason):
        assert "Seitstütz" in text or "Unterarmstütz" in text


GERMAN = {
    "You flagged %(exercise)s as sharp in your last session.": (
        "Du hast %(exercise)s in deiner letzten Einheit als stechend markiert."
    ),
    ("%(sessions)s pain-free session in a row with %(exercise)s.", 0): (
        "%(sessions)s schmerzfreie Einheit in Folge mit %(exercise)s."
    ),
    ("%(sessions)s pain-free session in a row with %(exercise)s.", 1): (
        "%(sessions)s schmerzfreie Einheiten in Folge mit %(exercise)s."
    ),
}


@pytest.fixture
def german(fake_translations):
    """A few entries in the German catalogue, as the real one will hold them."""
    fake_translations("de", GERMAN)


def test_a_german_catalogue_entry_words_the_reason_in_german(german):
    seitstuetz = {2: Named(**{"de": "Seitstütz", "en-gb": "Side plank"})}

    with translation.override("de"):
        sharp = reason_text((flagged("sharp"),), seitstuetz)
        one = reason_text((Part("pain_free_run", {"exercise": 2, "sessions": 1}),), seitstuetz)
        six = reason_text((Part("pain_free_run", {"exercise": 2, "sessions": 6}),), seitstuetz)

    assert sharp == "Du hast Seitstütz in deiner letzten Einheit als stechend markiert."
    assert one == "1 schmerzfreie Einheit in Folge mit Seitstütz."
    assert six == "6 schmerzfreie Einheiten in Folge mit Seitstütz."
    # The stored English stays English whatever language is active.
    with translation.override("de"):
        assert in_english((flagged("sharp"),), seitstuetz) == (
            "You flagged Side plank as sharp in your last session."
        )


def test_decimals_follow_the_locale():
    rose = (Part("average_rose", {"before": 2.4, "recent": 4.0}),)

    with translation.override("de"):
        text = reason_text(rose, {})

    assert "2,4" in text
    assert "4,0" in text


# Stored data: read when it can be, else the English words stored with it.

SHARP_DATA = [
    {"code": "flagged_last_session", "params": {"exercise": 2, "level": "sharp"}},
    {"code": "try_alternative", "params": {"exercise": 1}},
]


def test_stored_data_is_shown_in_words_and_without_data_the_stored_text():
    assert reason_shown(SHARP_DATA, "old words", EXERCISES).startswith("You flagged Side plank")
    assert reason_shown([], "You flagged it as sharp.", EXERCISES) == "You flagged it as sharp."


@pytest.mark.parametrize(
    "data",
    [
        [{"code": "flagged_last_session", "params": {"exercise": 2, "level": "sharp"}}],
        [{"code": "try_alternative", "params": {"exercise": 99}}],  # left the library
        [{"code": "flagged_last_session", "params": {"exercise": 2, "level": "mild"}}],
        [{"code": "sing_a_song", "params": {}}],
        [{"code": "undid", "params": {}}],
        "not a list",
    ],
)
def test_data_that_cant_be_put_into_words_falls_back_to_the_stored_text(data):
    exercises = {1: EXERCISES[1]}  # Side plank, say, retired and gone

    assert reason_shown(data, "Stored words.", exercises) == "Stored words."


@pytest.mark.parametrize(
    "data",
    [
        [],
        None,
        [{"code": "ease_off"}],
        [{"code": "ease_off", "params": {}, "extra": 1}],
        [{"code": "ease_off", "params": {"surplus": 1}}],
        [{"code": "try_alternative", "params": {}}],
        [{"code": "try_alternative", "params": {"exercise": "plank"}}],
        [{"code": "try_alternative", "params": {"exercise": True}}],
        [{"code": "persistent_days", "params": {"threshold": 11, "days": 3}}],
        [{"code": "average_rose", "params": {"before": "2.0", "recent": 4}}],
        [{"code": "flagged_last_session", "params": {"exercise": 1, "level": "awful"}}],
        [{"code": ["ease_off"], "params": {}}],
        [{"code": "ease_off", "params": {}}, {"code": "undid", "params": {}}],
    ],
)
def test_read_reason_refuses_malformed_data(data):
    with pytest.raises(Unreadable):
        read_reason(data)


def test_read_reason_reads_what_was_stored():
    assert read_reason(SHARP_DATA) == (flagged("sharp"), TRY_PLANK)


def test_exercise_ids_finds_the_exercises_of_several_reasons_and_skips_the_unreadable():
    pause = [{"code": "alternative_in_routine", "params": {"alternative": 5, "exercise": 6}}]
    odd = [{"code": "try_alternative", "params": {"exercise": "x"}}, "junk", {"code": []}]

    assert exercise_ids(SHARP_DATA, pause, odd, [], None) == {1, 2, 5, 6}


def test_with_exercises_converts_only_the_exercises():
    slugs = {1: "plank", 2: "side-plank"}

    assert with_exercises(SHARP_DATA, slugs.__getitem__) == [
        {"code": "flagged_last_session", "params": {"exercise": "side-plank", "level": "sharp"}},
        {"code": "try_alternative", "params": {"exercise": "plank"}},
    ]

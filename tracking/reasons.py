"""Reasons in words: the reasons ``tracking.adjustments`` gives as data, in the active language.

The rules stay pure and say *which* sentence and *what* it names (a ``Part``: a code and its
figures, exercises by id); this module says it, one msgid per sentence, counts with ngettext,
decimals formatted for the locale and exercises by their name in the active language (the
library translates its own names). Suggestion and Adjustment keep the data in
``reason_parts`` and, in ``reason``, the English words (``in_english``): what rows from before
reasons were data have, what an export carries, and the fallback when data can't be read.
"""

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from exercises.models import Exercise

from .adjustments import LEVELS, PARTS, UNDID, Part, Reason, persistent_discomfort


class Unreadable(ValueError):
    """A reason this code can't put into words: an unknown sentence, a parameter missing or of
    the wrong kind, or an exercise no longer in the library."""


def reason_text(reason: Reason, exercises: Mapping[int, Exercise]) -> str:
    """The reason in the active language; ``exercises`` by id must hold every one it names."""
    if reason and reason[0].code == UNDID:
        if len(reason) == 1:
            raise Unreadable("an undo names no reason")
        # Translators: The reason of an undone change; %(reason)s is that change's reason.
        return _("Undid: %(reason)s") % {"reason": reason_text(reason[1:], exercises)}
    return " ".join(_sentence(part, exercises) for part in reason)


def in_english(reason: Reason, exercises: Mapping[int, Exercise]) -> str:
    """The English words of the reason, as ``Suggestion.reason`` and ``Adjustment.reason`` keep
    them: settings.LANGUAGE_CODE, the language the msgids are written in."""
    with translation.override(settings.LANGUAGE_CODE):
        return reason_text(reason, exercises)


def reason_shown(data: Any, text: str, exercises: Mapping[int, Exercise] | None = None) -> str:
    """A stored reason in the active language, from its data (``reason_parts``); ``text``, the
    English words stored with it, when there is no data (an older row or import) or it can't
    be read. Pass ``exercises`` when already loaded; without them, one query reads them."""
    if not data:
        return text
    try:
        reason = read_reason(data)
        if exercises is None:
            exercises = Exercise.objects.in_bulk(exercise_ids(data))
        return reason_text(reason, exercises)
    except Unreadable:
        return text


def persistent_notice(checkins: Mapping[date, int], threshold: int, today: date) -> str | None:
    """Why the discomfort looks persistent, in words (``adjustments.persistent_discomfort``)."""
    part = persistent_discomfort(checkins, threshold, today)
    return None if part is None else reason_text((part,), {})


# Reading stored or imported reasons --------------------------------------------------------


def exercise_ids(*reasons: Any) -> set[int]:
    """The ids of the exercises some stored reasons (``reason_parts``) name, to load them all
    in one query. Anything unreadable is skipped: ``reason_shown`` falls back on it."""
    ids = set()
    for data in reasons:
        for part in data if isinstance(data, list) else []:
            if not isinstance(part, dict) or not isinstance(part.get("params"), dict):
                continue
            code = part.get("code")
            for name, kind in PARTS.get(code, {}).items() if isinstance(code, str) else ():
                value = part["params"].get(name)
                if kind == "exercise" and isinstance(value, int) and not isinstance(value, bool):
                    ids.add(value)
    return ids


def _fits(kind: str, value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if kind in ("exercise", "count"):
        return isinstance(value, int) and 0 <= value <= 1_000_000_000
    if kind == "score":
        return isinstance(value, int) and 0 <= value <= 10
    if kind == "average":
        return isinstance(value, int | float) and 0 <= value <= 10
    return kind == "level" and value in LEVELS


def read_reason(data: Any) -> Reason:
    """Stored or imported reason data as a Reason, every part checked against
    ``adjustments.PARTS``: known codes, exactly their parameters, each of its kind."""
    if not isinstance(data, list) or not data:
        raise Unreadable("a reason is a non-empty list of parts")
    reason = []
    for part in data:
        if not isinstance(part, dict) or set(part) != {"code", "params"}:
            raise Unreadable("a part is a code and its parameters")
        code, params = part["code"], part["params"]
        kinds = PARTS.get(code) if isinstance(code, str) else None
        if kinds is None or not isinstance(params, dict) or set(params) != set(kinds):
            raise Unreadable(f"unknown part or parameters: {code!r}")
        if not all(_fits(kind, params[name]) for name, kind in kinds.items()):
            raise Unreadable(f"a parameter of {code!r} is of the wrong kind")
        reason.append(Part(code, dict(params)))
    if any(part.code == UNDID for part in reason[1:]):
        raise Unreadable("only the first part may say undid")
    return tuple(reason)


# The sentences -----------------------------------------------------------------------------


def _named(params: Mapping, name: str, exercises: Mapping[int, Exercise]) -> str:
    exercise = exercises.get(params[name])
    if exercise is None:
        raise Unreadable(f"exercise {params[name]!r} is not loaded or no longer exists")
    return exercise.name


def _sentence(part: Part, exercises: Mapping[int, Exercise]) -> str:
    """One part in words. Every sentence is whole, so translators can reorder it freely."""
    p = part.params
    try:
        match part.code:
            case "flagged_last_session" if p["level"] == "sharp":
                return _(
                    # Translators: %(exercise)s is an exercise's name; "sharp" is the worst
                    # discomfort flag (mild, moderate, sharp).
                    "You flagged %(exercise)s as sharp in your last session."
                ) % {"exercise": _named(p, "exercise", exercises)}
            case "flagged_last_session" if p["level"] == "moderate":
                return _(
                    # Translators: %(exercise)s is an exercise's name; "moderate" is the middle
                    # discomfort flag (mild, moderate, sharp).
                    "You flagged %(exercise)s as moderate in your last session."
                ) % {"exercise": _named(p, "exercise", exercises)}
            case "flagged_moderate_twice":
                return _(
                    # Translators: %(exercise)s is an exercise's name.
                    "You flagged %(exercise)s as moderate or worse in your last 2 sessions."
                ) % {"exercise": _named(p, "exercise", exercises)}
            case "flagged_in_recent":
                return ngettext(
                    # Translators: %(exercise)s is an exercise's name; %(flagged)s of the last
                    # %(sessions)s sessions with it had a discomfort flag.
                    "You flagged %(exercise)s in %(flagged)s of your last %(sessions)s session.",
                    "You flagged %(exercise)s in %(flagged)s of your last %(sessions)s sessions.",
                    p["sessions"],
                ) % {
                    "exercise": _named(p, "exercise", exercises),
                    "flagged": p["flagged"],
                    "sessions": p["sessions"],
                }
            case "pain_free_run":
                return ngettext(
                    # Translators: %(exercise)s is an exercise's name.
                    "%(sessions)s pain-free session in a row with %(exercise)s.",
                    "%(sessions)s pain-free sessions in a row with %(exercise)s.",
                    p["sessions"],
                ) % {"sessions": p["sessions"], "exercise": _named(p, "exercise", exercises)}
            case "try_alternative":
                return _(
                    # Translators: %(exercise)s is the name of a gentler exercise to do instead.
                    "Try %(exercise)s instead, a gentler exercise for the same area."
                ) % {"exercise": _named(p, "exercise", exercises)}
            case "alternative_in_routine":
                return _(
                    # Translators: %(alternative)s is the gentler exercise, %(exercise)s the one
                    # that hurt.
                    "Its gentler option, %(alternative)s, is already in your routine, "
                    "so pause %(exercise)s for now."
                ) % {
                    "alternative": _named(p, "alternative", exercises),
                    "exercise": _named(p, "exercise", exercises),
                }
            case "already_gentlest":
                return _(
                    # Translators: %(exercise)s is an exercise's name.
                    "%(exercise)s is already one of the gentlest exercises for this area, "
                    "so pause it for now."
                ) % {"exercise": _named(p, "exercise", exercises)}
            case "already_lightest":
                return _("It is already at the lightest dose, so pause it for now.")
            case "ease_off":
                return _("Ease off to a lighter dose.")
            case "step_up_dose":
                return _("You could step back up to the dose you had before.")
            case "step_up_exercise":
                return _("You could step back up to the exercise and dose you had before.")
            case "persistent_days":
                return ngettext(
                    # Translators: %(threshold)s is a back discomfort level from 0 to 10.
                    "Your back has been at %(threshold)s or more out of 10 for %(days)s day "
                    "running.",
                    "Your back has been at %(threshold)s or more out of 10 for %(days)s days "
                    "running.",
                    p["days"],
                ) % {"threshold": p["threshold"], "days": p["days"]}
            case "average_rose":
                return _(
                    # Translators: Two averages of back discomfort from 0 to 10, such as 2.5.
                    "Your 7-day average rose from %(before)s to %(recent)s out of 10 "
                    "compared with the week before."
                ) % {
                    "before": number_format(p["before"], decimal_pos=1),
                    "recent": number_format(p["recent"], decimal_pos=1),
                }
    except (KeyError, TypeError) as error:
        raise Unreadable(f"part {part.code!r} lacks {error}") from error
    raise Unreadable(f"no words for part {part.code!r} with {dict(p)!r}")


def with_exercises(data: Any, convert: Callable[[Any], Any]) -> Any:
    """Reason data with each exercise it names passed through ``convert``: ids to slugs for an
    export, slugs to ids for an import. Malformed parts are left as they are (``read_reason``
    refuses them)."""
    if not isinstance(data, list):
        return data
    converted = []
    for part in data:
        code = part.get("code") if isinstance(part, dict) else None
        if isinstance(code, str) and isinstance(part.get("params"), dict):
            kinds = PARTS.get(code, {})
            params = {
                name: convert(value) if kinds.get(name) == "exercise" else value
                for name, value in part["params"].items()
            }
            part = {**part, "params": params}
        converted.append(part)
    return converted

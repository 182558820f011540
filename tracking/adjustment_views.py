"""Suggestions from discomfort flags, accepted or dismissed in one click, and undo."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from exercises.models import Exercise, describe_dosage
from spinecare.http import AuthedRequest

from .models import Adjustment, CheckIn, Routine, Suggestion
from .services import (
    Outcome,
    accept_suggestion,
    dismiss_suggestion,
    set_gentle_day,
    undo_adjustment,
)


@dataclass
class Change:
    """A prescription in words: "Plank · 3 sets × 20 s hold" or "Plank · paused"."""

    name: str
    dosage: str
    paused: bool
    exercise_changed: bool = False


def describe(prescription: dict, exercises: dict[int, Exercise]) -> Change:
    exercise = exercises.get(prescription["exercise"])
    name = exercise.name if exercise else _("an exercise no longer in the library")
    dosage = describe_dosage(
        prescription["sets"],
        prescription["reps"],
        prescription["hold_seconds"],
        bool(exercise and exercise.per_side),
    )
    return Change(name, dosage, prescription["paused"])


def _exercises_in(*prescriptions: dict) -> dict[int, Exercise]:
    ids = {p["exercise"] for p in prescriptions}
    return Exercise.objects.in_bulk(ids)


UNKNOWN = object()


def red_flag_today(user, checkin=UNKNOWN) -> CheckIn | None:
    """Today's check-in if it reports a warning sign; pass the check-in if already read."""
    if checkin is UNKNOWN:
        checkin = CheckIn.objects.for_user(user).filter(date=user.local_today()).first()
    return checkin if checkin and checkin.red_flags else None


def suggestions_context(user, routine: Routine | None = None, today_checkin=UNKNOWN) -> dict:
    """Open suggestions for the given routine (the active one by default), in words."""
    if routine is None:
        routine = Routine.objects.for_user(user).active().first()
    if routine is None:
        # A warning sign matters even without a routine: the dashboard shows it from here.
        red_flag = red_flag_today(user, today_checkin)
        return {"suggestions": [], "suggestions_routine": None, "red_flag": red_flag}
    suggestions = list(
        Suggestion.objects.for_user(user)
        .open()
        .filter(item__routine=routine)
        .select_related("item__exercise")
    )
    exercises = _exercises_in(*[s.proposed for s in suggestions])
    for suggestion in suggestions:
        suggestion.change = describe(suggestion.proposed, exercises)
    return {
        "suggestions": suggestions,
        "suggestions_routine": routine,
        "red_flag": red_flag_today(user, today_checkin),
    }


def timeline_context(user, routine: Routine) -> dict:
    adjustments = list(
        Adjustment.objects.for_user(user)
        .filter(item__routine=routine)
        .select_related("item")
        .order_by("-created_at", "-pk")[:50]
    )
    exercises = _exercises_in(*[p for a in adjustments for p in (a.before, a.after)])
    for adjustment in adjustments:
        adjustment.from_change = describe(adjustment.before, exercises)
        adjustment.to_change = describe(adjustment.after, exercises)
        adjustment.can_undo = adjustment.item is not None and (
            adjustment.item.revision == adjustment.revision_after
        )
    return {"adjustments": adjustments, "timeline_routine": routine}


def _routine_from(request: AuthedRequest) -> Routine | None:
    routine_id = request.GET.get("routine") or request.POST.get("routine") or ""
    if not routine_id.isdigit():
        return None
    return get_object_or_404(Routine.objects.for_user(request.user), pk=routine_id)


def _answer(request: AuthedRequest, outcome: Outcome, routine: Routine | None) -> HttpResponse:
    if not request.htmx:
        (messages.success if outcome.ok else messages.warning)(request, outcome.message)
        return redirect(routine or "tracking:dashboard")
    context = {**suggestions_context(request.user, routine), "suggestion_status": outcome.message}
    response = render(request, "tracking/_suggestions.html", context)
    return trigger_client_event(response, "adjustmentMade") if outcome.ok else response


@login_required
@require_GET
def suggestion_list(request: AuthedRequest) -> HttpResponse:
    routine = _routine_from(request)
    return render(request, "tracking/_suggestions.html", suggestions_context(request.user, routine))


@login_required
@require_POST
def suggestion_accept(request: AuthedRequest, pk: int) -> HttpResponse:
    suggestion = get_object_or_404(Suggestion.objects.for_user(request.user), pk=pk)
    return _answer(request, accept_suggestion(suggestion), _routine_from(request))


@login_required
@require_POST
def suggestion_dismiss(request: AuthedRequest, pk: int) -> HttpResponse:
    suggestion = get_object_or_404(Suggestion.objects.for_user(request.user), pk=pk)
    return _answer(request, dismiss_suggestion(suggestion), _routine_from(request))


@login_required
@require_GET
def adjustment_list(request: AuthedRequest, pk: int) -> HttpResponse:
    routine = get_object_or_404(Routine.objects.for_user(request.user), pk=pk)
    return render(request, "tracking/_adjustments.html", timeline_context(request.user, routine))


@login_required
@require_POST
def adjustment_undo(request: AuthedRequest, pk: int) -> HttpResponse:
    adjustment = get_object_or_404(
        Adjustment.objects.for_user(request.user).select_related("item__routine"), pk=pk
    )
    outcome = undo_adjustment(adjustment)
    routine = adjustment.item.routine if adjustment.item else None
    if not request.htmx or routine is None:
        (messages.success if outcome.ok else messages.warning)(request, outcome.message)
        return redirect(routine or "tracking:routine-list")
    context = {**timeline_context(request.user, routine), "timeline_status": outcome.message}
    response = render(request, "tracking/_adjustments.html", context)
    return trigger_client_event(response, "adjustmentMade") if outcome.ok else response


@login_required
@require_POST
def gentle_day(request: AuthedRequest, on: str) -> HttpResponse:
    """Leave the challenging exercises out of today's checklist, or bring them back."""
    if on not in {"on", "off"}:
        raise Http404
    set_gentle_day(request.user, request.user.local_today(), on == "on")
    if on == "on":
        messages.success(
            request, _("Gentle day: today's checklist leaves out the challenging exercises.")
        )
    else:
        messages.success(request, _("Your full routine is back on today's checklist."))
    return redirect("tracking:today")

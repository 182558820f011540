"""Suggestions from discomfort flags, accepted or dismissed in one click, and undo."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from spinecare.http import AuthedRequest

from ..cards import suggestions_card, timeline
from ..models import Adjustment, Routine, Suggestion
from ..services.suggestions import (
    Outcome,
    accept_suggestion,
    dismiss_suggestion,
    undo_adjustment,
)


def _routine_from(request: AuthedRequest) -> Routine | None:
    routine_id = request.GET.get("routine") or request.POST.get("routine") or ""
    if not routine_id.isdecimal():
        return None
    return get_object_or_404(Routine.objects.for_user(request.user), pk=routine_id)


def _answer(request: AuthedRequest, outcome: Outcome, routine: Routine | None) -> HttpResponse:
    if not request.htmx:
        (messages.success if outcome.ok else messages.warning)(request, outcome.message)
        return redirect(routine or "tracking:dashboard")
    context = {**suggestions_card(request.user, routine), "suggestion_status": outcome.message}
    response = render(request, "tracking/_suggestions.html", context)
    return trigger_client_event(response, "adjustmentMade") if outcome.ok else response


@login_required
@require_GET
def suggestion_list(request: AuthedRequest) -> HttpResponse:
    routine = _routine_from(request)
    return render(request, "tracking/_suggestions.html", suggestions_card(request.user, routine))


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
    return render(request, "tracking/_adjustments.html", timeline(request.user, routine))


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
    context = {**timeline(request.user, routine), "timeline_status": outcome.message}
    response = render(request, "tracking/_adjustments.html", context)
    return trigger_client_event(response, "adjustmentMade") if outcome.ok else response

"""Suggestions from discomfort flags, accepted or dismissed in one click, and undo."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from spinecare.http import AuthedRequest

from ..cards import suggestions_card, timeline, timeline_shown
from ..models import Adjustment, AdjustmentKind, Routine, Suggestion
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
    """The suggestions card with the outcome, and Undo right there after a change."""
    if not request.htmx:
        (messages.success if outcome.ok else messages.warning)(request, outcome.message)
        return redirect(routine or "tracking:dashboard")
    change = outcome.adjustment if outcome.ok else None
    context = {
        **suggestions_card(request.user, routine),
        "suggestion_status": outcome.message,
        "undoable": change if change and change.kind != AdjustmentKind.UNDO else None,
    }
    response = render(request, "tracking/_suggestions.html", context)
    trigger_client_event(response, "showStatus", {"text": outcome.message, "error": not outcome.ok})
    return trigger_client_event(response, "adjustmentMade") if outcome.ok else response


@login_required
@require_GET
@vary_on_headers("HX-Request")
def suggestion_list(request: AuthedRequest) -> HttpResponse:
    """The open suggestions: the card for htmx, a page of its own opened directly."""
    routine = _routine_from(request)
    context = suggestions_card(request.user, routine)
    template = "tracking/_suggestions.html" if request.htmx else "tracking/suggestions.html"
    return render(request, template, context)


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
@require_POST
def suggestion_undo(request: AuthedRequest, pk: int) -> HttpResponse:
    """Undo, from the suggestions card, a change just accepted there."""
    adjustment = get_object_or_404(Adjustment.objects.for_user(request.user), pk=pk)
    return _answer(request, undo_adjustment(adjustment), _routine_from(request))


@login_required
@require_GET
def adjustment_list(request: AuthedRequest, pk: int) -> HttpResponse:
    routine = get_object_or_404(Routine.objects.for_user(request.user), pk=pk)
    context = timeline(request.user, routine, timeline_shown(request.GET))
    return render(request, "tracking/_adjustments.html", context)


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

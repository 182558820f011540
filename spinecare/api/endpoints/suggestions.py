"""Suggestions from discomfort flags: the open ones, accepted or dismissed."""

from django.shortcuts import get_object_or_404
from ninja import Router

from tracking.cards import suggestions_card
from tracking.models import Suggestion
from tracking.services.suggestions import Outcome, accept_suggestion, dismiss_suggestion

from ..errors import ApiError
from ..schemas import OutcomeOut, SuggestionOut

router = Router(tags=["suggestions"])


def suggestion_out(suggestion: Suggestion) -> dict:
    """One suggestion of ``suggestions_card``, its reason in the person's language."""
    return {
        "id": suggestion.pk,
        "routine_item": suggestion.item_id,
        "exercise": suggestion.item.exercise.slug,
        "kind": suggestion.kind,
        "reason": suggestion.reason_shown,
        "proposed": suggestion.proposed,
        "created_at": suggestion.created_at,
    }


def _answer(outcome: Outcome) -> dict:
    if not outcome.ok:
        raise ApiError(409, "already_decided_or_stale", outcome.message)
    return {"message": outcome.message}


@router.get("/suggestions", url_name="suggestions", response=list[SuggestionOut])
def suggestion_list(request):
    """The open suggestions for your active routine."""
    return [suggestion_out(s) for s in suggestions_card(request.user)["suggestions"]]


@router.post("/suggestions/{pk}/accept", url_name="suggestion-accept", response=OutcomeOut)
def suggestion_accept(request, pk: int):
    suggestion = get_object_or_404(Suggestion.objects.for_user(request.user), pk=pk)
    return _answer(accept_suggestion(suggestion))


@router.post("/suggestions/{pk}/dismiss", url_name="suggestion-dismiss", response=OutcomeOut)
def suggestion_dismiss(request, pk: int):
    suggestion = get_object_or_404(Suggestion.objects.for_user(request.user), pk=pk)
    return _answer(dismiss_suggestion(suggestion))

"""The routine editor: every change is saved at once, through htmx or a plain form post.

An htmx POST gets the refreshed part of the page back; a plain POST is redirected to the
routine's page, so every action also works without JavaScript.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect, trigger_client_event

from exercises.models import Exercise
from spinecare.http import AuthedRequest

from ..cards import preset_previews, suggestions_card, timeline, timeline_shown
from ..forms.routines import AddItemForm, ExerciseSearchForm, RoutineForm, RoutineItemForm
from ..models import Routine, RoutineItem
from ..presets import EASE_IN_SETS
from ..services.routines import NameTaken, activate_routine, append_item, move_item, save_routine

PAGE = "tracking/routine_detail.html"
STEPS = {"up": -1, "down": 1}


def _routine_for(request: AuthedRequest, pk: int) -> Routine:
    return get_object_or_404(Routine.objects.for_user(request.user), pk=pk)


def _item_for(request: AuthedRequest, pk: int) -> RoutineItem:
    items = RoutineItem.objects.for_user(request.user).select_related("routine", "exercise")
    return get_object_or_404(items, pk=pk)


def _editor_context(
    request: AuthedRequest, routine: Routine, *, bound: RoutineItemForm | None = None, **extra
) -> dict:
    """The whole editor page; ``bound`` is an item form with errors, shown in its row."""
    rows = [
        (item, bound if bound and bound.instance.pk == item.pk else RoutineItemForm(instance=item))
        for item in routine.items.select_related("exercise")
    ]
    return {
        "routine": routine,
        "rows": rows,
        "rename_form": RoutineForm(instance=routine, user=request.user),
        "exercises": None,
        **suggestions_card(request.user, routine),
        **timeline(request.user, routine, timeline_shown(request.GET)),
        **extra,
    }


def _saved(request: AuthedRequest, routine: Routine, partial: str, message: str) -> HttpResponse:
    """After a change: the refreshed partial for htmx, back to the routine's page otherwise."""
    if not request.htmx:
        messages.success(request, message)
        return redirect(routine)
    context = _editor_context(request, routine, status=message)
    response = render(request, f"{PAGE}#{partial}", context)
    return trigger_client_event(response, "routineChanged", {"routine": routine.pk})


def _list_context(request: AuthedRequest, form: RoutineForm | None = None) -> dict:
    routines = list(
        Routine.objects.for_user(request.user).annotate(
            item_count=Count("items"), paused_count=Count("items", filter=Q(items__is_paused=True))
        )
    )
    return {
        "routines": routines,
        "has_active": any(routine.is_active for routine in routines),
        "form": form or RoutineForm(user=request.user),
        "presets": preset_previews(),
        "ease_in_sets": EASE_IN_SETS,
    }


@login_required
@require_GET
def routine_list(request: AuthedRequest) -> HttpResponse:
    return render(request, "tracking/routine_list.html", _list_context(request))


@login_required
@require_POST
def routine_create(request: AuthedRequest) -> HttpResponse:
    """A new, empty routine; the editor opens so the first exercise can be added."""
    form = RoutineForm(request.POST, user=request.user)
    form.instance.user = request.user
    if form.is_valid():
        try:
            save_routine(form.instance)
        except NameTaken:
            form.add_error("name", form.name_taken(form.instance.name))
    if not form.is_valid():
        return render(request, "tracking/routine_list.html", _list_context(request, form))
    routine = form.instance
    messages.success(request, _("Routine created. Add its first exercise below."))
    return redirect(routine)


@login_required
@require_GET
def routine_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    routine = _routine_for(request, pk)
    return render(request, PAGE, _editor_context(request, routine))


@login_required
@require_POST
def routine_rename(request: AuthedRequest, pk: int) -> HttpResponse:
    routine = _routine_for(request, pk)
    form = RoutineForm(request.POST, instance=routine, user=request.user)
    if form.is_valid():
        try:
            save_routine(routine, fields=["name"])  # the valid form has set the new name
        except NameTaken:
            form.add_error("name", form.name_taken(routine.name))
    if not form.is_valid():
        routine.refresh_from_db(fields=["name"])
        context = _editor_context(request, routine, rename_form=form)
        return render(request, f"{PAGE}#header" if request.htmx else PAGE, context)
    return _saved(request, routine, "header", _("Name saved."))


@login_required
@require_POST
def routine_activate(request: AuthedRequest, pk: int) -> HttpResponse:
    routine = _routine_for(request, pk)
    activate_routine(routine)
    return _saved(request, routine, "header", _("This is now your active routine."))


@login_required
@require_http_methods(["GET", "POST"])
def routine_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    """Asks first. Sessions logged with it keep their data (Session.routine is SET_NULL)."""
    routine = _routine_for(request, pk)
    if request.method == "GET":
        return render(request, "tracking/routine_confirm_delete.html", {"routine": routine})
    routine.delete()
    message = _("Routine deleted. Your logged sessions are kept.")
    if routine.is_active:
        message += " " + _("No routine is active now: pick one for Today.")
    messages.success(request, message)
    if request.htmx:
        return HttpResponseClientRedirect(reverse("tracking:routine-list"))
    return redirect("tracking:routine-list")


@login_required
@require_GET
@vary_on_headers("HX-Request")
def routine_exercise_search(request: AuthedRequest, pk: int) -> HttpResponse:
    """Library exercises to add. An htmx request gets only the results, a plain one the page."""
    routine = _routine_for(request, pk)
    form = ExerciseSearchForm(request.GET)
    if form.is_valid():
        q = form.cleaned_data["q"]
        search = {"q": q, "exercises": Exercise.objects.active().search(q), "search_error": ""}
    else:
        search = {"q": "", "exercises": None, "search_error": form.error()}
    search["in_routine"] = set(routine.items.values_list("exercise_id", flat=True))
    if request.htmx:
        return render(request, f"{PAGE}#results", {"routine": routine, **search})
    return render(request, PAGE, _editor_context(request, routine, **search))


@login_required
@require_POST
def routine_item_add(request: AuthedRequest, pk: int) -> HttpResponse:
    routine = _routine_for(request, pk)
    form = AddItemForm(request.POST)
    if not form.is_valid():
        raise Http404("No such exercise in the library.")
    item = append_item(routine, form.cleaned_data["exercise"])
    return _saved(request, routine, "items", _("%(name)s added.") % {"name": item.exercise})


@login_required
@require_POST
def routine_item_remove(request: AuthedRequest, pk: int) -> HttpResponse:
    """Logged entries of this item stay (ExerciseEntry.routine_item is SET_NULL)."""
    item = _item_for(request, pk)
    item.delete()
    return _saved(request, item.routine, "items", _("%(name)s removed.") % {"name": item.exercise})


@login_required
@require_POST
def routine_item_move(request: AuthedRequest, pk: int, direction: str) -> HttpResponse:
    if direction not in STEPS:
        raise Http404("Move up or down.")
    item = _item_for(request, pk)
    if move_item(item, STEPS[direction]):
        message = _("%(name)s moved up.") if direction == "up" else _("%(name)s moved down.")
    else:
        message = (
            _("%(name)s is already first.") if direction == "up" else _("%(name)s is already last.")
        )
    return _saved(request, item.routine, "items", message % {"name": item.exercise})


@login_required
@require_POST
def routine_item_update(request: AuthedRequest, pk: int) -> HttpResponse:
    """Save a prescription; a change bumps the revision so stale suggestions can be spotted."""
    item = _item_for(request, pk)
    form = RoutineItemForm(request.POST, instance=item)
    if not form.is_valid():
        context = _editor_context(request, item.routine, bound=form)
        return render(request, f"{PAGE}#items" if request.htmx else PAGE, context)
    item.change(**form.changes())
    return _saved(request, item.routine, "items", _("%(name)s saved.") % {"name": item.exercise})


def _set_paused(request: AuthedRequest, pk: int, paused: bool, message: str) -> HttpResponse:
    """Pause or resume; only a real change bumps the revision (a double tap does not)."""
    item = _item_for(request, pk)
    item.change(paused=paused)
    return _saved(request, item.routine, "items", message % {"name": item.exercise})


@login_required
@require_POST
def routine_item_pause(request: AuthedRequest, pk: int) -> HttpResponse:
    return _set_paused(request, pk, True, _("%(name)s paused. Today leaves it out."))


@login_required
@require_POST
def routine_item_resume(request: AuthedRequest, pk: int) -> HttpResponse:
    return _set_paused(request, pk, False, _("%(name)s resumed."))

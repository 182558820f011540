from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from .forms import LibraryFilterForm
from .models import Exercise, FocusArea, alphabetical


@require_GET
@vary_on_headers("HX-Request")
def exercise_list(request: HttpRequest) -> HttpResponse:
    """The library. An htmx request gets only the results, a plain one the whole page."""
    form = LibraryFilterForm(request.GET)
    exercises = alphabetical(
        form.filter(
            Exercise.objects.active().prefetch_related(
                Prefetch("focus_areas", queryset=FocusArea.objects.all())
            )
        )
    )
    template = "exercises/list.html"
    if request.htmx:
        template += "#results"
    return render(request, template, {"form": form, "exercises": exercises})


@require_GET
def exercise_detail(request: HttpRequest, slug: str) -> HttpResponse:
    exercise = get_object_or_404(
        Exercise.objects.active()
        .select_related("gentler_alternative")
        .prefetch_related("steps", "focus_areas"),
        slug=slug,
    )
    gentler = exercise.gentler_alternative
    if gentler is not None and not gentler.is_active:
        gentler = None
    harder = exercise.harder_variants.active()
    return render(
        request,
        "exercises/detail.html",
        {"exercise": exercise, "gentler": gentler, "harder": harder},
    )

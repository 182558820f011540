"""The progress dashboard and the streak badge in the navigation."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from exercises.models import Exercise
from spinecare.http import AuthedRequest

from ..cards import checkin_card, checklist_card, suggestions_card
from ..dose import dose_series
from ..progress import DEFAULT_RANGE, RANGES, progress_for
from ..reasons import persistent_notice

# An htmx request that targets one of these regions gets only that partial.
PARTIALS = {
    "dashboard-refresh": "refresh",
    "today-card": "today-card",
    "progress-stats": "stats",
    "heatmap": "heatmap",
    "discomfort-chart": "chart",
}


@login_required
@require_GET
@vary_on_headers("HX-Request", "HX-Target")
def dashboard(request: AuthedRequest) -> HttpResponse:
    range_key = request.GET.get("range", DEFAULT_RANGE)
    if range_key not in RANGES:
        range_key = DEFAULT_RANGE
    # The last year of the calendar, unless the chart shows all of it.
    progress = progress_for(request, range_key)
    context = {
        "progress": progress,
        "range": range_key,
        "chart": progress.chart(range_key),
    }
    partial = PARTIALS.get(request.htmx.target or "") if request.htmx else None
    if partial:
        return render(request, f"tracking/dashboard.html#{partial}", context)
    today = progress.today
    context |= {"is_today": True, **checklist_card(request.user, today)}
    context |= checkin_card(request.user, today)
    # The check-in card already read today's check-in: reuse it for the red-flag warning.
    context |= suggestions_card(request.user, context["routine"], context["checkin"])
    context["persistent"] = persistent_notice(
        {day: checkin.level for day, checkin in progress.checkins.items()},
        progress.threshold,
        today,
    )
    return render(request, "tracking/dashboard.html", context)


@login_required
@require_GET
def streak_badge(request: AuthedRequest) -> HttpResponse:
    return render(request, "tracking/_streak_badge.html")


@require_GET
def how_it_works(request) -> HttpResponse:
    """The streak and score rules in plain words."""
    return render(request, "tracking/how_it_works.html")


@login_required
@require_GET
@vary_on_headers("HX-Request")
def exercise_progress(request: AuthedRequest, slug: str) -> HttpResponse:
    """One exercise's dose against discomfort for the signed-in user.

    The exercise page loads it in place through htmx; opened directly it is a page of its own.
    """
    exercise = get_object_or_404(Exercise.objects.all(), slug=slug)
    context = {"exercise": exercise, "dose": dose_series(request.user, exercise)}
    template = "tracking/exercise_progress.html"
    return render(request, f"{template}#card" if request.htmx else template, context)

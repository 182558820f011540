"""Onboarding after sign-up: where to care for the back, minutes a day, movements to avoid,
then the warning signs, and a routine built from the presets. Skipping keeps the starter."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spinecare.http import AuthedRequest

from ..cards import eased_preview
from ..forms.onboarding import OnboardingForm, SafetyForm
from ..models import RedFlag
from ..presets import EASE_IN_SETS, presets_for
from ..services.presets import create_eased_routine


@login_required
@require_http_methods(["GET", "POST"])
def onboarding(request: AuthedRequest) -> HttpResponse:
    form = OnboardingForm(request.POST or request.GET or None)
    if request.method == "POST" and form.is_valid():
        query = urlencode(form.answers(), doseq=True)
        return redirect(f"{reverse('tracking:onboarding-safety')}?{query}")
    return render(request, "tracking/onboarding.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def onboarding_safety(request: AuthedRequest) -> HttpResponse:
    """The warning signs, with the routine the answers give; a sign ticked builds nothing."""
    answers = OnboardingForm(request.POST if request.method == "POST" else request.GET)
    if not answers.is_valid():
        if request.method == "GET":
            return redirect("tracking:onboarding")
        return render(request, "tracking/onboarding.html", {"form": answers})
    form = SafetyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        flags = form.cleaned_data["red_flags"]
        if flags:
            signs = [RedFlag(flag).label for flag in flags]
            return render(request, "tracking/onboarding_stop.html", {"signs": signs})
        routine = create_eased_routine(
            request.user, _routine_name(answers), answers.exercises(), activate=True
        )
        messages.success(request, _("Your routine is ready. It starts gently: one set of each."))
        return redirect(routine)
    context = {
        "form": form,
        "answers": answers.answers(),
        "exercises": eased_preview(answers.exercises()),
        "ease_in_sets": EASE_IN_SETS,
    }
    return render(request, "tracking/onboarding_safety.html", context)


def _routine_name(answers: OnboardingForm) -> str:
    presets = presets_for(answers.cleaned_data["areas"])
    return str(presets[0].name) if len(presets) == 1 else _("My back-care routine")

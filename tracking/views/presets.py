"""The ready-made routines the routines page offers (its previews come from the list view)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spinecare.http import AuthedRequest

from ..models import Routine
from ..presets import BY_SLUG
from ..services.presets import create_eased_routine


@login_required
@require_POST
def preset_add(request: AuthedRequest, slug: str) -> HttpResponse:
    """A copy of the preset as the user's own routine; active if they have none active."""
    preset = BY_SLUG.get(slug)
    if preset is None:
        raise Http404
    has_active = Routine.objects.for_user(request.user).active().exists()
    routine = create_eased_routine(
        request.user, str(preset.name), list(preset.exercises), activate=not has_active
    )
    if routine.is_active:
        messages.success(request, _("Routine added, and Today now shows it."))
    else:
        messages.success(request, _("Routine added. Choose “Make active” to use it on Today."))
    return redirect(routine)

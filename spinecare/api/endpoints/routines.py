"""The active routine and its exercises (read only)."""

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from ninja import Router

from tracking.models import Routine, RoutineItem

from ..errors import ApiError
from ..schemas import RoutineOut

router = Router(tags=["routine"])


@router.get("/routine", url_name="routine", response=RoutineOut)
def active_routine(request):
    """Your active routine, its items in order (paused ones too, marked so)."""
    routine = (
        Routine.objects.for_user(request.user)
        .active()
        .prefetch_related(
            Prefetch("items", queryset=RoutineItem.objects.select_related("exercise"))
        )
        .first()
    )
    if routine is None:
        raise ApiError(404, "no_active_routine", _("You have no active routine yet."))
    return routine

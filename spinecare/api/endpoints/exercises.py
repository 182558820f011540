"""The exercise library (read only; the same for everyone)."""

from django.shortcuts import get_object_or_404
from ninja import Path, Router

from exercises.models import Exercise

from ..schemas import ExerciseOut

router = Router(tags=["exercises"])


@router.get("/exercises", url_name="exercises", response=list[ExerciseOut])
def exercise_list(request):
    """Every exercise in the library, by name."""
    return Exercise.objects.active().order_by("name")


@router.get("/exercises/{slug}", url_name="exercise", response=ExerciseOut)
def exercise_detail(request, slug: str = Path(..., pattern=r"^[-a-z0-9_]{1,80}$")):
    return get_object_or_404(Exercise.objects.active(), slug=slug)

from django.utils.functional import SimpleLazyObject

from .progress import current_streak_for, progress_for


def progress(request):
    """The navigation's streak badge (cached per user), and the whole progress for pages that
    show it: each computed only when a page uses it, once per request."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {
        "progress": SimpleLazyObject(lambda: progress_for(request)),
        "streak_badge": SimpleLazyObject(lambda: current_streak_for(request)),
    }

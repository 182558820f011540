from django.utils.functional import SimpleLazyObject

from .progress import progress_for


def progress(request):
    """The navigation's streak badge: computed only when a page shows it, once per request."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {"progress": SimpleLazyObject(lambda: progress_for(request))}

from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers


class UserTimezoneMiddleware:
    """Show times in the signed-in user's own time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timezone.activate(user.zone)
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


def saved_language(user) -> str | None:
    """The signed-in person's own language, if SpineCare speaks it; else None."""
    if user is None or not user.is_authenticated or not user.language:
        return None
    try:
        return translation.get_supported_language_variant(user.language)
    except LookupError:
        return None


class UserLanguageMiddleware:
    """Speak the signed-in person's language (``User.language``), whatever the browser asks.

    Visitors keep what Django's LocaleMiddleware (before this one) chose: the language cookie
    that the footer's chooser sets, then Accept-Language. The response names its language
    (``Content-Language``) and varies on both things that choose it (unless the view set
    ``response.varies_by_language = False``: its URL names the language), and the language is
    deactivated once the response is made, so nothing after it inherits this person's.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = saved_language(getattr(request, "user", None))
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        try:
            response = self.get_response(request)
            # The view may have switched language (Settings, just saved): name that one.
            response.headers.setdefault("Content-Language", translation.get_language())
            # A view whose URL names its language (the JavaScript catalogue) opts out.
            if getattr(response, "varies_by_language", True):
                patch_vary_headers(response, ("Accept-Language", "Cookie"))
            return response
        finally:
            translation.deactivate()

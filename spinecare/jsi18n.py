"""Our JavaScript's words: Django's JavaScriptCatalog for one language, served by us.

Every page loads it, so it is made once per process and language and served under a URL that
carries the language and a hash of its content (/jsi18n/<lang>/<version>.js), cached for a year:
new translations make a new URL. Only our own catalogue (djangojs in LOCALE_PATHS) goes in, not
the admin's, so the file stays small. static/js/i18n.js stands in when it fails to load.
"""

import hashlib
from functools import cache

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation.trans_real import DjangoTranslation
from django.views.decorators.http import require_safe
from django.views.i18n import JavaScriptCatalog

# Our apps: none has a locale folder of its own, so only LOCALE_PATHS' djangojs is read. (With
# no packages Django would gather every installed app's catalogue, the admin's among them.)
PACKAGES = ["tracking", "exercises", "spinecare.accounts"]
YEAR = 365 * 24 * 3600


@cache
def catalogue(lang: str) -> tuple[bytes, str]:
    """The catalogue's JavaScript for `lang` and a short hash of it (its version)."""
    view = JavaScriptCatalog(packages=PACKAGES)
    with translation.override(lang):
        view.translation = DjangoTranslation(
            lang, domain=view.domain, localedirs=view.get_paths(PACKAGES)
        )
        body = view.render_to_response(view.get_context_data()).content
    return body, hashlib.sha256(body).hexdigest()[:12]


def catalogue_url(lang: str | None = None) -> str:
    """Where the page in `lang` (the active language by default) finds its catalogue."""
    lang = lang or translation.get_language() or settings.LANGUAGE_CODE
    if lang not in dict(settings.LANGUAGES):
        lang = settings.LANGUAGE_CODE
    return reverse("javascript-catalog", args=[lang, catalogue(lang)[1]])


def urls(request: HttpRequest) -> dict:
    """Context processor: `js_catalogue_url`, the active language's catalogue (base.html)."""
    return {"js_catalogue_url": catalogue_url}


@require_safe
def javascript_catalogue(request: HttpRequest, lang: str, version: str) -> HttpResponse:
    """/jsi18n/<lang>/<version>.js: the same for everyone, so no cookie varies it."""
    if lang not in dict(settings.LANGUAGES):
        raise Http404
    body, current = catalogue(lang)
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Content-Language"] = lang
    if version == current:
        patch_cache_control(response, public=True, max_age=YEAR, immutable=True)
    else:  # a page from before new translations: today's words, briefly
        patch_cache_control(response, public=True, max_age=300)
    # The time-zone and language middleware looked at the session; this answer depends on
    # neither the session nor the browser's language.
    response.varies_by_language = False
    if hasattr(request, "session"):
        request.session.accessed = False
    return response

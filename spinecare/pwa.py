"""The installable app: the web app manifest and the service worker, served from the site root
so that the worker's scope is the whole site ("/")."""

import hashlib
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, get_supported_language_variant, override
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from . import jsi18n

# Static files every page needs, cached when the worker installs; others are cached the
# first time a page asks for them. Their names carry a hash of their content in production,
# so a cached copy is never stale: a new version has a new name.
PRECACHE = [
    "vendor/bootstrap.min.css",
    "js/nav.js",
    "css/app.css",
    "css/tracking.css",
    "js/theme.js",
    "js/i18n.js",
    "js/app.js",
    "js/offline.js",
    "js/offline-queue.js",
    "django_htmx/htmx-2.min.js",
    "favicon.svg",
    "icons/icon-192.png",
]


def precache_urls() -> list[str]:
    urls = []
    for name in PRECACHE:
        try:
            urls.append(static(name))
        except ValueError:  # not in the manifest of hashed names (a file another app dropped)
            continue
    return urls


def static_version(urls: list[str]) -> str:
    """Names the worker's cache of static files: it changes with the files and with any
    language's JavaScript catalogue, not when someone switches language."""
    catalogues = [jsi18n.catalogue(code)[1] for code, _name in settings.LANGUAGES]
    return hashlib.sha256("\n".join([*urls, *catalogues]).encode()).hexdigest()[:12]


def worker_language(request: HttpRequest) -> str:
    """The language of the page that registered the worker (js/offline.js adds ?lang=), else
    the request's: the worker's own fetches carry the browser's language, not the person's."""
    try:
        return get_supported_language_variant(request.GET.get("lang", ""))
    except LookupError:
        return get_language() or settings.LANGUAGE_CODE


@require_GET
@cache_control(no_cache=True)
def service_worker(request: HttpRequest) -> HttpResponse:
    """/sw.js: the browser checks it for changes on each visit (no-cache).

    It speaks the page's language: its offline page, and the JavaScript catalogue it keeps and
    imports for the offline queue. Switching language registers it again with the new ?lang=.
    """
    lang = worker_language(request)
    urls = precache_urls()
    with override(lang):
        catalogue = jsi18n.catalogue_url(lang)
        context = {
            "precache": json.dumps([catalogue, *urls]),
            "version": static_version(urls),
            "catalogue": json.dumps(catalogue),
            "i18n_script": json.dumps(static("js/i18n.js")),
            "queue_script": json.dumps(static("js/offline-queue.js")),
            "lang": json.dumps(lang),
            "pages": json.dumps([reverse("tracking:dashboard"), reverse("tracking:today")]),
            "offline_text": json.dumps(
                _("You're offline. Today's page opens without a connection; other pages need one.")
            ),
            "today_url": json.dumps(reverse("tracking:dashboard")),
            # Translators: the link on the offline page to the copy of today's page kept offline.
            "today_text": json.dumps(_("Today")),
        }
        response = render(request, "pwa/sw.js", context, content_type="text/javascript")
    response["Content-Language"] = lang
    return response


@require_GET
@cache_control(max_age=3600)
def manifest(request: HttpRequest) -> JsonResponse:
    icon = {"type": "image/png"}
    data = {
        "name": "SpineCare",
        "short_name": "SpineCare",
        "description": _("A daily spine-health habit: log your routine and how your back feels."),
        "lang": get_language() or settings.LANGUAGE_CODE,  # of the description; the name stays
        "id": "/",
        "start_url": reverse("tracking:dashboard"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#2f7d6d",
        "icons": [
            {**icon, "src": static("icons/icon-192.png"), "sizes": "192x192", "purpose": "any"},
            {**icon, "src": static("icons/icon-512.png"), "sizes": "512x512", "purpose": "any"},
            {
                **icon,
                "src": static("icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "purpose": "maskable",
            },
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json")

"""The installable app: the web app manifest and the service worker, served from the site root
so that the worker's scope is the whole site ("/")."""

import hashlib
import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# Static files every page needs, cached when the worker installs; others are cached the
# first time a page asks for them. Their names carry a hash of their content in production,
# so a cached copy is never stale: a new version has a new name.
PRECACHE = [
    "vendor/bootstrap.min.css",
    "js/nav.js",
    "css/app.css",
    "css/tracking.css",
    "js/theme.js",
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


@require_GET
@cache_control(no_cache=True)
def service_worker(request: HttpRequest) -> HttpResponse:
    """/sw.js: the browser checks it for changes on each visit (no-cache)."""
    urls = precache_urls()
    context = {
        "precache": json.dumps(urls),
        "version": hashlib.sha256("\n".join(urls).encode()).hexdigest()[:12],
        "queue_script": json.dumps(static("js/offline-queue.js")),
        "pages": json.dumps([reverse("tracking:dashboard"), reverse("tracking:today")]),
        "offline_text": json.dumps(
            _("You're offline. Today's page opens without a connection; other pages need one.")
        ),
        "today_url": json.dumps(reverse("tracking:dashboard")),
    }
    return render(request, "pwa/sw.js", context, content_type="text/javascript")


@require_GET
@cache_control(max_age=3600)
def manifest(request: HttpRequest) -> JsonResponse:
    icon = {"type": "image/png"}
    data = {
        "name": "SpineCare",
        "short_name": "SpineCare",
        "description": _("A daily spine-health habit: log your routine and how your back feels."),
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

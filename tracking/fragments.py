"""Parts of the home cached as HTML under a digest of everything they show.

The checklist's rows and the check-in's fields are most of the home's markup, and they
change far less often than the home is seen: the rows of an unlogged day are the same
today as yesterday, and a check-in leaves the rows as they were. Each is cached under a
key made of the values it draws (every loaded column of the rows it shows), the active
language and ``release()``, so there is nothing to invalidate: any change to what they
show, or to the code, templates and catalogues that draw them, is a new key. A form shown
with errors is never cached, and the per-request values (the CSRF token, the idempotency
key, the date, the CSP nonce) stay outside the fragments.

The chart and the heat-map are drawn from the calendar, so their keys hold the calendar's
stamp (``figures.cached_figures``: renewed by every write to sessions and check-ins, and
each day), and the chart's its change markers too; they live as long as the figures.
"""

import functools
import hashlib
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db.models import Model
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

# Long enough for today's first visit to find yesterday's unlogged rows.
FRAGMENT_SECONDS = 2 * 24 * 60 * 60

# What draws the fragments: a deploy that changes any of it starts new keys.
SOURCES = ("spinecare", "tracking", "exercises", "templates", "locale")


def _sources() -> list[Path]:
    root = Path(settings.BASE_DIR)
    return [
        path
        for folder in SOURCES
        for path in sorted((root / folder).rglob("*"))
        if path.suffix in {".py", ".html", ".mo"} and path.is_file()
    ]


@functools.cache
def _deployed_release() -> str:
    digest = hashlib.sha256()
    for path in _sources():
        digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def _edited_release(second: int) -> str:
    """The files' modification times, scanned at most once per second of the clock."""
    times = "".join(f"{path}:{path.stat().st_mtime_ns};" for path in _sources())
    return hashlib.sha256(times.encode()).hexdigest()[:16]


def release() -> str:
    """A digest of the Python, templates and compiled catalogues that draw the fragments:
    read once per process; with ``DEBUG`` (``make run``), of their modification times, so
    an edited template shows at its next view without a restart."""
    if settings.DEBUG:
        return _edited_release(int(time.time()))
    return _deployed_release()


def columns(instance: Model | None) -> tuple:
    """Every column of ``instance`` that was read from the database (None: no row)."""
    if instance is None:
        return ()
    loaded = instance.__dict__
    return tuple(
        loaded[field.attname] for field in instance._meta.concrete_fields if field.attname in loaded
    )


def fragment_key(name: str, *values) -> str:
    """The cache key part of one fragment: ``name``, the values it shows, the active
    language and the release."""
    digest = hashlib.sha256(repr((name, get_language(), release(), values)).encode())
    return digest.hexdigest()


def cached_fragment(name: str, key: str) -> SafeString | None:
    """The HTML that ``{% cache <seconds> name key %}`` keeps, if the cache still holds it:
    a view that finds it can skip reading what the fragment is drawn from."""
    try:
        html = cache.get(make_template_fragment_key(name, [key]))
    except Exception:  # an unreachable cache draws the fragment afresh
        return None
    return None if html is None else mark_safe(html)

"""Limits on guessing and flooding, counted in the default cache.

Per IP address, on the POSTs that cost a password hash or send mail (django-ratelimit, rates
in the ``RATE_LIMIT_*`` settings): past a limit, a calm page with status 429 and how long to
wait. Per account, on wrong passwords typed while signed in (``PASSWORD_CHECK_*``).

Every worker process must share the cache in production (``REDIS_URL``).
"""

import logging
import math
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import get_usage

from .models import normalise_email

logger = logging.getLogger(__name__)
Key = Callable[[str, HttpRequest], str]


def seconds_to_wait(
    request: HttpRequest, group: str, rate_setting: str, key: str | Key, method=("POST",)
) -> int:
    """Counts a request against the limit: the seconds to wait when it is over, else 0.

    Only requests with one of the ``method`` count and wait (``django_ratelimit.ALL``: any).
    """
    rate = getattr(settings, rate_setting)
    try:
        usage = get_usage(request, group=group, key=key, rate=rate, method=method, increment=True)
    except Exception:
        # Redis down: log-in, sign-up and reset keep working, unlimited, until it is back.
        logger.exception("The %s limit could not be counted: is the cache reachable?", group)
        return 0
    if usage is None or not usage["should_limit"]:
        return 0
    return max(usage["time_left"], 1)


def posted_email(group: str, request: HttpRequest) -> str:
    """A key for limits per e-mail address: the posted one, as log-in would look it up."""
    return normalise_email(request.POST.get("email", ""))


def too_many_requests(
    request: HttpRequest, seconds: int, *, for_address: bool = False
) -> HttpResponse:
    """The 429 page; ``for_address`` when one e-mail address, not one network, hit a limit."""
    context = {"minutes": math.ceil(seconds / 60), "for_address": for_address}
    response = render(request, "accounts/too_many_requests.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response


def limit_posts_per_ip(group: str, rate_setting: str):
    """Past ``settings.<rate_setting>`` POSTs from one IP address, the 429 page instead."""

    def decorator(view):
        @wraps(view)
        def limited(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if seconds := seconds_to_wait(request, group, rate_setting, key="ip"):
                return too_many_requests(request, seconds)
            return view(request, *args, **kwargs)

        return limited

    return decorator


def _password_checks_key(user) -> str:
    return f"password-checks:{user.pk}"


def password_checks_paused(user) -> bool:
    """Has this account had too many wrong passwords typed while signed in, just now?

    A stolen session must not be a way to guess the password. Counted per account rather
    than per IP address (as django-axes counts log-ins), so that moving elsewhere gives no
    fresh tries; a cool-off after the last failure rather than ratelimit's fixed windows, so
    that tries can't bunch up at a window's edge.
    """
    return cache.get(_password_checks_key(user), 0) >= settings.PASSWORD_CHECK_FAILURE_LIMIT


def count_wrong_password(user) -> None:
    """One more wrong password; the cool-off runs from the last one."""
    key, timeout = _password_checks_key(user), settings.PASSWORD_CHECK_COOLOFF_MINUTES * 60
    cache.add(key, 0, timeout)
    try:
        cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, timeout)
    cache.touch(key, timeout)


def clear_wrong_passwords(user) -> None:
    cache.delete(_password_checks_key(user))

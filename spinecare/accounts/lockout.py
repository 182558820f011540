"""How django-axes names who is trying to log in, and what a locked-out person sees.

Settings point at these functions (``AXES_*_CALLABLE``); see settings.py for the limits.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .models import normalise_email


def username(request: HttpRequest, credentials: dict | None) -> str:
    """The e-mail address tried, in the one form log-in looks it up by (``normalise_email``)."""
    value = (credentials or {}).get("username") or request.POST.get("username", "")
    return normalise_email(value)


def client_ip(request: HttpRequest) -> str | None:
    """The visitor's address; behind our proxy, the one it appended to X-Forwarded-For."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR")


def locked_out(request: HttpRequest, response=None, credentials=None) -> HttpResponse:
    """A calm page that says what happened, for how long, and what else to do."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "accounts/locked_out.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )

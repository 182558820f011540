"""The "Your data" page: download, import, the clinician report and links to it (account
deletion is in accounts). Downloads are GETs: they only read."""

import json
import math

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from spinecare.accounts.limits import seconds_to_wait
from spinecare.http import AuthedRequest
from spinecare.jsi18n import catalogue_url
from spinecare.tokens import hash_token
from tracking.models import CheckIn, Routine, Session

from . import tables
from .forms import ClinicianLinkForm, ImportForm, ReportRangeForm
from .models import ClinicianLink
from .portability import ImportRefused, export_document, import_document
from .report import build_report


def _index_context(
    request: AuthedRequest,
    import_form: ImportForm | None = None,
    link_form: ClinicianLinkForm | None = None,
) -> dict:
    user = request.user
    return {
        "import_form": import_form or ImportForm(user=user),
        "link_form": link_form or ClinicianLinkForm(today=user.local_today()),
        "links": ClinicianLink.objects.for_user(user),
        "counts": {
            "routines": Routine.objects.for_user(user).count(),
            "sessions": Session.objects.for_user(user).count(),
            "checkins": CheckIn.objects.for_user(user).count(),
        },
    }


@login_required
@require_GET
def index(request: AuthedRequest) -> HttpResponse:
    return render(request, "data/index.html", _index_context(request))


def _download(request: AuthedRequest, content: str, kind: str, extension: str, content_type: str):
    day = request.user.local_today().isoformat()
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="spinecare-{kind}-{day}.{extension}"'
    return response


@login_required
@require_GET
def export_json(request: AuthedRequest) -> HttpResponse:
    document = json.dumps(export_document(request.user), indent=2, ensure_ascii=False)
    return _download(request, document, "export", "json", "application/json; charset=utf-8")


@login_required
@require_GET
def export_sessions_csv(request: AuthedRequest) -> HttpResponse:
    content = tables.sessions_csv(request.user)
    return _download(request, content, "sessions", "csv", "text/csv; charset=utf-8")


@login_required
@require_GET
def export_checkins_csv(request: AuthedRequest) -> HttpResponse:
    content = tables.checkins_csv(request.user)
    return _download(request, content, "checkins", "csv", "text/csv; charset=utf-8")


def _imported_message(counts: dict[str, int]) -> str:
    routines, sessions, checkins = (counts.get(k, 0) for k in ("routines", "sessions", "checkins"))
    # Translators: the three counts below, such as "Imported: 2 routines, 5 sessions, 1 check-in."
    return _("Imported: %(routines)s, %(sessions)s, %(checkins)s.") % {
        "routines": ngettext("%(n)s routine", "%(n)s routines", routines) % {"n": routines},
        "sessions": ngettext("%(n)s session", "%(n)s sessions", sessions) % {"n": sessions},
        "checkins": ngettext("%(n)s check-in", "%(n)s check-ins", checkins) % {"n": checkins},
    }


@login_required
@require_POST
def import_json(request: AuthedRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES, user=request.user)
    if form.is_valid():
        try:
            counts = import_document(request.user, form.document)
        except ImportRefused as refusal:
            form.add_error("file", str(refusal))
        else:
            messages.success(request, _imported_message(counts))
            return redirect("data:index")
    return render(request, "data/index.html", _index_context(request, form))


@login_required
@require_GET
def report(request: AuthedRequest) -> HttpResponse:
    """The clinician report for ?start=&end= (the last 30 days by default), laid out to print."""
    form = ReportRangeForm(request.GET, today=request.user.local_today())
    dates = form.dates()
    context = {"form": form, "report": build_report(request.user, *dates) if dates else None}
    return render(request, "data/report.html", context)


@login_required
@require_POST
def link_create(request: AuthedRequest) -> HttpResponse:
    """A new link for a clinician, its address shown on this page once and never again."""
    form = ClinicianLinkForm(request.POST, today=request.user.local_today())
    dates = form.dates() if form.is_bound else None  # a POST with none of the form's fields
    if dates is None:
        return render(request, "data/index.html", _index_context(request, link_form=form))
    data = form.cleaned_data
    link, token = ClinicianLink.issue(
        request.user, start=dates[0], end=dates[1], days=data["days"], label=data["label"]
    )
    url = request.build_absolute_uri(reverse("data:shared-report", args=[token]))
    context = _index_context(request) | {"new_link": link, "new_link_url": url}
    return render(request, "data/index.html", context)


@login_required
@require_POST
def link_revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(ClinicianLink.objects.for_user(request.user), pk=pk)
    link.revoke()
    messages.success(request, _("The link is revoked: it no longer opens the report."))
    return redirect(reverse("data:index") + "#links")


def _shared_page(template: str, context: dict, status: int) -> HttpResponse:
    """A page for whoever holds a link: rendered without the request, so no session is
    read and no cookie (CSRF, session, messages) is set; not indexed, never cached, and
    its address (the token) never sent on as a referrer. In the language LocaleMiddleware
    took from the browser's Accept-Language, with our JavaScript's words in it too."""
    context = context | {"js_catalogue_url": catalogue_url()}
    response = HttpResponse(render_to_string(template, context), status=status)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
    return response


@require_GET
def shared_report(request: HttpRequest, token: str) -> HttpResponse:
    """The report a link shows, read-only, to anyone who has the link.

    Unknown, expired and revoked tokens get the very same 404 page after the same work.
    """
    limits = [
        ("shared-link-ip", "RATE_LIMIT_SHARED_LINK_IP", "ip"),
        ("shared-link", "RATE_LIMIT_SHARED_LINK", lambda group, request: hash_token(token)),
    ]
    for group, rate_setting, key in limits:
        if seconds := seconds_to_wait(request, group, rate_setting, key, method=("GET",)):
            context = {"minutes": math.ceil(seconds / 60)}
            response = _shared_page("data/shared_unavailable.html", context, 429)
            response["Retry-After"] = str(seconds)
            return response
    link = ClinicianLink.opening(token)
    if link is None:
        return _shared_page("data/shared_unavailable.html", {}, 404)
    link.record_open()
    report = build_report(link.user, link.start, link.end)
    context = {"report": report, "person": link.user, "link": link}
    return _shared_page("data/shared_report.html", context, 200)

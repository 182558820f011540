"""The "Your data" page: download, import, the clinician report (account deletion is in
accounts). Downloads are GETs: they only read."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from spinecare.http import AuthedRequest
from tracking.models import CheckIn, Routine, Session

from . import tables
from .forms import ImportForm, ReportRangeForm
from .portability import ImportRefused, export_document, import_document
from .report import build_report


def _index_context(request: AuthedRequest, import_form: ImportForm | None = None) -> dict:
    user = request.user
    return {
        "import_form": import_form or ImportForm(user=user),
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
    parts = [
        ngettext("%(n)s routine", "%(n)s routines", routines) % {"n": routines},
        ngettext("%(n)s session", "%(n)s sessions", sessions) % {"n": sessions},
        ngettext("%(n)s check-in", "%(n)s check-ins", checkins) % {"n": checkins},
    ]
    return _("Imported: %(what)s.") % {"what": ", ".join(parts)}


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

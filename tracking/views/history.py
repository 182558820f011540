"""History: the days logged, newest first, and editing or deleting a session or check-in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import trigger_client_event

from spinecare.http import AuthedRequest

from ..cards import history_page
from ..forms.history import CheckInEditForm, SessionEditForm
from ..forms.today import EntryForm
from ..models import CheckIn, Session
from ..progress import forget_streak
from ..services.history import StaleEdit, update_session
from ..services.suggestions import refresh_suggestions

STALE_EDIT = gettext_lazy(
    "This session was changed somewhere else (another tab?) after you opened it, so nothing "
    "was saved. Your changes are still below: open the session again in a new tab to see the "
    "saved version, then save what you need."
)


@login_required
@require_GET
def history(request: AuthedRequest) -> HttpResponse:
    try:
        before = parse_date(request.GET.get("before", ""))
    except ValueError:
        before = None
    days, has_more = history_page(request.user, before)
    context = {"days": days, "has_more": has_more, "next_before": days[-1].date if days else None}
    template = "tracking/history.html#page" if request.htmx else "tracking/history.html"
    return render(request, template, context)


@login_required
@require_http_methods(["GET", "POST"])
def session_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session.objects.for_user(request.user), pk=pk)
    data = request.POST if request.method == "POST" else None
    form = SessionEditForm(
        data,
        user=request.user,
        initial={
            "version": session.version,
            "date": session.date,
            "duration_minutes": session.duration_minutes,
            "notes": session.notes,
        },
    )
    entry_forms = [
        EntryForm.for_entry(entry, data) for entry in session.entries.select_related("exercise")
    ]
    if data is not None and all([form.is_valid(), *(f.is_valid() for f in entry_forms)]):
        try:
            update_session(
                session,
                version=form.cleaned_data["version"],
                day=form.cleaned_data["date"],
                duration_minutes=form.cleaned_data["duration_minutes"],
                notes=form.cleaned_data["notes"],
                entries=[f.save(commit=False) for f in entry_forms],
            )
        except StaleEdit:
            form.add_error(None, STALE_EDIT)
        else:
            refresh_suggestions(request.user)
            messages.success(request, _("Session updated."))
            return redirect(f"{reverse('tracking:history')}#day-{form.cleaned_data['date']}")
    return render(
        request,
        "tracking/session_edit.html",
        {"session": session, "form": form, "entry_forms": entry_forms},
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session.objects.for_user(request.user), pk=pk)
    if request.method == "GET":
        return render(request, "tracking/confirm_delete.html", {"object": session})
    session.delete()
    forget_streak(request.user)
    refresh_suggestions(request.user)
    if request.htmx:
        return trigger_client_event(HttpResponse(""), "sessionDeleted")
    messages.success(request, _("Session deleted."))
    return redirect("tracking:history")


@login_required
@require_http_methods(["GET", "POST"])
def checkin_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    checkin = get_object_or_404(CheckIn.objects.for_user(request.user), pk=pk)
    form = CheckInEditForm(
        request.POST if request.method == "POST" else None, instance=checkin, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        forget_streak(request.user)
        messages.success(request, _("Check-in updated."))
        return redirect(f"{reverse('tracking:history')}#day-{checkin.date}")
    return render(request, "tracking/checkin_edit.html", {"form": form, "checkin": checkin})


@login_required
@require_http_methods(["GET", "POST"])
def checkin_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    checkin = get_object_or_404(CheckIn.objects.for_user(request.user), pk=pk)
    if request.method == "GET":
        return render(request, "tracking/confirm_delete.html", {"object": checkin})
    checkin.delete()
    forget_streak(request.user)
    if request.htmx:
        return trigger_client_event(HttpResponse(""), "checkinDeleted")
    messages.success(request, _("Check-in deleted."))
    return redirect("tracking:history")

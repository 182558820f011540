"""Today: the day's checklist and check-in, and back-filling an earlier day."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from spinecare.http import AuthedRequest

from ..cards import checkin_card, checklist_card, late_entries
from ..forms.today import CheckInForm, EntryForm, SessionForm
from ..models import Routine, earliest_backfill
from ..services.suggestions import refresh_suggestions
from ..services.today import log_session, save_checkin, save_late_flags, set_gentle_day

RED_FLAG_MESSAGE = gettext_lazy(
    "Check-in saved. You reported a warning sign: please stop exercising and seek medical care "
    "promptly (your doctor, an urgent care service, or emergency services if it is severe)."
)


def _posted_day(request: AuthedRequest) -> date | None:
    try:
        return parse_date(request.POST.get("date", ""))
    except ValueError:
        return None


def _requested_day(request: AuthedRequest) -> tuple[date, str]:
    """The day from ?date=, or the user's local today; an unusable value is explained."""
    today = request.user.local_today()
    raw = request.GET.get("date", "")
    if not raw:
        return today, ""
    try:
        day = parse_date(raw)
    except ValueError:
        day = None
    if day is None:
        return today, _("That isn't a date we can read, so here is today.")
    if day > today:
        return today, _("That day hasn't happened yet, so here is today.")
    if day < earliest_backfill(today):
        return today, _("You can fill in days up to a year back, so here is today.")
    return day, ""


def _today_url(day: date, today: date) -> str:
    url = reverse("tracking:today")
    return url if day == today else f"{url}?date={day.isoformat()}"


@login_required
@require_GET
def today(request: AuthedRequest) -> HttpResponse:
    """The day's checklist and check-in. ?date= back-fills an earlier day."""
    day, date_error = _requested_day(request)
    local_today = request.user.local_today()
    context = {
        "is_today": day == local_today,
        "local_today": local_today,
        "earliest": earliest_backfill(local_today),
        "date_error": date_error,
        **checklist_card(request.user, day),
        **checkin_card(request.user, day),
    }
    return render(request, "tracking/today.html", context)


def _entry_forms_for(request: AuthedRequest) -> list[EntryForm]:
    """Rows for the posted routine's items that were on the submitted checklist."""
    routine_id = request.POST.get("routine", "")
    routine = (
        Routine.objects.for_user(request.user).filter(pk=routine_id).first()
        if routine_id.isdecimal()
        else None
    )
    if routine is None:
        return []
    items = routine.items.select_related("exercise")
    return [
        EntryForm.for_item(item, request.POST)
        for item in items
        if f"item-{item.pk}-discomfort" in request.POST
    ]


@login_required
@require_POST
def session_log(request: AuthedRequest) -> HttpResponse:
    form = SessionForm(request.POST, user=request.user)
    entry_forms = _entry_forms_for(request)
    valid = all([form.is_valid(), *(f.is_valid() for f in entry_forms)])
    if valid and not any(f.matters() for f in entry_forms):
        form.add_error(
            None,
            _("Tick at least one exercise you did. On a rest day, just save the check-in below."),
        )
        valid = False
    if not valid:
        day = form.cleaned_data.get("date") or request.user.local_today()
        context = checklist_card(request.user, day, form, entry_forms)
        if request.htmx:
            return render(request, "tracking/today.html#log-card", context)
        return render(
            request,
            "tracking/today.html",
            {**context, **checkin_card(request.user, day), "is_today": False},
        )
    data = form.cleaned_data
    entries = [f.save(commit=False) for f in entry_forms if f.matters()]
    result = log_session(
        request.user,
        key=data["key"],
        day=data["date"],
        routine=data["routine"],
        duration_minutes=data["duration_minutes"],
        notes=data["notes"],
        entries=entries,
    )
    if result.created:
        refresh_suggestions(request.user, [entry.exercise_id for entry in entries])
    done = result.session.entries.filter(completed=True).count()
    message = (
        ngettext("Saved: %(n)s exercise done.", "Saved: %(n)s exercises done.", done) % {"n": done}
        if result.created
        else _("This session was already saved; nothing was added twice.")
    )
    if not request.htmx:
        messages.success(request, message)
        return redirect(_today_url(data["date"], request.user.local_today()))
    context = {**checklist_card(request.user, data["date"]), "saved_message": message}
    response = render(request, "tracking/today.html#log-card", context)
    return trigger_client_event(
        response, "sessionLogged", {"date": data["date"].isoformat(), "created": result.created}
    )


@login_required
@require_POST
def checkin_save(request: AuthedRequest) -> HttpResponse:
    posted_day = _posted_day(request)
    form = CheckInForm(
        request.POST,
        user=request.user,
        late_entries=late_entries(request.user, posted_day) if posted_day else (),
    )
    if not form.is_valid():
        day = form.cleaned_data.get("date") or request.user.local_today()
        context = checkin_card(request.user, day, form)
        if request.htmx:
            return render(request, "tracking/today.html#checkin-card", context)
        return render(
            request, "tracking/today.html", {**context, **checklist_card(request.user, day)}
        )
    data = form.cleaned_data
    _checkin, created = save_checkin(
        request.user,
        data["date"],
        discomfort=data["discomfort"],
        areas=data["areas"],
        notes=data["notes"],
        rest_for_discomfort=data["rest_for_discomfort"],
        red_flags=data["red_flags"],
    )
    late = save_late_flags(request.user, form.late_levels(), data["date"])
    refresh_suggestions(request.user, late)
    message = _("Check-in saved.") if created else _("Check-in updated.")
    if data["red_flags"]:
        message = RED_FLAG_MESSAGE
    if not request.htmx:
        messages.success(request, message)
        return redirect(_today_url(data["date"], request.user.local_today()))
    context = {**checkin_card(request.user, data["date"]), "saved_message": message}
    response = render(request, "tracking/today.html#checkin-card", context)
    return trigger_client_event(response, "checkinSaved", {"date": data["date"].isoformat()})


@login_required
@require_POST
def gentle_day(request: AuthedRequest, on: str) -> HttpResponse:
    """Leave the challenging exercises out of today's checklist, or bring them back."""
    if on not in {"on", "off"}:
        raise Http404
    set_gentle_day(request.user, request.user.local_today(), on == "on")
    if on == "on":
        messages.success(
            request, _("Gentle day: today's checklist leaves out the challenging exercises.")
        )
    else:
        messages.success(request, _("Your full routine is back on today's checklist."))
    return redirect("tracking:today")

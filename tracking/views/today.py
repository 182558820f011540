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
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from spinecare.http import AuthedRequest

from ..cards import checkin_card, checklist_card, late_entries
from ..forms.today import CheckInForm, EntryForm, SessionForm
from ..models import ExerciseEntry, GentleDay, Routine, Session, earliest_backfill
from ..services.suggestions import refresh_suggestions
from ..services.today import save_checkin, save_checklist, save_late_flags, set_gentle_day

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
@vary_on_headers("HX-Request")
def today(request: AuthedRequest) -> HttpResponse:
    """The day's checklist and check-in. ?date= back-fills an earlier day; ?another=1 gives
    a fresh checklist for a second session. An htmx request gets the checklist card only."""
    day, date_error = _requested_day(request)
    card = checklist_card(request.user, day, another=request.GET.get("another") == "1")
    if request.htmx:
        return render(request, "tracking/today.html#log-response", card)
    local_today = request.user.local_today()
    context = {
        "is_today": day == local_today,
        "local_today": local_today,
        "earliest": earliest_backfill(local_today),
        "date_error": date_error,
        **card,
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


def _logged(request: AuthedRequest, form: SessionForm, rows: list) -> HttpResponse:
    """Save the checklist's rows, then answer with the card as it now stands."""
    data = form.cleaned_data
    result = save_checklist(request.user, data, rows)
    done = result.session.entries.filter(completed=True).count()
    if result.created:
        message = ngettext("Saved: %(n)s exercise done.", "Saved: %(n)s exercises done.", done) % {
            "n": done
        }
    elif result.updated:
        message = ngettext(
            "Session updated: %(n)s exercise done.", "Session updated: %(n)s exercises done.", done
        ) % {"n": done}
    else:
        message = _("This session was already saved; nothing was added twice.")
    if not request.htmx:
        messages.success(request, message)
        return redirect(_today_url(data["date"], request.user.local_today()))
    context = {**checklist_card(request.user, data["date"]), "saved_message": message}
    response = render(request, "tracking/today.html#log-response", context)
    trigger_client_event(response, "showStatus", {"text": message})
    return trigger_client_event(
        response, "sessionLogged", {"date": data["date"].isoformat(), "created": result.created}
    )


def _invalid(request: AuthedRequest, form: SessionForm, entry_forms=None) -> HttpResponse:
    """The card again, with what to fix: the checklist's own errors beside its fields, or
    (for "Did it all", which has no fields to show) the reason above the checklist."""
    day = form.cleaned_data.get("date") or request.user.local_today()
    another = bool(form.cleaned_data.get("another"))
    if entry_forms is None:
        errors = [error for errors in form.errors.values() for error in errors]
        context = checklist_card(request.user, day, another=another) | {"log_error": errors[0]}
    else:
        context = checklist_card(request.user, day, form, entry_forms, another=another)
    if request.htmx:
        response = render(request, "tracking/today.html#log-card", context)
        problem = _("Not saved yet: see the note in the checklist.")
        return trigger_client_event(response, "showStatus", {"text": problem, "error": True})
    return render(
        request,
        "tracking/today.html",
        {**context, **checkin_card(request.user, day), "is_today": False},
    )


@login_required
@require_POST
def session_log(request: AuthedRequest) -> HttpResponse:
    """Save the ticked checklist: a new session, or the day's session saved again."""
    form = SessionForm(request.POST, user=request.user)
    entry_forms = _entry_forms_for(request)
    valid = all([form.is_valid(), *(f.is_valid() for f in entry_forms)])
    if valid and not any(f.matters() for f in entry_forms):
        form.add_error(
            None,
            _("Tick at least one exercise you did. On a rest day, just save the check-in."),
        )
        valid = False
    if not valid:
        return _invalid(request, form, entry_forms)
    return _logged(request, form, [f.save(commit=False) for f in entry_forms])


@login_required
@require_POST
def session_log_all(request: AuthedRequest) -> HttpResponse:
    """ "Did it all": every exercise on the day's checklist, done at its prescription."""
    form = SessionForm(request.POST, user=request.user)
    if form.is_valid():
        day, routine = form.cleaned_data["date"], form.cleaned_data["routine"]
        gentle = GentleDay.objects.for_user(request.user).filter(date=day).exists()
        items = routine.checklist_items(gentle=gentle)
        already = Session.objects.for_user(request.user).filter(date=day).exists()
        if not items:
            form.add_error(
                None, _("This routine has nothing to log today: every exercise is paused.")
            )
        elif already and not form.cleaned_data["another"]:
            form.add_error(
                None,
                _("This day is already logged. Edit it below, or log another session."),
            )
    if not form.is_valid():
        return _invalid(request, form)
    return _logged(request, form, [ExerciseEntry.done_as_prescribed(item) for item in items])


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
            response = render(request, "tracking/today.html#checkin-card", context)
            problem = _("Check-in not saved yet: see the note beside the field.")
            return trigger_client_event(response, "showStatus", {"text": problem, "error": True})
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
    trigger_client_event(response, "showStatus", {"text": str(message)})
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

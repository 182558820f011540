from dataclasses import dataclass, field
from datetime import date, timedelta
from uuid import uuid4

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from exercises.models import Exercise
from spinecare.http import AuthedRequest

from .forms import CheckInEditForm, CheckInForm, EntryForm, SessionEditForm, SessionForm
from .models import CheckIn, ExerciseEntry, GentleDay, Routine, Session, earliest_backfill
from .services import (
    StaleEdit,
    log_session,
    refresh_suggestions,
    save_checkin,
    save_late_flags,
    update_session,
)

HISTORY_PAGE_DAYS = 14
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


def _log_context(user, day: date, session_form=None, entry_forms=None) -> dict:
    """Everything the day's checklist card shows."""
    routine = Routine.objects.for_user(user).active().first()
    items = list(routine.items.unpaused().select_related("exercise")) if routine else []
    gentle = GentleDay.objects.for_user(user).filter(date=day).exists()
    if gentle:
        items = [i for i in items if i.exercise.intensity != Exercise.Intensity.CHALLENGING]
    if session_form is None:
        session_form = SessionForm(
            user=user, initial={"key": uuid4(), "date": day, "routine": routine}
        )
        entry_forms = [EntryForm.for_item(item) for item in items]
    day_sessions = (
        Session.objects.for_user(user)
        .filter(date=day)
        .prefetch_related(
            Prefetch("entries", queryset=ExerciseEntry.objects.select_related("exercise"))
        )
    )
    return {
        "day": day,
        "routine": routine,
        "session_form": session_form,
        "entry_forms": entry_forms,
        "paused_count": routine.items.filter(is_paused=True).count() if routine else 0,
        "day_sessions": day_sessions,
        "gentle_day": gentle,
    }


def late_entries(user, day: date) -> list[ExerciseEntry]:
    """The exercises done the day before ``day``, one entry each, to ask "did it hurt later?"."""
    entries = (
        ExerciseEntry.objects.filter(
            session__user=user, session__date=day - timedelta(days=1), completed=True
        )
        .select_related("exercise", "late_flag")
        .order_by("position", "pk")
    )
    return list({entry.exercise_id: entry for entry in entries}.values())


def _checkin_context(user, day: date, form=None) -> dict:
    checkin = CheckIn.objects.for_user(user).filter(date=day).first()
    if form is None:
        form = CheckInForm(
            instance=checkin,
            initial={"date": day},
            user=user,
            late_entries=late_entries(user, day),
        )
    return {"day": day, "checkin": checkin, "checkin_form": form}


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
        **_log_context(request.user, day),
        **_checkin_context(request.user, day),
    }
    return render(request, "tracking/today.html", context)


def _entry_forms_for(request: AuthedRequest) -> list[EntryForm]:
    """Rows for the posted routine's items that were on the submitted checklist."""
    routine_id = request.POST.get("routine", "")
    routine = (
        Routine.objects.for_user(request.user).filter(pk=routine_id).first()
        if routine_id.isdigit()
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
        context = _log_context(request.user, day, form, entry_forms)
        if request.htmx:
            return render(request, "tracking/today.html#log-card", context)
        return render(
            request,
            "tracking/today.html",
            {**context, **_checkin_context(request.user, day), "is_today": False},
        )
    data = form.cleaned_data
    result = log_session(
        request.user,
        key=data["key"],
        day=data["date"],
        routine=data["routine"],
        duration_minutes=data["duration_minutes"],
        notes=data["notes"],
        entries=[f.entry_data() for f in entry_forms if f.matters()],
    )
    if result.created:
        refresh_suggestions(request.user, [f.exercise.pk for f in entry_forms if f.matters()])
    done = result.session.entries.filter(completed=True).count()
    message = (
        ngettext("Saved: %(n)s exercise done.", "Saved: %(n)s exercises done.", done) % {"n": done}
        if result.created
        else _("This session was already saved; nothing was added twice.")
    )
    if not request.htmx:
        messages.success(request, message)
        return redirect(_today_url(data["date"], request.user.local_today()))
    context = {**_log_context(request.user, data["date"]), "saved_message": message}
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
        context = _checkin_context(request.user, day, form)
        if request.htmx:
            return render(request, "tracking/today.html#checkin-card", context)
        return render(
            request, "tracking/today.html", {**context, **_log_context(request.user, day)}
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
    context = {**_checkin_context(request.user, data["date"]), "saved_message": message}
    response = render(request, "tracking/today.html#checkin-card", context)
    return trigger_client_event(response, "checkinSaved", {"date": data["date"].isoformat()})


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
    entries = list(session.entries.select_related("exercise"))
    entry_forms = [EntryForm.for_entry(entry, data) for entry in entries]
    if data is not None and all([form.is_valid(), *(f.is_valid() for f in entry_forms)]):
        try:
            update_session(
                session,
                version=form.cleaned_data["version"],
                day=form.cleaned_data["date"],
                duration_minutes=form.cleaned_data["duration_minutes"],
                notes=form.cleaned_data["notes"],
                entries={e.pk: f.entry_data() for e, f in zip(entries, entry_forms, strict=True)},
            )
        except StaleEdit:
            form.add_error(
                None,
                _(
                    "This session was changed somewhere else (another tab?) after you opened "
                    "it, so nothing was saved. Your changes are still below: open the session "
                    "again in a new tab to see the saved version, then save what you need."
                ),
            )
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
    if request.htmx:
        return trigger_client_event(HttpResponse(""), "checkinDeleted")
    messages.success(request, _("Check-in deleted."))
    return redirect("tracking:history")


@dataclass
class Day:
    date: date
    sessions: list[Session] = field(default_factory=list)
    checkin: CheckIn | None = None


def history_days(user, before: date | None) -> tuple[list[Day], bool]:
    """One page of days with a session or a check-in, newest first, in a fixed number of queries."""
    sessions = Session.objects.for_user(user)
    checkins = CheckIn.objects.for_user(user)
    if before is not None:
        sessions, checkins = sessions.filter(date__lt=before), checkins.filter(date__lt=before)
    dates = list(
        sessions.order_by()
        .values_list("date", flat=True)
        .union(checkins.order_by().values_list("date", flat=True))
        .order_by("-date")[: HISTORY_PAGE_DAYS + 1]
    )
    has_more = len(dates) > HISTORY_PAGE_DAYS
    days = {day: Day(day) for day in dates[:HISTORY_PAGE_DAYS]}
    if not days:
        return [], False
    first, last = min(days), max(days)
    for session in (
        sessions.between(first, last)
        .select_related("routine")
        .prefetch_related(
            Prefetch("entries", queryset=ExerciseEntry.objects.select_related("exercise"))
        )
    ):
        days[session.date].sessions.append(session)
    for checkin in checkins.between(first, last):
        days[checkin.date].checkin = checkin
    return list(days.values()), has_more


@login_required
@require_GET
def history(request: AuthedRequest) -> HttpResponse:
    try:
        before = parse_date(request.GET.get("before", ""))
    except ValueError:
        before = None
    days, has_more = history_days(request.user, before)
    context = {"days": days, "has_more": has_more, "next_before": days[-1].date if days else None}
    template = "tracking/history.html#page" if request.htmx else "tracking/history.html"
    return render(request, template, context)

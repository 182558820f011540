"""Sessions: listed by date with a cursor, and logged as the Today page logs them."""

import base64
import binascii
from datetime import date

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from tracking.forms.today import EntryForm, SessionForm
from tracking.models import ExerciseEntry, Routine, Session
from tracking.services.today import save_checklist

from ..errors import FieldErrors, form_errors, invalid
from ..schemas import EntryIn, SessionIn, SessionOut, SessionPage, SessionSaved

router = Router(tags=["sessions"])


def session_out(session: Session) -> dict:
    return {
        "id": session.pk,
        "date": session.date,
        "routine": session.routine_id,
        "duration_minutes": session.duration_minutes,
        "notes": session.notes,
        "created_at": session.created_at,
        "entries": [entry_out(entry) for entry in session.entries.all()],
    }


def entry_out(entry: ExerciseEntry) -> dict:
    return {
        "id": entry.pk,
        "exercise": entry.exercise.slug,
        "routine_item": entry.routine_item_id,
        **{name: getattr(entry, name) for name in ExerciseEntry.RECORD_FIELDS},
    }


def _sessions(user):
    return Session.objects.for_user(user).prefetch_related("entries__exercise")


def _encode(session: Session) -> str:
    return base64.urlsafe_b64encode(f"{session.date.isoformat()}.{session.pk}".encode()).decode()


def _decode(cursor: str) -> tuple[date, int]:
    try:
        day, pk = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii").split(".")
        return date.fromisoformat(day), int(pk)
    except (ValueError, UnicodeError, binascii.Error):
        message = _("This cursor isn't one the API gave. Start again without it.")
        raise invalid({"cursor": [{"code": "invalid", "message": message}]}) from None


@router.get("/sessions", url_name="sessions", response=SessionPage)
def session_list(
    request,
    start: date | None = None,
    end: date | None = None,
    cursor: str | None = None,
    limit: int = Query(50, ge=1, le=100),
):
    """Your sessions from ``start`` to ``end`` (both optional), oldest first, ``limit`` at a
    time; ``next_cursor`` fetches the next page."""
    if start and end and start > end:
        message = _("Pick a start on or before the end.")
        raise invalid({"start": [{"code": "invalid", "message": message}]})
    sessions = _sessions(request.user).order_by("date", "pk")
    if start:
        sessions = sessions.filter(date__gte=start)
    if end:
        sessions = sessions.filter(date__lte=end)
    if cursor:
        day, pk = _decode(cursor)
        sessions = sessions.filter(date__gt=day) | sessions.filter(date=day, pk__gt=pk)
    page = list(sessions[: limit + 1])
    more = len(page) > limit
    page = page[:limit]
    return {
        "items": [session_out(s) for s in page],
        "next_cursor": _encode(page[-1]) if more else None,
    }


@router.get("/sessions/{pk}", url_name="session", response=SessionOut)
def session_detail(request, pk: int):
    return session_out(get_object_or_404(_sessions(request.user), pk=pk))


def _entry_rows(routine: Routine | None, entries: list[EntryIn]) -> tuple[list, FieldErrors]:
    """The posted entries as the checklist's rows (EntryForm, as on the Today page)."""
    items = {item.pk: item for item in routine.items.select_related("exercise")} if routine else {}
    rows, errors, seen = [], {}, set()
    for index, entry in enumerate(entries):
        prefix = f"entries.{index}."
        item = items.get(entry.routine_item)
        if item is None or item.pk in seen:
            message = (
                _("List each exercise of the routine once.")
                if item
                else _("That exercise isn't in this session's routine.")
            )
            errors[f"{prefix}routine_item"] = [{"code": "invalid_choice", "message": message}]
            continue
        seen.add(item.pk)
        values = entry.dict(exclude={"routine_item", "completed"})
        data = {f"item-{item.pk}-{k}": "" if v is None else v for k, v in values.items()}
        if entry.completed:
            data[f"item-{item.pk}-completed"] = "on"
        form = EntryForm.for_item(item, data)
        if form.is_valid():
            rows.append(form.save(commit=False))
        else:
            errors |= {
                name.replace(f"{prefix}item-{item.pk}-", prefix): messages
                for name, messages in form_errors(form, prefix).items()
            }
    return rows, errors


@router.post("/sessions", url_name="sessions", response={200: SessionSaved, 201: SessionSaved})
def session_create(request, payload: SessionIn):
    """Log a session, with the same checks and the same saving as the Today page.

    Replaying a request with the same ``idempotency_key`` returns the first result (200,
    ``repeated``) and adds nothing. Without ``another``, a second session on a day updates
    that day's session (200, ``updated``), as saving the checklist again does.
    """
    user = request.user
    routine_id = payload.routine
    if routine_id is None:
        routine_id = Routine.objects.for_user(user).active().values_list("pk", flat=True).first()
    form = SessionForm(
        {
            "key": str(payload.idempotency_key),
            "routine": "" if routine_id is None else str(routine_id),
            "date": payload.date.isoformat(),
            "duration_minutes": payload.duration_minutes or "",
            "notes": payload.notes,
            "another": "on" if payload.another else "",
        },
        user=user,
    )
    errors = form_errors(form) if not form.is_valid() else {}
    rows, entry_errors = _entry_rows(form.cleaned_data.get("routine"), payload.entries)
    if errors or entry_errors:
        raise invalid(errors | entry_errors)
    result = save_checklist(user, form.cleaned_data, rows)
    outcome = "created" if result.created else "updated" if result.updated else "repeated"
    session = _sessions(user).get(pk=result.session.pk)
    return Status(
        201 if result.created else 200, {"outcome": outcome, "session": session_out(session)}
    )

"""Daily check-ins: listed, and saved by date (a second save of a day replaces the first)."""

from datetime import date

from django.utils.translation import gettext as _
from ninja import Router, Status

from tracking.forms.today import CheckInForm
from tracking.models import CheckIn
from tracking.services.today import save_checkin

from ..errors import form_errors, invalid
from ..schemas import CheckInIn, CheckInOut, CheckInSaved

router = Router(tags=["check-ins"])
FIELDS = ["discomfort", "areas", "notes", "rest_for_discomfort", "red_flags"]


def checkin_out(checkin: CheckIn) -> dict:
    return {"date": checkin.date, **{name: getattr(checkin, name) for name in FIELDS}}


@router.get("/checkins", url_name="checkins", response=list[CheckInOut])
def checkin_list(request, start: date | None = None, end: date | None = None):
    """Your check-ins from ``start`` to ``end`` (both optional), oldest first."""
    if start and end and start > end:
        message = _("Pick a start on or before the end.")
        raise invalid({"start": [{"code": "invalid", "message": message}]})
    checkins = CheckIn.objects.for_user(request.user).order_by("date")
    if start:
        checkins = checkins.filter(date__gte=start)
    if end:
        checkins = checkins.filter(date__lte=end)
    return [checkin_out(c) for c in checkins]


@router.put("/checkins/{day}", url_name="checkin", response={200: CheckInSaved, 201: CheckInSaved})
def checkin_save(request, day: date, payload: CheckInIn):
    """The day's check-in, with the Today page's checks: made (201) or replaced (200)."""
    data = {
        "date": day.isoformat(),
        "discomfort": str(payload.discomfort),
        "areas": payload.areas,
        "notes": payload.notes,
        "red_flags": payload.red_flags,
    }
    if payload.rest_for_discomfort:
        data["rest_for_discomfort"] = "on"
    form = CheckInForm(data, user=request.user)
    if not form.is_valid():
        raise invalid(form_errors(form))
    cleaned = form.cleaned_data
    checkin, created = save_checkin(
        request.user, cleaned["date"], **{name: cleaned[name] for name in FIELDS}
    )
    return Status(201 if created else 200, {"created": created, "checkin": checkin_out(checkin)})

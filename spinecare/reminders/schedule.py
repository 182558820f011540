"""When a reminder is due: pure functions, local dates and times in, instants out (no ORM).

A reminder is kept as a local time of day and a set of weekdays in the person's own time zone,
never as a UTC instant, so 07:30 stays 07:30 on both sides of a change to or from summer time.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

UTC = ZoneInfo("UTC")

WEEKDAYS = range(7)  # Monday is 0, as date.weekday() counts


def due_at(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant of the reminder on this local day. A time the clock skips that day (01:30
    on the spring change in London) comes an hour later by the new clock (02:30), as PEP 495
    reads it; a time the autumn change repeats is the first of the two."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def next_due(after: datetime, days: set[int], at: time, zone: ZoneInfo) -> datetime | None:
    """The first reminder strictly after ``after`` (an aware instant), or None with no days."""
    if not days:
        return None
    start = after.astimezone(zone).date()
    for offset in range(8):
        day = start + timedelta(days=offset)
        if day.weekday() in days:
            instant = due_at(day, at, zone)
            if instant > after:
                return instant
    return None  # not reached: a week always holds one of the days


def local_day(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()

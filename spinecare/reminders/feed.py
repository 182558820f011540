"""The private calendar feed: one weekly event at the reminder's local time (icalendar)."""

from datetime import datetime, timedelta

from django.utils import timezone
from icalendar import Alarm, Calendar, Event

from . import schedule
from .models import Reminder
from .services import reminder_message

ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def reminder_calendar(reminder: Reminder) -> bytes:
    """A weekly event on the chosen days at the local time, in the person's time zone, so the
    calendar app keeps it at 07:30 across summer time. No days: a calendar with no event."""
    message = reminder_message()
    calendar = Calendar()
    calendar.add("prodid", "-//SpineCare//Reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "SpineCare")
    if reminder.days:
        zone = reminder.user.zone
        today = timezone.now().astimezone(zone).date()
        start = min(today + timedelta(days=(day - today.weekday()) % 7) for day in reminder.days)
        event = Event()
        event.add("uid", f"reminder-{reminder.user_id}@spinecare")
        event.add("summary", message.title)
        event.add("description", f"{message.body}\n{message.url}")
        event.add("url", message.url)
        event.add("dtstamp", timezone.now())
        event.add("dtstart", datetime.combine(start, reminder.at, tzinfo=zone))
        event.add("duration", timedelta(minutes=15))
        days = [ICAL_DAYS[day] for day in sorted(reminder.days) if day in schedule.WEEKDAYS]
        event.add("rrule", {"freq": "weekly", "byday": days})
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", message.title)
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        calendar.add_component(event)
        calendar.add_missing_timezones()  # a VTIMEZONE for the event's TZID
    return calendar.to_ical()

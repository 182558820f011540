"""What an import refuses besides plain type errors: files larger than a person's history
could be, times out of range or in the future, and text that can't be stored."""

import copy
from datetime import datetime, timedelta

import pytest

from spinecare.data import portability
from spinecare.data.portability import ImportRefused, import_document
from tests.data.history import assert_refused_and_nothing_written, table_counts
from tracking.models import Adjustment, CheckIn, LateFlag, Routine

# Fault 3: a file may hold only what a person can produce. -------------------------------


def with_rows(path, cap_name):
    """A change that fills the list at ``path`` with one more row than the cap allows."""

    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        rows = target[path[-1]]
        target[path[-1]] = [rows[0]] * (getattr(portability, cap_name) + 1)

    return change


OVERSIZED = {
    "routines": (with_rows(["routines"], "MAX_ROUTINES"), "routines"),
    "items in a routine": (
        with_rows(["routines", 0, "items"], "MAX_ITEMS_PER_ROUTINE"),
        "Routine 1 holds",
    ),
    "sessions": (with_rows(["sessions"], "MAX_SESSIONS"), "sessions"),
    "entries in a session": (
        with_rows(["sessions", 1, "entries"], "MAX_ENTRIES_PER_SESSION"),
        "Session 2 holds",
    ),
    "check-ins": (with_rows(["checkins"], "MAX_CHECKINS"), "check-ins"),
    "routine changes": (with_rows(["adjustments"], "MAX_ADJUSTMENTS"), "routine changes"),
    "gentle days": (with_rows(["gentle_days"], "MAX_GENTLE_DAYS"), "gentle days"),
}


@pytest.mark.parametrize("name", OVERSIZED)
def test_a_file_holding_more_than_a_person_could_log_is_refused_before_any_query(
    exported, newcomer, name, django_assert_num_queries
):
    change, what = OVERSIZED[name]
    change(exported)
    before = table_counts()

    with django_assert_num_queries(0), pytest.raises(ImportRefused) as refusal:
        import_document(newcomer, exported)

    message = str(refusal.value)
    assert what in message
    assert "at most" in message
    assert table_counts() == before


def test_the_caps_leave_room_for_years_of_several_sessions_a_day():
    assert portability.MAX_SESSIONS >= 5 * 365 * 10
    assert portability.MAX_CHECKINS >= 365 * 25  # one a day since 2000
    assert portability.MAX_ITEMS_PER_ROUTINE >= 30
    assert portability.MAX_ENTRIES_PER_SESSION >= portability.MAX_ITEMS_PER_ROUTINE


def test_a_file_at_the_caps_is_not_refused_for_its_size(exported, newcomer):
    item = exported["routines"][0]["items"][0]
    exported["routines"][0]["items"] = [item] * portability.MAX_ITEMS_PER_ROUTINE

    import_document(newcomer, exported)

    morning = Routine.objects.for_user(newcomer).get(name="Morning")
    assert morning.items.count() == portability.MAX_ITEMS_PER_ROUTINE


# Fault 4: every date and time within 2000 and the person's own today. -------------------


def tomorrow_in(zone_name):
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(zone_name)).date() + timedelta(days=1)


BAD_TIMES = {
    "year 1, far ahead of UTC": "0001-01-01T00:00:00+14:00",
    "year 9999, far behind UTC": "9999-12-31T23:59:59-14:00",
    "before 2000": "1999-12-31T23:00:00+00:00",
    "no time zone": "2026-01-01T10:00:00",
    "a date only": "2026-01-01",
    "not a time": "soon",
}


@pytest.mark.parametrize("value", BAD_TIMES.values(), ids=BAD_TIMES.keys())
def test_a_routine_change_time_out_of_range_is_refused(exported, newcomer, value):
    exported["adjustments"][0]["created_at"] = value

    assert_refused_and_nothing_written(
        newcomer, exported, "Routine change 1: “created_at” should be a date and time"
    )


def test_a_routine_change_made_tomorrow_is_refused(exported, newcomer):
    later = datetime.fromisoformat(exported["adjustments"][0]["created_at"]) + timedelta(days=2)
    exported["adjustments"][0]["created_at"] = later.isoformat()

    assert_refused_and_nothing_written(newcomer, exported, "until today")


def test_imported_routine_change_times_are_stored_as_given(exported, newcomer):
    import_document(newcomer, copy.deepcopy(exported))

    stored = Adjustment.objects.for_user(newcomer).order_by("created_at", "pk")
    assert [a.created_at for a in stored] == [
        datetime.fromisoformat(a["created_at"]) for a in exported["adjustments"]
    ]


@pytest.mark.parametrize(
    "path",
    [["sessions", 1, "date"], ["checkins", 1, "date"], ["gentle_days", 0]],
    ids=["a session", "a check-in", "a gentle day"],
)
def test_a_day_after_the_persons_today_is_refused(exported, newcomer, path):
    """Today used to be UTC's today plus two days; now it is the person's own."""
    target = exported
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = tomorrow_in("Europe/London").isoformat()

    assert_refused_and_nothing_written(newcomer, exported, "until today")


def test_today_is_the_time_zone_the_file_brings(exported, newcomer):
    """Kiritimati (UTC+14) is always a day or two ahead of Pago Pago (UTC-11)."""
    kiritimati_today = tomorrow_in("Pacific/Kiritimati") - timedelta(days=1)
    exported["checkins"][1]["date"] = kiritimati_today.isoformat()
    newcomer.timezone = "Pacific/Pago_Pago"
    newcomer.save()

    exported["profile"]["timezone"] = "Pacific/Kiritimati"
    import_document(newcomer, copy.deepcopy(exported))

    assert CheckIn.objects.for_user(newcomer).filter(date=kiritimati_today).exists()


def test_without_a_profile_today_is_the_accounts_own(exported, newcomer):
    newcomer.timezone = "Pacific/Pago_Pago"
    newcomer.save()
    exported["checkins"][1]["date"] = tomorrow_in("Pacific/Pago_Pago").isoformat()
    del exported["profile"]
    before = table_counts()

    with pytest.raises(ImportRefused, match="until today"):
        import_document(newcomer, exported)

    assert table_counts() == before


# Fault 5: text that can't be stored. -----------------------------------------------------

SURROGATE = "\ud800"
TEXT_FIELDS = {
    "a check-in note": ["checkins", 0, "notes"],
    "the display name": ["profile", "display_name"],
    "the time zone": ["profile", "timezone"],
    "a routine name": ["routines", 1, "name"],
    "a session note": ["sessions", 0, "notes"],
    "a discomfort note": ["sessions", 0, "entries", 1, "discomfort_note"],
    "an exercise slug": ["sessions", 0, "entries", 0, "exercise"],
    "a routine change's reason": ["adjustments", 0, "reason"],
    "a routine change's time": ["adjustments", 0, "created_at"],
}


@pytest.mark.parametrize("path", TEXT_FIELDS.values(), ids=TEXT_FIELDS.keys())
def test_a_lone_surrogate_in_any_text_is_refused_with_a_reason(exported, newcomer, path):
    target = exported
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = f"Fine{SURROGATE}text"

    assert_refused_and_nothing_written(newcomer, exported, f"“{path[-1]}” has a broken character")


def test_a_lone_surrogate_in_a_routine_reference_is_refused(exported, newcomer):
    exported["sessions"][0]["routine"] = SURROGATE

    assert_refused_and_nothing_written(newcomer, exported, "isn't in this file")


def test_a_late_flag_on_todays_session_is_reported_today_not_tomorrow(exported, newcomer):
    exported["sessions"][1]["entries"][0]["late_flag"] = "mild"

    import_document(newcomer, exported)

    flag = LateFlag.objects.get(
        entry__session__user=newcomer, entry__session__date=newcomer.local_today()
    )
    assert flag.reported_on == newcomer.local_today()

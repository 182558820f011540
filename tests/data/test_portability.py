import copy
from datetime import timedelta

import pytest

from exercises.models import Exercise
from spinecare.data.portability import (
    FORMAT,
    VERSION,
    ImportRefused,
    export_document,
    import_document,
)
from tests.data.history import assert_refused_and_nothing_written, make_history, table_counts
from tests.factories import CheckInFactory, ExerciseEntryFactory, SessionFactory
from tracking.models import Adjustment, CheckIn, ExerciseEntry, Routine


def comparable(document: dict) -> dict:
    """The document without what describes the export itself rather than the data, nor the
    clinician links, which an import skips."""
    skipped = {"exported_at", "account", "clinician_links"}
    return {k: v for k, v in document.items() if k not in skipped}


def test_export_names_its_format_and_version_and_holds_everything(user, exported):
    assert exported["format"] == FORMAT == "spinecare-export"
    assert exported["version"] == VERSION == 1
    assert exported["account"]["email"] == "alice@example.com"
    assert exported["profile"] == {
        "display_name": "Alice",
        "timezone": "Europe/London",
        "weekly_goal": 5,
        "discomfort_threshold": 6,
    }
    assert [r["name"] for r in exported["routines"]] == ["Morning", "Desk break"]
    assert exported["routines"][0]["items"][1] == {
        "exercise": exported["sessions"][0]["entries"][1]["exercise"],
        "sets": 2,
        "reps": 0,
        "hold_seconds": 45,
        "is_paused": True,
    }
    assert len(exported["sessions"]) == 2
    assert len(exported["checkins"]) == 2
    [link] = exported["clinician_links"]
    assert link["label"] == "Dr Ng, physio"
    assert link["open_count"] == 2
    assert link["revoked_at"] is None
    assert set(link) == {
        "label",
        "start",
        "end",
        "created_at",
        "expires_at",
        "revoked_at",
        "open_count",
        "last_opened_at",
    }


def test_export_lists_clinician_links_without_tokens_and_import_skips_them(
    user, exported, newcomer
):
    stored = user.clinician_links.get()
    assert stored.token_hash not in repr(exported)

    import_document(newcomer, copy.deepcopy(exported))

    assert not newcomer.clinician_links.exists()
    assert export_document(newcomer)["clinician_links"] == []


def test_export_refers_to_exercises_by_slug_and_items_by_place(user, exported):
    older = exported["sessions"][0]
    flagged = older["entries"][1]

    assert older["routine"] == "Morning"
    assert flagged["exercise"].startswith("test-exercise-")
    assert flagged["routine_item"] == {"routine": "Morning", "index": 1}
    assert flagged["discomfort"] == "sharp"
    assert exported["sessions"][1]["routine"] is None
    assert exported["sessions"][1]["entries"][0]["routine_item"] is None


def test_export_has_no_database_ids(exported):
    text = repr(exported)

    assert "'id'" not in text
    assert "'pk'" not in text
    assert "'user'" not in text


def test_a_round_trip_gives_back_equal_data(user, exported, newcomer):
    counts = import_document(newcomer, copy.deepcopy(exported))

    assert counts == {"routines": 2, "sessions": 2, "checkins": 2}
    again = export_document(newcomer)
    assert comparable(again) == comparable(exported)
    assert again["account"]["email"] == "newcomer@example.com"


def test_import_replaces_the_starter_routine_and_keeps_one_active(exported, newcomer):
    import_document(newcomer, exported)

    routines = Routine.objects.for_user(newcomer)
    assert [r.name for r in routines] == ["Morning", "Desk break"]
    assert [r.name for r in routines.active()] == ["Morning"]
    newcomer.refresh_from_db()
    assert newcomer.display_name == "Alice"
    assert newcomer.timezone == "Europe/London"


def test_imported_entries_point_at_the_imported_routine_items(exported, newcomer):
    import_document(newcomer, exported)

    flagged = ExerciseEntry.objects.get(session__user=newcomer, discomfort="sharp")
    assert flagged.routine_item.routine.user == newcomer
    assert flagged.routine_item.hold_seconds == 45
    assert flagged.session.routine == flagged.routine_item.routine


def test_an_older_export_without_a_section_loads_the_rest(exported, newcomer):
    del exported["checkins"]

    counts = import_document(newcomer, exported)

    assert counts == {"routines": 2, "sessions": 2}
    assert not CheckIn.objects.for_user(newcomer).exists()


@pytest.mark.parametrize(
    "make",
    [
        lambda u: SessionFactory(user=u),
        lambda u: CheckInFactory(user=u),
    ],
    ids=["a session", "a check-in"],
)
def test_an_account_with_history_refuses_an_import(exported, newcomer, make):
    make(newcomer)
    before = table_counts()

    with pytest.raises(ImportRefused, match="already has sessions or check-ins"):
        import_document(newcomer, exported)

    assert table_counts() == before


def breaks(path, value):
    """A change to the exported document: set the value at ``path`` (keys and indexes)."""

    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        if value is DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


DELETE = object()

BROKEN = {
    "another format": (breaks(["format"], "someone-elses-export"), "isn't a SpineCare export"),
    "a newer version": (breaks(["version"], 2), "newer SpineCare"),
    "no version": (breaks(["version"], DELETE), "no format version"),
    "a text version": (breaks(["version"], "1"), "no format version"),
    "an unknown exercise": (
        breaks(["sessions", 0, "entries", 0, "exercise"], "moonwalk"),
        "“moonwalk”, an exercise this SpineCare doesn't have",
    ),
    "an unknown routine exercise": (
        breaks(["routines", 0, "items", 0, "exercise"], "moonwalk"),
        "Routine “Morning”, exercise 1: “exercise” is “moonwalk”",
    ),
    "sets out of range": (
        breaks(["sessions", 0, "entries", 0, "sets"], 99),
        "Session 1, exercise 1: “sets” should be a whole number from 0 to 20",
    ),
    "true as a number": (breaks(["routines", 0, "items", 0, "reps"], True), "whole number"),
    "a float": (breaks(["checkins", 0, "discomfort"], 4.5), "whole number from 0 to 10"),
    "a bad date": (breaks(["sessions", 1, "date"], "yesterday"), "Session 2: “date”"),
    "a date before 2000": (breaks(["checkins", 0, "date"], "1999-12-31"), "from 2000"),
    "a missing field": (breaks(["checkins", 1, "notes"], DELETE), "“notes” is missing"),
    "a bad discomfort": (
        breaks(["sessions", 0, "entries", 1, "discomfort"], "agony"),
        "should be one of: none, mild, moderate, sharp",
    ),
    "a bad area": (breaks(["checkins", 0, "areas"], ["elbow"]), "should list areas"),
    "too long a note": (breaks(["sessions", 0, "notes"], "x" * 2001), "longer than 2000"),
    "two active routines": (breaks(["routines", 1, "is_active"], True), "only one can be"),
    "two routines of one name": (breaks(["routines", 1, "name"], "Morning"), "two routines"),
    "names differing in case": (breaks(["routines", 1, "name"], "MORNING"), "two routines"),
    "an unknown routine": (breaks(["sessions", 0, "routine"], "Evening"), "isn't in this file"),
    "a list as routine": (breaks(["sessions", 0, "routine"], ["x"]), "isn't in this file"),
    "a missing item": (
        breaks(["sessions", 0, "entries", 0, "routine_item"], {"routine": "Morning", "index": 9}),
        "isn't in that routine",
    ),
    "a bad time zone": (breaks(["profile", "timezone"], "Mars/Base"), "time zone"),
    "sessions not a list": (breaks(["sessions"], {"a": 1}), "should be a list"),
    "a session not an object": (breaks(["sessions", 0], "x"), "group of named values"),
    # Routines and sessions are written before the check-ins fail: all must be undone.
    "a late mistake": (
        breaks(["checkins", 1, "date"], None),
        "Check-in 2: “date” should be a date",
    ),
}


@pytest.mark.parametrize("name", BROKEN)
def test_a_bad_file_is_refused_whole_with_a_clear_message(exported, newcomer, name):
    change, message = BROKEN[name]
    change(exported)

    assert_refused_and_nothing_written(newcomer, exported, message)


def test_two_check_ins_on_one_day_are_refused(exported, newcomer):
    exported["checkins"][1]["date"] = exported["checkins"][0]["date"]

    with pytest.raises(ImportRefused, match="second check-in"):
        import_document(newcomer, exported)


def test_export_reads_a_fixed_number_of_queries_however_long_the_history(
    user, django_assert_max_num_queries
):
    make_history(user)
    for days_back in range(3, 60, 3):
        day = user.local_today() - timedelta(days=days_back)
        ExerciseEntryFactory.create_batch(2, session=SessionFactory(user=user, date=day))

    # 11, and one for the clinician links.
    with django_assert_max_num_queries(12):
        document = export_document(user)

    assert len(document["sessions"]) == 21


def test_an_old_export_with_alert_level_0_imports_as_1(exported, newcomer):
    exported["profile"]["discomfort_threshold"] = 0

    import_document(newcomer, exported)

    newcomer.refresh_from_db()
    assert newcomer.discomfort_threshold == 1


def test_a_reason_as_data_goes_out_with_exercises_by_slug_and_comes_back(user, exported, newcomer):
    change, undo = exported["adjustments"]
    slug = exported["routines"][0]["items"][1]["exercise"]

    assert change["reason"] == "You flagged it as moderate in your last session."
    assert change["reason_parts"] == [
        {"code": "flagged_last_session", "params": {"exercise": slug, "level": "moderate"}},
        {"code": "ease_off", "params": {}},
    ]
    assert undo["reason_parts"] == [{"code": "undid", "params": {}}, *change["reason_parts"]]
    import_document(newcomer, copy.deepcopy(exported))
    hold = Exercise.objects.get(slug=slug)
    imported = Adjustment.objects.for_user(newcomer).get(kind="reduce")
    assert imported.reason_parts[0]["params"]["exercise"] == hold.pk
    assert imported.reason_text() == (
        f"You flagged {hold.name} as moderate in your last session. Ease off to a lighter dose."
    )


def test_an_older_export_without_reasons_as_data_shows_its_words(exported, newcomer):
    for row in exported["adjustments"]:
        del row["reason_parts"]

    import_document(newcomer, exported)

    imported = Adjustment.objects.for_user(newcomer).get(kind="reduce")
    assert imported.reason_parts == []
    assert imported.reason_text() == "You flagged it as moderate in your last session."


def test_a_reason_naming_an_exercise_gone_from_the_library_goes_out_as_words_only(user, exported):
    Adjustment.objects.filter(user=user, kind="reduce").update(
        reason_parts=[{"code": "try_alternative", "params": {"exercise": 999_999}}]
    )

    again = export_document(user)

    assert again["adjustments"][0]["reason_parts"] == []
    assert again["adjustments"][0]["reason"] == exported["adjustments"][0]["reason"]


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ("x", "“reason_parts” isn't a reason this SpineCare can put into words"),
        ([{"code": "sing", "params": {}}], "isn't a reason this SpineCare can put into words"),
        (
            [{"code": "try_alternative", "params": {"exercise": "moonwalk"}}],
            "“moonwalk”, an exercise this SpineCare doesn't have",
        ),
        (
            [{"code": "persistent_days", "params": {"threshold": 60, "days": 3}}],
            "Routine change 1: “reason_parts” isn't a reason",
        ),
    ],
)
def test_a_bad_reason_as_data_is_refused(exported, newcomer, parts, message):
    exported["adjustments"][0]["reason_parts"] = parts

    assert_refused_and_nothing_written(newcomer, exported, message)

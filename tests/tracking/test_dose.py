"""The dose chart's weekly folding: days in, weeks out, no database."""

from datetime import date

from tracking.dose import by_week


def point(dose, flag="none", change=None):
    return {"dose": dose, "flag": flag, "change": change}


def test_a_week_keeps_its_highest_dose_worst_flag_and_every_change():
    days = {
        date(2026, 3, 2): point(20, "mild"),  # Monday
        date(2026, 3, 4): point(None, "sharp", "Pause"),  # skipped, flagged
        date(2026, 3, 8): point(30, "none", "Resume"),  # Sunday
        date(2026, 3, 9): point(25),  # the next Monday
    }

    assert by_week(days) == {
        date(2026, 3, 2): point(30, "sharp", "Pause; Resume"),
        date(2026, 3, 9): point(25),
    }


def test_a_week_of_skipped_days_has_no_dose():
    assert by_week({date(2026, 3, 3): point(None, "moderate")}) == {
        date(2026, 3, 2): point(None, "moderate")
    }

"""Dates with their weekday follow the reader's language."""

from datetime import date

import pytest
from django.template import Context, Template
from django.utils import translation

DAY = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("filter_name", "english"),
    [
        ("weekday_date", "Monday 23 November 2026"),
        ("weekday_day", "Monday 23 November"),
        ("short_weekday_date", "Mon 23 Nov 2026"),
        ("short_weekday_day", "Mon 23 Nov"),
    ],
)
def test_each_format_reads_naturally_in_english(filter_name, english):
    template = Template("{% load tracking_dates %}{{ day|" + filter_name + " }}")

    assert template.render(Context({"day": DAY})) == english


def test_weekday_and_month_names_come_in_the_active_language():
    template = Template("{% load tracking_dates %}{{ day|weekday_date }}")

    with translation.override("es"):
        spanish = template.render(Context({"day": DAY}))
    with translation.override("de"):
        german = template.render(Context({"day": DAY}))

    assert "lunes" in spanish  # Spanish weekday names are written in lower case
    assert "noviembre" in spanish
    assert "Montag" in german


def test_no_day_is_no_text():
    template = Template("{% load tracking_dates %}[{{ day|weekday_date }}]")

    assert template.render(Context({"day": None})) == "[]"

"""Dates with their weekday, in the reader's language and word order.

Django's named formats (``DATE_FORMAT``) have no weekday, so these formats are messages:
each language puts the day, month and weekday in its own order ("Monday 23 November 2026",
"Montag, 23. November 2026", "lunes, 23 de noviembre de 2026"). Month and weekday names come
from Django's own catalogues through the date filter's letters.
"""

from datetime import date

from django import template
from django.utils.formats import date_format
from django.utils.translation import pgettext

register = template.Library()


@register.filter
def weekday_date(day: date | None) -> str:
    """Such as "Monday 23 November 2026"."""
    if day is None:
        return ""
    # Translators: a date format for Django's date filter (l weekday, j day, F month, Y year),
    # e.g. "Monday 23 November 2026". Reorder and punctuate it as your language writes a
    # date; keep the letters and escape any other letter with a backslash, as in "j \d\e F".
    return date_format(day, pgettext("date format", "l j F Y"))


@register.filter
def weekday_day(day: date | None) -> str:
    """Such as "Monday 23 November", for a day of this year."""
    if day is None:
        return ""
    # Translators: a date format for Django's date filter (l weekday, j day, F month),
    # e.g. "Monday 23 November". Reorder and punctuate it as your language writes a date;
    # escape any other letter with a backslash.
    return date_format(day, pgettext("date format", "l j F"))


@register.filter
def short_weekday_date(day: date | None) -> str:
    """Such as "Mon 23 Nov 2026", for tables."""
    if day is None:
        return ""
    # Translators: a short date format for Django's date filter (D short weekday, j day,
    # M short month, Y year), e.g. "Mon 23 Nov 2026". Reorder and punctuate it as your
    # language writes a date; escape any other letter with a backslash.
    return date_format(day, pgettext("date format", "D j M Y"))


@register.filter
def short_weekday_day(day: date | None) -> str:
    """Such as "Mon 23 Nov", for a page title."""
    if day is None:
        return ""
    # Translators: a short date format for Django's date filter (D short weekday, j day,
    # M short month), e.g. "Mon 23 Nov". Reorder and punctuate it as your language writes a
    # date; escape any other letter with a backslash.
    return date_format(day, pgettext("date format", "D j M"))

"""A user's data as one JSON document, and back again.

``export_document(user)`` gives everything a user owns as JSON-ready values;
``import_document(user, document)`` loads such a document into an account that has no
sessions and no check-ins yet, replacing its routines. The import checks every value and
writes all of it or nothing (one transaction).

The document is ``{"format": "spinecare-export", "version": 1, ...}`` with one key per
section. Exercises are named by slug, rows that refer to each other by name or by position in
the file (a session names its routine; an entry names its routine and the item's index in
it), never by database id.

One module per part:

- ``reading.py``: ``Reader`` (typed getters whose refusals say where and what is wrong),
  ``read_rows``, ``Refs`` (what earlier sections loaded), ``ImportRefused``;
- ``limits.py``: how much a file may hold;
- ``profile.py``, ``routines.py``, ``sessions.py``, ``checkins.py``, ``adjustments.py``
  (routine changes and gentle days): one ``dump_<rows>``/``load_<rows>`` pair per section;
- ``document.py``: ``SECTIONS`` in load order, the header, ``export_document`` and
  ``import_document``.

To carry a new model: in a module of its own, write a ``dump_<rows>(user)`` that returns
JSON-ready values and a ``load_<rows>(user, value, refs)`` that checks them with ``Reader``
and writes them; then add ``Section("<rows>", dump_<rows>, load_<rows>, MAX_<ROWS>, ...)`` to
``SECTIONS`` in ``document.py``, after the sections it refers to, with its cap in
``limits.py``. A file without the key (an older export) simply loads none of those rows.
"""

from .document import (
    FORMAT,
    SECTIONS,
    VERSION,
    check_header,
    export_document,
    import_document,
    parse,
    refuse_if_history,
    refuse_oversized,
)
from .limits import (
    MAX_ADJUSTMENTS,
    MAX_BYTES,
    MAX_CHECKINS,
    MAX_ENTRIES_PER_SESSION,
    MAX_GENTLE_DAYS,
    MAX_ITEMS_PER_ROUTINE,
    MAX_ROUTINES,
    MAX_SESSIONS,
)
from .reading import EARLIEST_DAY, ImportRefused, Reader, Refs, read_rows

__all__ = [
    "EARLIEST_DAY",
    "FORMAT",
    "MAX_ADJUSTMENTS",
    "MAX_BYTES",
    "MAX_CHECKINS",
    "MAX_ENTRIES_PER_SESSION",
    "MAX_GENTLE_DAYS",
    "MAX_ITEMS_PER_ROUTINE",
    "MAX_ROUTINES",
    "MAX_SESSIONS",
    "SECTIONS",
    "VERSION",
    "ImportRefused",
    "Reader",
    "Refs",
    "check_header",
    "export_document",
    "import_document",
    "parse",
    "read_rows",
    "refuse_if_history",
    "refuse_oversized",
]

"""Links for a clinician: listed in the export, never imported.

A link's token lives only in the address given out, so the file holds none, and a link
brought into another account could never open: the import leaves these rows alone.
"""

from typing import Any

from spinecare.accounts.models import User

from ..models import ClinicianLink
from .reading import Refs


def _moment(value) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def dump_clinician_links(user: User) -> list[dict]:
    return [
        {
            "label": link.label,
            "start": link.start.isoformat(),
            "end": link.end.isoformat(),
            "created_at": _moment(link.created_at),
            "expires_at": _moment(link.expires_at),
            "revoked_at": _moment(link.revoked_at),
            "open_count": link.open_count,
            "last_opened_at": _moment(link.last_opened_at),
        }
        for link in ClinicianLink.objects.for_user(user).order_by("created_at", "pk")
    ]


def load_clinician_links(user: User, value: Any, refs: Refs) -> None:
    """Skipped on purpose (see above): nothing is read and nothing is written."""

"""The profile: display name, time zone and goals."""

from typing import Any

from django.utils.translation import gettext as _

from spinecare.accounts.models import User
from spinecare.accounts.timezones import is_valid_timezone

from .reading import Reader, Refs

DISPLAY_NAME_MAX = User._meta.get_field("display_name").max_length

PROFILE_FIELDS = ["display_name", "timezone", "weekly_goal", "discomfort_threshold"]


def dump_profile(user: User) -> dict:
    return {name: getattr(user, name) for name in PROFILE_FIELDS}


def load_profile(user: User, value: Any, refs: Refs) -> None:
    row = Reader(value, _("Profile"))
    user.display_name = row.text("display_name", DISPLAY_NAME_MAX)
    user.timezone = row.text("timezone", 64)
    if not is_valid_timezone(user.timezone):
        row.refuse("timezone", _("is not a time zone we know."))
    refs.zone = user.zone
    user.weekly_goal = row.integer("weekly_goal", 1, 7)
    # Exports from before alert levels started at 1 may hold 0: it becomes 1, as it did
    # for accounts (accounts migration 0002).
    user.discomfort_threshold = max(1, row.integer("discomfort_threshold", 0, 10))
    user.save(update_fields=PROFILE_FIELDS)

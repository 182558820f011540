"""The IANA time zones a user can pick, and checks on them."""

import zoneinfo
from functools import cache

DEFAULT_TIMEZONE = "UTC"


@cache
def timezone_names() -> tuple[str, ...]:
    """Canonical area/location zones, sorted; legacy aliases such as "US/Pacific" are left out."""
    names = {
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/"))
    }
    return tuple(sorted(names | {"UTC"}))


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in timezone_names()]


def is_valid_timezone(name: str) -> bool:
    return name in timezone_names()

"""What one import file may hold: what one person can log, with room to spare. A file holding
more is refused whole, before any of it is read: an outsize routine or history would make
every page of the account slow."""

MAX_BYTES = 5 * 1024 * 1024
MAX_ROUTINES = 100
MAX_ITEMS_PER_ROUTINE = 100  # the library has a few dozen exercises
MAX_ENTRIES_PER_SESSION = MAX_ITEMS_PER_ROUTINE  # a routine's exercises, and extras
MAX_SESSIONS = 40_000  # ten sessions a day for ten years
MAX_CHECKINS = 10_000  # one a day since 2000
MAX_GENTLE_DAYS = 10_000  # one a day since 2000
MAX_ADJUSTMENTS = 10_000

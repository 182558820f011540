"""Create demo users with realistic history, fast (see tracking/management/demo/).

manage.py demo_data --users 20 --days 365 --seed 1   # user1@spinecare.local ... user20@
manage.py demo_data --ensure-demo                    # demo@spinecare.local, development only
"""

import random
import time

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError, CommandParser

from spinecare.accounts.models import User
from spinecare.accounts.timezones import DEFAULT_TIMEZONE
from tracking.management.demo import (
    DEMO_DAYS,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    DEMO_SEED,
    Counts,
    create_demo_user,
)

MAX_USERS = 10_000
MAX_DAYS = 3_660  # ten years


def user_email(prefix: str, number: int) -> str:
    return f"{prefix}{number}@spinecare.local"


class Command(BaseCommand):
    help = (
        "Create demo users with realistic, deterministic history (sessions, check-ins, "
        "flags, adjustments), or with --ensure-demo the development account "
        f"{DEMO_EMAIL}."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--users", type=int, default=1, help="How many users (default 1).")
        parser.add_argument(
            "--days", type=int, default=DEMO_DAYS, help="Days of history each, ending yesterday."
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="The same seed gives the same history."
        )
        parser.add_argument(
            "--prefix",
            default="user",
            help="E-mail addresses are PREFIX1@spinecare.local, PREFIX2@... (default: user).",
        )
        parser.add_argument(
            "--password", default=DEMO_PASSWORD, help="Every user's password (one hash)."
        )
        parser.add_argument(
            "--ensure-demo",
            action="store_true",
            help=f"Create {DEMO_EMAIL} with a year of history if it is missing (debug only).",
        )

    def handle(self, *args, **options) -> None:
        if options["ensure_demo"]:
            self.ensure_demo()
            return
        users, days, prefix = options["users"], options["days"], options["prefix"]
        if not 1 <= users <= MAX_USERS:
            raise CommandError(f"--users must be from 1 to {MAX_USERS}.")
        if not 1 <= days <= MAX_DAYS:
            raise CommandError(f"--days must be from 1 to {MAX_DAYS}.")
        emails = [user_email(prefix, n) for n in range(1, users + 1)]
        taken = list(User.objects.filter(email__in=emails).values_list("email", flat=True)[:3])
        if taken:
            raise CommandError(
                f"{', '.join(taken)} already exist. Choose another --prefix, or start from an "
                "empty database."
            )
        started = time.perf_counter()
        # One hash for all: hashing is deliberately slow, and these are throwaway accounts.
        password_hash = make_password(options["password"])
        total = Counts()
        for number, email in enumerate(emails, start=1):
            rng = random.Random(f"{options['seed']}:{number}")
            _user, counts = create_demo_user(email, days=days, rng=rng, password_hash=password_hash)
            total += counts
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Created {total} ({days} days each) in {elapsed:.2f} s.")
        self.stdout.write(
            f"Sign in as {emails[0]}"
            + (f" ... {emails[-1]}" if users > 1 else "")
            + f" with the password {options['password']!r}."
        )

    def ensure_demo(self) -> None:
        if not settings.DEBUG:
            raise CommandError(
                "--ensure-demo is for development only (DJANGO_DEBUG=true): its password is public."
            )
        if not User.objects.filter(email=DEMO_EMAIL).exists():
            started = time.perf_counter()
            _user, counts = create_demo_user(
                DEMO_EMAIL,
                days=DEMO_DAYS,
                rng=random.Random(DEMO_SEED),
                password_hash=make_password(DEMO_PASSWORD),
                display_name="Demo",
                timezone=DEFAULT_TIMEZONE,  # as a new sign-up gets
            )
            elapsed = time.perf_counter() - started
            self.stdout.write(f"Created the demo account: {counts} in {elapsed:.2f} s.")
        self.stdout.write(
            self.style.SUCCESS(f"Demo account: {DEMO_EMAIL} / password {DEMO_PASSWORD}")
        )

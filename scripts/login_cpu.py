"""CPU time of one log-in POST with each password hasher: PBKDF2 (before) and Argon2 (now).

Usage: .venv/bin/python scripts/login_cpu.py [--runs 7]

It migrates a fresh SQLite database in a temporary folder and, for each hasher, adds one
user whose password is hashed with it, then posts to /accounts/login/ through Django's test
client: the right password (signed out again after each), a wrong one, and an address that
has no account (Django then hashes the password anyway, so that the answer takes as long).
django-axes and the per-IP limits are switched off so that every attempt reaches the hasher.
It prints the median CPU time of this process (all its threads) and the median wall time
per POST, in milliseconds; docs/performance.md records a run.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HASHERS = {
    "PBKDF2 (before)": "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "Argon2 (now)": "django.contrib.auth.hashers.Argon2PasswordHasher",
}
PASSWORD = "a-long-enough-password-42"


def configure() -> None:
    database = Path(tempfile.mkdtemp(prefix="spinecare-login-cpu-")) / "db.sqlite3"
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "spinecare.settings",
            "DATABASE_URL": f"sqlite:///{database}",
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": "login-cpu-only-not-secret",
            "DJANGO_ALLOWED_HOSTS": "testserver",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_MANIFEST_STATIC": "false",
            "DJANGO_LOG_LEVEL": "WARNING",
        }
    )
    sys.path.insert(0, str(ROOT))
    warnings.filterwarnings("ignore", "No directory at")  # no collectstatic here
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def measure(hasher: str, runs: int) -> dict[str, tuple[float, float]]:
    """(CPU ms, wall ms) per log-in POST, by kind of attempt."""
    from django.test import Client, override_settings
    from django.urls import reverse

    from spinecare.accounts.models import User

    login = reverse("accounts:login")
    results = {}
    with override_settings(PASSWORD_HASHERS=[hasher], AXES_ENABLED=False, RATELIMIT_ENABLE=False):
        user = User.objects.create_user(f"{hasher.rsplit('.', 1)[-1].lower()}@example.com")
        user.set_password(PASSWORD)
        user.save()
        attempts = {
            "right password": (user.email, PASSWORD, 302),
            "wrong password": (user.email, "not-the-password", 200),
            "unknown e-mail": ("nobody@example.com", PASSWORD, 200),
        }
        client = Client()
        for kind, (email, password, status) in attempts.items():
            cpu, wall = [], []
            for _ in range(runs + 1):  # the first one warms up
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.post(login, {"username": email, "password": password})
                cpu.append(time.process_time() - started_cpu)
                wall.append(time.perf_counter() - started)
                if response.status_code != status:
                    raise SystemExit(f"{kind}: answered {response.status_code}, not {status}")
                client.logout()
            results[kind] = (median_ms(cpu[1:]), median_ms(wall[1:]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    configure()
    print(f"Median of {args.runs} log-in POSTs; CPU of this process (all threads), then wall.")
    print(f"{'hasher':<18} {'attempt':<16} {'CPU ms':>8} {'wall ms':>8}")
    for label, hasher in HASHERS.items():
        for kind, (cpu, wall) in measure(hasher, args.runs).items():
            print(f"{label:<18} {kind:<16} {cpu:>8} {wall:>8}")


if __name__ == "__main__":
    main()

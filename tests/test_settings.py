import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_check(**env):
    base = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_debug_a_missing_secret_key_stops_the_app_with_a_clear_message():
    result = run_check(DJANGO_DEBUG="false")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_runs_without_a_secret_key():
    result = run_check(DJANGO_DEBUG="true")

    assert result.returncode == 0, result.stderr


def test_a_bad_boolean_is_refused():
    result = run_check(DJANGO_DEBUG="maybe", DJANGO_SECRET_KEY="x")

    assert "DJANGO_DEBUG must be true or false" in result.stderr

"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Without Chromium on a developer machine they skip with a reason; with CI set they must run.
"""

import importlib
import os
import shutil

import pytest
from django.apps import apps as django_apps

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
HAVE_CHROMIUM = os.path.exists(CHROMIUM)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(config, items):
    if HAVE_CHROMIUM:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            f"CI is set but Chromium was not found at {CHROMIUM}: browser tests must run in CI."
        )
    skip = pytest.mark.skip(reason="Chromium not installed (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def live_url(live_server):
    return live_server.url


@pytest.fixture(autouse=True)
def _seeded_library(transactional_db):
    """Browser tests run against a live server, so their database is emptied after each
    test, the seeded library included. Seed it again with the data migration's own code
    (serialized_rollback is unreliable once Playwright's event loop runs:
    pytest-dev/pytest-django#1117)."""
    seed = importlib.import_module("exercises.migrations.0002_seed_library").seed_library
    seed(django_apps, None)


@pytest.fixture(autouse=True)
def _no_csp_violations_or_script_errors(page):
    """Every browser test also checks the page broke no CSP rule and threw no script error."""
    problems = []
    page.on(
        "console",
        lambda msg: (
            msg.type == "error"
            and ("Content Security Policy" in msg.text or "Uncaught" in msg.text)
            and problems.append(msg.text)
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield
    assert problems == []

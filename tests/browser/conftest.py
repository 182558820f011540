"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Without Chromium on a developer machine they skip with a reason; with CI set they must run.
"""

import importlib
import os
import shutil

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from playwright.sync_api import expect

from tests.browser.helpers import VIEWPORTS

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


# The exercise library's data migrations, in order: what a fresh `migrate` writes.
SEEDS = [
    ("0002_seed_library", "seed_library"),
    ("0004_more_exercises", "seed_more_exercises"),
    ("0006_library_in_german", "add_german"),
    ("0007_library_in_spanish", "add_spanish"),
]

# CI shares its two cores with the live server and Chromium: give assertions room.
expect.set_options(timeout=10_000)


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
    test, the seeded library included. Seed it again with the data migrations' own code and
    their historical models, as `migrate` does (serialized_rollback is unreliable once
    Playwright's event loop runs: pytest-dev/pytest-django#1117)."""
    state = MigrationExecutor(connection).loader.project_state()
    for module, function in SEEDS:
        getattr(importlib.import_module(f"exercises.migrations.{module}"), function)(
            state.apps, None
        )


def watch(page) -> list[str]:
    """Collect CSP violations and script errors the page reports."""
    problems: list[str] = []
    page.on(
        "console",
        lambda msg: (
            msg.type == "error"
            and ("Content Security Policy" in msg.text or "Uncaught" in msg.text)
            and problems.append(f"{page.url}: {msg.text} ({msg.location.get('url')})")
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


@pytest.fixture(autouse=True)
def _no_csp_violations_or_script_errors(request):
    """Every browser test also checks the page broke no CSP rule and threw no script error."""
    if "page" not in request.fixturenames:
        yield
        return
    problems = watch(request.getfixturevalue("page"))
    yield
    assert problems == []


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def screen(request):
    """phone or desktop (pytest-playwright already has a fixture called device)."""
    return request.param


def watched_page(browser, size: str, **context_options):
    """A page of that size in a context of its own (with any other context options, such as
    ``locale``), failing the test on CSP violations or script errors, as ``page`` does."""
    context = browser.new_context(viewport=VIEWPORTS[size], **context_options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems = watch(page)
    yield page
    context.close()
    assert problems == []


@pytest.fixture
def screen_page(browser, screen):
    """A page at a phone (375 x 812) or desktop (1280 x 800) size, watched like ``page``."""
    yield from watched_page(browser, screen)


@pytest.fixture
def phone(browser):
    """A page at the phone size (375 x 812); set_offline, the service worker and storage
    stay within its own context."""
    yield from watched_page(browser, "phone")

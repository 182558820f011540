"""Server time, queries and bytes of the history-heavy pages, for a new and a long-time user.

Usage: make bench (or .venv/bin/python scripts/benchmark.py [--runs 7] [--output FILE]).

It builds its own database: a fresh SQLite file in a temporary folder, or the database that
DATABASE_URL names (migrated, two users added). The demo_data generator gives one user 7 days
of history and another 3 years; Django's test client (signed in with force_login) then asks
for each page once to warm up and --runs times more, the two users' requests alternating.
The table shows the median and the fastest server time, the median CPU time of this process
(steadier on a busy machine), the queries of one request and the response size; the figures
go to docs/benchmark.json.

Targets, checked on this one run and printed as PASS or FAIL (exit status 1 if any fails):
the 3-year dashboard within 2x the 7-day one and within 5x the trivial page (median times);
the same query count for both users on every page but the export; the 3-year export under
1 s; the dashboard under 200 KB.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
LONG_DAYS = 3 * 365
SHORT_DAYS = 7
DASHBOARD_MAX_BYTES = 200 * 1024
EXPORT_MAX_SECONDS = 1.0


def configure(database_url: str | None) -> str:
    """Production-like settings for the test client: debug off, plain http, no collectstatic."""
    if database_url is None:
        database_url = (
            f"sqlite:///{Path(tempfile.mkdtemp(prefix='spinecare-bench-')) / 'db.sqlite3'}"
        )
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "spinecare.settings",
            "DATABASE_URL": database_url,
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "benchmark-only-not-secret"),
            "DJANGO_ALLOWED_HOSTS": "testserver",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_MANIFEST_STATIC": "false",
            "DJANGO_LOG_LEVEL": "WARNING",
        }
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return database_url


def pages(routine_pk: int, *, quiet: bool = False) -> list[tuple[str, str, dict]]:
    """(label, URL, headers) of each page measured; pages not built yet are left out."""
    from django.urls import NoReverseMatch, reverse

    wanted = [
        ("trivial (settings)", "accounts:settings", (), "", {}),
        # Lighter than the settings page (whose time-zone menu has ~400 options): for scale.
        ("light page (your data)", "data:index", (), "", {}),
        ("dashboard", "tracking:dashboard", (), "", {}),
        (
            "dashboard chart, all (htmx)",
            "tracking:dashboard",
            (),
            "?range=all",
            {"HX-Request": "true", "HX-Target": "discomfort-chart"},
        ),
        ("history", "tracking:history", (), "", {}),
        ("routine", "tracking:routine-detail", (routine_pk,), "", {}),
        ("clinician report", "data:report", (), "", {}),
        ("JSON export", "data:export-json", (), "", {}),
    ]
    found = []
    for label, name, args, query, headers in wanted:
        try:
            found.append((label, reverse(name, args=args) + query, headers))
        except NoReverseMatch:
            if not quiet:
                print(f"(skipped {label}: no URL named {name} yet)")
    return found


def measure(clients: dict, url_for: dict, headers: dict, runs: int) -> dict:
    """One page for every user. The users' runs alternate, so a busy moment on the machine
    weighs on all of them alike and their ratios stay fair."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times: dict[str, list[float]] = {key: [] for key in clients}
    cpu: dict[str, list[float]] = {key: [] for key in clients}
    results = {}
    for key, client in clients.items():
        response = client.get(url_for[key], headers=headers)  # warm-up: caches, templates
        if response.status_code != 200:
            raise SystemExit(f"{url_for[key]} answered {response.status_code} for {key}")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url_for[key], headers=headers)
        results[key] = {
            "url": url_for[key],
            "queries": len(queries),
            "bytes": len(response.content),
        }
    for _ in range(runs):
        for key, client in clients.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            client.get(url_for[key], headers=headers)
            cpu[key].append(time.process_time() - started_cpu)
            times[key].append(time.perf_counter() - started)
    for key, values in times.items():
        results[key]["median_ms"] = round(statistics.median(values) * 1000, 2)
        results[key]["min_ms"] = round(min(values) * 1000, 2)
        # This process's CPU time (SQLite included, a database server not): steadier than
        # the wall clock when other work shares the machine.
        results[key]["cpu_median_ms"] = round(statistics.median(cpu[key]) * 1000, 2)
    return results


def create_users() -> dict:
    from django.core.management import call_command

    from spinecare.accounts.models import User
    from tracking.models import Routine

    users = {}
    stamp = time.strftime("%Y%m%d%H%M%S")
    for key, days in (("7 days", SHORT_DAYS), ("3 years", LONG_DAYS)):
        prefix = f"bench-{days}d-{stamp}-"
        out = StringIO()
        started = time.perf_counter()
        call_command("demo_data", users=1, days=days, seed=1, prefix=prefix, stdout=out)
        elapsed = time.perf_counter() - started
        print(f"{key}: {out.getvalue().splitlines()[0]} ({elapsed:.2f} s with the command)")
        user = User.objects.get(email=f"{prefix}1@spinecare.local")
        routine = Routine.objects.for_user(user).active().get()
        users[key] = (user, routine, round(elapsed, 2))
    return users


def check_targets(results: dict) -> list[dict]:
    def row(label: str, user: str) -> dict | None:
        return results.get(label, {}).get(user)

    checks = []

    def check(name: str, passed: bool, detail: str) -> None:
        checks.append({"target": name, "pass": passed, "detail": detail})

    short, long = row("dashboard", "7 days"), row("dashboard", "3 years")
    trivial = row("trivial (settings)", "3 years")
    ratio = long["median_ms"] / short["median_ms"]
    check(
        "dashboard, 3 years within 2x of 7 days",
        ratio <= 2,
        f"{long['median_ms']} ms / {short['median_ms']} ms = {ratio:.2f}x",
    )
    ratio = long["median_ms"] / trivial["median_ms"]
    check(
        "dashboard, 3 years within 5x of the trivial page",
        ratio <= 5,
        f"{long['median_ms']} ms / {trivial['median_ms']} ms = {ratio:.2f}x",
    )
    for label, by_user in results.items():
        if label == "JSON export":
            continue
        a, b = by_user["7 days"]["queries"], by_user["3 years"]["queries"]
        check(f"queries of {label}: same for 7 days and 3 years", a == b, f"{a} vs {b}")
    light = row("light page (your data)", "3 years")
    if light is not None:
        ratio = long["median_ms"] / light["median_ms"]
        checks.append(
            {
                "target": "for scale, not a target: dashboard, 3 years, against the light page",
                "pass": None,
                "detail": f"{long['median_ms']} ms / {light['median_ms']} ms = {ratio:.2f}x",
            }
        )
    export = row("JSON export", "3 years")
    if export is not None:
        check(
            "JSON export of 3 years under 1 s",
            export["median_ms"] < EXPORT_MAX_SECONDS * 1000,
            f"{export['median_ms']} ms, {export['bytes'] / 1024:.0f} KB",
        )
    biggest = max(row("dashboard", user)["bytes"] for user in ("7 days", "3 years"))
    check(
        "dashboard under 200 KB",
        biggest < DASHBOARD_MAX_BYTES,
        f"{biggest / 1024:.1f} KB at most",
    )
    return checks


def machine(database_url: str) -> dict:
    import django
    from django.db import connection

    with connection.cursor():
        server = connection.get_database_version() if connection.vendor != "sqlite" else None
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    sqlite_version = None
    if connection.vendor == "sqlite":
        import sqlite3

        sqlite_version = sqlite3.sqlite_version
    return {
        "cpus": os.cpu_count(),
        "memory": memory,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "database": connection.vendor,
        "database_version": ".".join(map(str, server)) if server else sqlite_version,
        "database_url": database_url.split("@")[-1] if "@" in database_url else database_url,
        # Other work on the machine skews the times: the 1-minute load average says how much.
        "load_average": round(os.getloadavg()[0], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="timed runs per page (median)")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmark.json"))
    args = parser.parse_args()
    database_url = configure(os.environ.get("DATABASE_URL"))

    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"Migrated {database_url} in {time.perf_counter() - started:.1f} s")
    users = create_users()
    info = machine(database_url)
    print(
        f"{info['cpus']} CPUs, {info['memory']}, Python {info['python']}, "
        f"Django {info['django']}, {info['database']} {info['database_version']}; "
        f"load average {info['load_average']}; median of {args.runs} runs after a warm-up"
    )

    from django.test import Client

    clients, page_lists = {}, {}
    for key, (user, routine, _) in users.items():
        clients[key] = Client()
        clients[key].force_login(user)
        page_lists[key] = pages(routine.pk, quiet=bool(page_lists))
    results: dict[str, dict[str, dict]] = {}
    labels = [label for label, _, _ in page_lists["7 days"]]
    for index, label in enumerate(labels):
        url_for = {key: page_lists[key][index][1] for key in users}
        headers = page_lists["7 days"][index][2]
        results[label] = measure(clients, url_for, headers, args.runs)

    header = (
        f"{'page':<30} {'user':<8} {'median ms':>10} {'min ms':>8} {'CPU ms':>8} "
        f"{'queries':>8} {'KB':>8}"
    )
    print()
    print(header)
    print("-" * len(header))
    for label in labels:
        for key in users:
            r = results[label][key]
            print(
                f"{label:<30} {key:<8} {r['median_ms']:>10.1f} {r['min_ms']:>8.1f} "
                f"{r['cpu_median_ms']:>8.1f} {r['queries']:>8} {r['bytes'] / 1024:>8.1f}"
            )
    print()
    checks = check_targets(results)
    for item in checks:
        verdict = {True: "PASS", False: "FAIL", None: "INFO"}[item["pass"]]
        print(f"{verdict}  {item['target']}: {item['detail']}")

    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "generated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": info,
        "runs": args.runs,
        "demo_data_seconds": {key: seconds for key, (_, _, seconds) in users.items()},
        "results": results,
        "targets": checks,
    }
    output.write_text(json.dumps(document, indent=2) + "\n")
    print(f"\nWrote {output}")
    return 1 if any(item["pass"] is False for item in checks) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Server time, queries and bytes of the signed-in pages, for a new and two long-time users.

Usage: make bench (or .venv/bin/python scripts/benchmark.py [--runs 11] [--output FILE]).

It builds its own database: a fresh SQLite file in a temporary folder, or the database that
DATABASE_URL names (migrated, three users added). The demo_data generator gives one user 7
days of history, one 3 years and one 10 years; Django's test client (signed in with
force_login) then asks for each page once to warm up and --runs times more, the users'
requests alternating. The table shows the median and the fastest server time, the median CPU
time of this process (steadier on a busy machine: other engineers' tests share it), the
queries of one request, the response size and its size gzipped as GZipMiddleware sends it;
the figures go to docs/benchmark.json.

Targets, checked on this one run and printed as PASS or FAIL with their ratios (exit status 1
if any fails; a target whose figures are missing fails as "not measured"):
- the signed-in home (the dashboard) within 2x the light "Your data" page (CPU medians);
- every page's queries the same for 3 and 10 years, and no more for 7 days (the export
  aside, which reads everything by design);
- every page's CPU time flat in history: 10 years within 1.3x of 7 days (the export and
  the all-time chart aside);
- the home's first load (HTML and the files it loads before the content, gzipped) at most
  100 KB, a repeat load (the HTML; static files are cached for a year) at most 15 KB;
- the JSON export of 10 years under 1 s of CPU; the dashboard's HTML under 200 KB.
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
RUNS = 11
USERS = (("7 days", 7), ("3 years", 3 * 365), ("10 years", 10 * 365))
DASHBOARD_MAX_BYTES = 200 * 1024
EXPORT_MAX_SECONDS = 1.0
HOME_OVER_LIGHT_MAX = 2.0
FLAT_MAX = 1.3  # "within noise": 10 years against 7 days, CPU medians
FIRST_LOAD_MAX_BYTES = 100 * 1024
REPEAT_LOAD_MAX_BYTES = 15 * 1024
# Pages that show all of the history by design: their cost may grow with it.
GROWS_BY_DESIGN = {"JSON export", "dashboard chart, all (htmx)"}


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
        count = len(queries)  # read now: the next request resets the log
        gzipped = client.get(url_for[key], headers={**headers, "Accept-Encoding": "gzip"})
        results[key] = {
            "url": url_for[key],
            "queries": count,
            "bytes": len(response.content),
            "gzip_bytes": len(gzipped.content)
            if gzipped.get("Content-Encoding") == "gzip"
            else None,
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
    for key, days in USERS:
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


def first_load(html: str, client) -> dict:
    """Bytes of what a phone fetches before it shows the home, gzipped (WhiteNoise sends
    static files compressed): the stylesheets and the scripts of the page, and the
    JavaScript catalogue of its language (served by a view, fetched with ``client``). A
    script fetched later (Chart.js, named in data-chartjs) is not part of it."""
    import gzip
    import re

    from django.contrib.staticfiles import finders

    files = re.findall(r'<link rel="stylesheet" href="/static/([^"]+)"', html)
    files += re.findall(r'<script src="/static/([^"]+)"', html)
    sizes = {}
    for name in files:
        path = finders.find(name)
        sizes[name] = len(gzip.compress(Path(path).read_bytes())) if path else None
    for url in re.findall(r'<script src="(/jsi18n/[^"]+)"', html):
        response = client.get(url)
        sizes[url.lstrip("/")] = (
            len(gzip.compress(response.content)) if response.status_code == 200 else None
        )
    return sizes


def check_targets(results: dict, assets: dict) -> list[dict]:
    checks = []

    def check(name: str, passed, detail: str) -> None:
        checks.append({"target": name, "pass": passed, "detail": detail})

    def figure(label: str, user: str, name: str):
        return results.get(label, {}).get(user, {}).get(name)

    def ratio_check(name: str, top, bottom, limit: float, unit: str = "ms CPU") -> None:
        if not top or not bottom:
            check(name, False, "not measured")
            return
        ratio = top / bottom
        check(name, ratio <= limit, f"{top} / {bottom} {unit} = {ratio:.2f}x (at most {limit}x)")

    for user in ("7 days", "10 years"):
        ratio_check(
            f"home within {HOME_OVER_LIGHT_MAX}x of the light page (your data), {user}",
            figure("dashboard", user, "cpu_median_ms"),
            figure("light page (your data)", user, "cpu_median_ms"),
            HOME_OVER_LIGHT_MAX,
        )
    for label in results:
        counts = [figure(label, user, "queries") for user, _ in USERS]
        if None in counts:
            check(f"queries of {label}", False, "not measured")
        elif label not in GROWS_BY_DESIGN:
            week, years, decade = counts
            check(
                f"queries of {label}: flat for 7 days, 3 years, 10 years",
                week <= years == decade,
                " / ".join(map(str, counts)),
            )
    for label in results:
        if label in GROWS_BY_DESIGN:
            continue
        ratio_check(
            f"{label}: 10 years within {FLAT_MAX}x of 7 days",
            figure(label, "10 years", "cpu_median_ms"),
            figure(label, "7 days", "cpu_median_ms"),
            FLAT_MAX,
        )
    html_gzip = max((figure("dashboard", user, "gzip_bytes") or 0) for user, _ in USERS)
    if not html_gzip or not assets or None in assets.values():
        check("home's first load", False, f"not measured: {assets}")
    else:
        total = html_gzip + sum(assets.values())
        check(
            f"home's first load at most {FIRST_LOAD_MAX_BYTES // 1024} KB gzipped",
            total <= FIRST_LOAD_MAX_BYTES,
            f"{total / 1024:.1f} KB: HTML {html_gzip / 1024:.1f} KB + "
            + ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in assets.items()),
        )
        check(
            f"home's repeat load at most {REPEAT_LOAD_MAX_BYTES // 1024} KB gzipped",
            html_gzip <= REPEAT_LOAD_MAX_BYTES,
            f"{html_gzip / 1024:.1f} KB of HTML (static files are cached for a year)",
        )
    # CPU time: on a machine shared with other work the wall clock mostly measures the queue.
    export = figure("JSON export", "10 years", "cpu_median_ms")
    check(
        "JSON export of 10 years under 1 s (CPU)",
        export is not None and export < EXPORT_MAX_SECONDS * 1000,
        f"{export} ms CPU, {figure('JSON export', '10 years', 'median_ms')} ms wall (median), "
        f"{figure('JSON export', '10 years', 'min_ms')} ms wall (fastest), "
        f"{(figure('JSON export', '10 years', 'bytes') or 0) / 1024:.0f} KB"
        if export is not None
        else "not measured",
    )
    biggest = max((figure("dashboard", user, "bytes") or 0) for user, _ in USERS)
    check(
        "dashboard under 200 KB",
        0 < biggest < DASHBOARD_MAX_BYTES,
        f"{biggest / 1024:.1f} KB at most" if biggest else "not measured",
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
        f"{'queries':>8} {'KB':>8} {'gzip KB':>8}"
    )
    print()
    print(header)
    print("-" * len(header))
    for label in labels:
        for key in users:
            r = results[label][key]
            print(
                f"{label:<30} {key:<8} {r['median_ms']:>10.1f} {r['min_ms']:>8.1f} "
                f"{r['cpu_median_ms']:>8.1f} {r['queries']:>8} {r['bytes'] / 1024:>8.1f} "
                f"{(r['gzip_bytes'] or 0) / 1024:>8.1f}"
            )
    print()
    home = clients["3 years"].get(page_lists["3 years"][labels.index("dashboard")][1])
    assets = first_load(home.content.decode(), clients["3 years"])
    checks = check_targets(results, assets)
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
        "first_load_static_gzip_bytes": assets,
        "targets": checks,
    }
    output.write_text(json.dumps(document, indent=2) + "\n")
    print(f"\nWrote {output}")
    return 1 if any(item["pass"] is False for item in checks) else 0


if __name__ == "__main__":
    sys.exit(main())

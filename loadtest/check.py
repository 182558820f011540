"""After a load test: compare the sessions in the database with what the server confirmed,
count server errors, and sum up locust's figures and gunicorn's own request times.

Usage (run.sh does this): check.py OUT_DIR STARTED_AT PREFIX. OUT_DIR holds the
locustfile's results.json and gunicorn's log; the Django settings come from the
environment. Exit status 1 when a session was lost or duplicated, or the server failed, and
also when the run proves nothing: no session or check-in confirmed, a confirmed one missing
from the database, or an answer the locustfile didn't expect (a form it couldn't fill).
"""

import json
import os
import re
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# gunicorn's access log as run.sh formats it: ... "GET /path?query HTTP/1.1" 200 1234 56789
ACCESS = re.compile(r'\[([^\]]+)\] "([A-Z]+) ([^ ?"]*)(\?[^ "]*)? [^"]*" (\d{3}) \S+ (\d+)$')


def database_check(results: dict, started: datetime, prefix: str) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spinecare.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from tracking.models import CheckIn, Session

    people = {"user__email__startswith": prefix, "user__email__endswith": "@spinecare.local"}
    logged = list(
        Session.objects.filter(**people)
        .filter(created_at__gte=started)
        .values_list("user__email", "idempotency_key")
    )
    in_database = Counter((email, str(key)) for email, key in logged)
    confirmed = {(email, key) for email, keys in results["confirmed"].items() for key in keys}
    checked_in = {
        (email, date.fromisoformat(day))
        for email, days in results.get("checkins", {}).items()
        for day in days
    }
    saved_checkins = set(
        CheckIn.objects.filter(**people)
        .filter(updated_at__gte=started)
        .values_list("user__email", "date")
    )
    return {
        "sessions_confirmed": len(confirmed),
        "sessions_in_database": len(logged),
        "lost": len(confirmed - set(in_database)),  # confirmed, yet not in the database
        "unconfirmed": len(set(in_database) - confirmed),  # saved, but the answer went missing
        "duplicated": sum(count - 1 for count in in_database.values() if count > 1),
        "repeats_refused": results["totals"]["repeats_refused"],
        "repeats_duplicated": results["totals"]["repeats_duplicated"],
        "accounts": len(results["confirmed"]),
        "checkins_confirmed": len(checked_in),
        "checkins_missing": len(checked_in - saved_checkins),
    }


def verdicts(results: dict, database: dict, server: dict) -> dict[str, bool]:
    """Each check of the run, passed or not. A run that confirmed nothing fails: an empty
    test must never pass by 0 == 0."""
    db, totals = database, results["totals"]
    everything = next((row for row in results["requests"] if row["name"] == "all requests"), {})
    return {
        "sessions were logged and confirmed": db["sessions_confirmed"] > 0,
        "check-ins were saved and confirmed": db["checkins_confirmed"] > 0,
        "every answer was the one expected": totals.get("unexpected", 0) == 0,
        "no failed requests": everything.get("requests", 0) > 0
        and everything.get("failures", 1) == 0,
        "no server errors (5xx)": server["5xx"] == 0 and server["tracebacks"] == 0,
        "no lost sessions": db["lost"] == 0 and db["unconfirmed"] == 0,
        "no lost check-ins": db["checkins_missing"] == 0,
        "no duplicated sessions": db["duplicated"] == 0 and db["repeats_duplicated"] == 0,
        "every double tap refused": db["accounts"] > 0 and db["repeats_refused"] == db["accounts"],
        "database matches the confirmations": db["sessions_in_database"]
        == db["sessions_confirmed"],
    }


def route(method: str, path: str, query: str | None) -> str:
    name = re.sub(r"/\d+/", "/<id>/", path)
    return f"{method} {name}{' (range)' if query and 'range=' in query else ''}"


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(share * len(values)))]


def server_log(log: Path, steady_from: datetime | None) -> dict:
    """Status codes, tracebacks, and the time each request of the measured phase spent inside
    a gunicorn worker (without the wait in the listen queue), by route."""
    statuses, tracebacks = Counter(), 0
    times: dict[str, list[float]] = {}
    for line in log.read_text(errors="replace").splitlines():
        if line.startswith("Traceback"):
            tracebacks += 1
        match = ACCESS.search(line)
        if match:
            stamp, method, path, query, status, micros = match.groups()
            statuses[status] += 1
            at = datetime.strptime(stamp, "%d/%b/%Y:%H:%M:%S %z")
            # The log has whole seconds: a request in the second the phase began counts in,
            # but sign-ins belong to the first phase.
            measured = steady_from is None or (
                at >= steady_from.replace(microsecond=0) and path != "/accounts/login/"
            )
            if measured:
                times.setdefault(route(method, path, query), []).append(int(micros) / 1000)
    errors = sum(count for status, count in statuses.items() if status.startswith("5"))
    in_worker = {
        name: {
            "requests": len(values),
            "p50_ms": round(percentile(values, 0.5), 1),
            "p95_ms": round(percentile(values, 0.95), 1),
        }
        for name, values in sorted(times.items())
    }
    return {
        "responses": dict(sorted(statuses.items())),
        "5xx": errors,
        "tracebacks": tracebacks,
        "time_in_worker": in_worker,
    }


def main() -> int:
    out, started, prefix = Path(sys.argv[1]), datetime.fromisoformat(sys.argv[2]), sys.argv[3]
    results = json.loads((out / "results.json").read_text())
    phases = results["phases"]
    steady_from = datetime.fromisoformat(phases["steady_from"]) if "steady_from" in phases else None
    summary = {
        "database": database_check(results, started, prefix),
        "phases": results["phases"],
        "wait_seconds": results["wait_seconds"],
        "server": server_log(out / "gunicorn.log", steady_from),
        "requests": results["requests"],
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")

    columns = ("count", "fail", "p50 ms", "p95 ms", "p99 ms", "req/s")
    print(
        f"\nSign-in phase: {phases['signed_in']} signed in, {phases['sign_in_failed']} failed, "
        f"in {phases.get('sign_in', {}).get('seconds', '?')} s"
    )
    for row in phases.get("sign_in", {}).get("requests", []):
        print(
            f"  {row['method']} {row['name']:<25} {row['requests']:>5} requests, "
            f"p50 {row['p50_ms']:.0f} ms, p95 {row['p95_ms']:.0f} ms"
        )
    print(
        f"\nMeasured phase: {phases.get('steady_seconds', '?')} s, think time "
        f"{results['wait_seconds'][0]}-{results['wait_seconds'][1]} s"
    )
    print(f"{'request':<30} " + " ".join(f"{name:>7}" for name in columns))
    for row in (row for row in summary["requests"] if row["requests"]):
        print(
            f"{row['method'] + ' ' + row['name'] if row['method'] else row['name']:<30} "
            f"{row['requests']:>7} {row['failures']:>7} {row['p50_ms']:>7.0f} "
            f"{row['p95_ms']:>7.0f} {row['p99_ms']:>7.0f} {row['rps']:>7.1f}"
        )
    db, server = summary["database"], summary["server"]
    print("\nMeasured phase, time inside a gunicorn worker (no queueing), by route:")
    for name, row in server["time_in_worker"].items():
        print(
            f"  {name:<40} {row['requests']:>6} "
            f"p50 {row['p50_ms']:>7.1f} ms  p95 {row['p95_ms']:>7.1f} ms"
        )
    print(f"\nServer responses by status: {server['responses']}")
    print(
        f"Sessions: {db['sessions_confirmed']} confirmed by the server, "
        f"{db['sessions_in_database']} in the database; lost {db['lost']}, "
        f"unconfirmed {db['unconfirmed']}, duplicated {db['duplicated']}"
    )
    print(
        f"Same key posted twice: {db['repeats_refused']} refused as repeats, "
        f"{db['repeats_duplicated']} saved twice ({db['accounts']} accounts logged sessions)"
    )
    print(
        f"Check-ins: {db['checkins_confirmed']} confirmed by the server, "
        f"{db['checkins_missing']} of them missing; "
        f"{results['totals'].get('unexpected', 0)} unexpected answers"
    )
    checks = verdicts(results, db, server)
    for name, passed in checks.items():
        print(f"{'PASS' if passed else 'FAIL'}  {name}")
    print(f"\nDetails in {out}/summary.json")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

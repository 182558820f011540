"""SpineCare under load: people sign in, open the dashboard, log sessions, check in and switch
the chart's range, as the browser does (htmx headers, the CSRF token from the page).

Run through loadtest/run.sh, which seeds the accounts, starts gunicorn and checks the database
afterwards. Each simulated person signs in as an account of its own, LOAD_PREFIX1@spinecare.local,
LOAD_PREFIX2@..., up to LOAD_ACCOUNTS. The server runs with production settings behind a
pretend TLS proxy: every request says X-Forwarded-Proto: https, and posts carry the Origin a
browser would send.

Two phases. First everyone signs in through /accounts/login/ (a deliberately slow password
hash each). Once the last person is in, the statistics start afresh and everyone uses the app
for LOAD_SECONDS; then the test stops itself (run.sh also gives locust a hard time limit).
The sign-in figures are kept apart, since real people stay signed in for weeks.

Forms are read with an HTML parser (loadtest/forms.py) and posted as a browser would: every
field the page offers, with the checklist's row checkboxes ticked, whatever they are called.
A page without the form, a session form without checkboxes, or an answer that is neither
"saved" nor "already saved" counts as unexpected, and check.py then fails the run.

Each person's first session is posted twice with the same idempotency key, as a double tap
would: the second answer must say it was already saved. The keys of every session the server
confirmed, and the figures of both phases, are written to LOAD_RESULTS (JSON) when locust
quits, for run.sh to check against the database.
"""

import itertools
import json
import os
import random
import time
import uuid
from datetime import UTC, datetime
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import urlencode

import gevent
from gevent.event import Event
from locust import FastHttpUser, between, events, task

from loadtest.forms import Form, form_posting_to, replace

PREFIX = os.environ.get("LOAD_PREFIX", "load")
PASSWORD = os.environ.get("LOAD_PASSWORD", "spinecare-demo")
ACCOUNTS = int(os.environ.get("LOAD_ACCOUNTS", "50"))
RESULTS = os.environ.get("LOAD_RESULTS", "")
SECONDS = int(os.environ.get("LOAD_SECONDS", "60"))
WAIT = (float(os.environ.get("LOAD_WAIT_MIN", "1")), float(os.environ.get("LOAD_WAIT_MAX", "4")))
PROXY = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"}
RANGES = ["30", "90", "365", "all"]
LOGIN, SESSION_LOG, CHECKIN = "/accounts/login/", "/sessions/log/", "/checkin/"
FORM_POST = {"Content-Type": "application/x-www-form-urlencoded"}
# LOAD_SERVERS=2: the app servers, one person on each in turn, as a load balancer spreads
# people. They share the database, the sessions and the cache, so any of them would do.
HOSTS = itertools.cycle([host for host in os.environ.get("LOAD_HOSTS", "").split(",") if host])


class BehindTLSProxy(DefaultCookiePolicy):
    """Send the Secure cookies (session, CSRF) over plain http to 127.0.0.1: in production a
    TLS proxy stands between, and here X-Forwarded-Proto plays its part."""

    def return_ok_secure(self, cookie, request) -> bool:
        return True


account_numbers = itertools.count(1)
confirmed: dict[str, list[str]] = {}  # account -> keys of sessions the server saved
checkins: dict[str, list[str]] = {}  # account -> days whose check-in the server saved
totals = {
    "created": 0,
    "updated": 0,
    "repeats_refused": 0,
    "repeats_duplicated": 0,
    "unexpected": 0,
    "checkins_saved": 0,
}
phases: dict = {"started": time.time(), "signed_in": 0, "sign_in_failed": 0}
everyone_in = Event()


def signed_in(environment, ok: bool) -> None:
    """Count people in; after the last one, start the measured phase and its clock."""
    phases["signed_in" if ok else "sign_in_failed"] += 1
    if phases["signed_in"] + phases["sign_in_failed"] < environment.parsed_options.num_users:
        return
    stats = environment.stats
    phases["sign_in"] = {
        "seconds": round(time.time() - phases["started"], 1),
        "requests": [
            figures(name, method, e) for (name, method), e in sorted(stats.entries.items())
        ],
    }
    stats.reset_all()
    phases["steady_from"] = datetime.now(UTC).isoformat()
    phases["steady_seconds"] = SECONDS
    everyone_in.set()
    gevent.spawn_later(SECONDS, environment.runner.quit)


class Person(FastHttpUser):
    wait_time = between(*WAIT)

    def __init__(self, environment) -> None:
        self.host = next(HOSTS, None) or self.host
        super().__init__(environment)

    def on_start(self) -> None:
        number = next(account_numbers)
        if number > ACCOUNTS:
            raise RuntimeError(f"Only {ACCOUNTS} accounts were seeded; run fewer users.")
        self.email = f"{PREFIX}{number}@spinecare.local"
        self.origin = {"Origin": self.host.replace("http://", "https://", 1)}
        self.double_tapped = False
        self.client.cookiejar.set_policy(BehindTLSProxy())
        page = self.client.get(LOGIN, headers=PROXY, name="login page").text
        fields = replace(
            form_posting_to(page, LOGIN).submission(),
            {"username": self.email, "password": PASSWORD},
        )
        with self.client.post(
            LOGIN,
            data=urlencode(fields),
            headers=PROXY | self.origin | FORM_POST,
            name="log in",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            ok = response.status_code == 302 and response.headers.get("Location") == "/dashboard/"
            if not ok:
                response.failure(f"Log-in as {self.email} answered {response.status_code}")
        signed_in(self.environment, ok)
        if not ok:
            raise RuntimeError(f"Log-in failed for {self.email}")
        self.log_form: Form | None = None
        self.checkin_form: Form | None = None
        self.csrf = ""
        self.dashboard()
        everyone_in.wait()

    def read_dashboard(self, page: str) -> None:
        """The session and check-in forms, as the browser shows them."""
        self.log_form = form_posting_to(page, SESSION_LOG)
        self.checkin_form = form_posting_to(page, CHECKIN)
        self.csrf = dict(self.checkin_form.submission())["csrfmiddlewaretoken"]

    def htmx(self, target: str) -> dict:
        return (
            PROXY
            | self.origin
            | {
                "HX-Request": "true",
                "HX-Target": target,
                "X-CSRFToken": self.csrf,
            }
        )

    @task(4)
    def dashboard(self) -> None:
        with self.client.get(
            "/dashboard/", headers=PROXY, name="dashboard", catch_response=True
        ) as response:
            try:
                self.read_dashboard(response.text)
            except (LookupError, KeyError) as problem:
                totals["unexpected"] += 1
                response.failure(f"The dashboard lacks a form: {problem!r}")

    @task(3)
    def chart_range(self) -> None:
        self.client.get(
            f"/dashboard/?range={random.choice(RANGES)}",
            headers=self.htmx("discomfort-chart"),
            name="dashboard chart (htmx)",
        )

    @task(2)
    def log_session(self) -> None:
        """Tick most of the checklist's rows (at least one) and save, as a person would; a
        fresh idempotency key, as the page the last save swapped in would carry."""
        rows = self.log_form.checkboxes() if self.log_form else []
        if not rows:
            totals["unexpected"] += 1
            return
        ticked = [row for row in rows if random.random() < 0.9] or rows[:1]
        key = str(uuid.uuid4())
        fields = replace(
            self.log_form.submission(tick=ticked),
            {"key": key, "duration_minutes": str(random.randint(8, 20))},
        )
        data = urlencode(fields)
        self.post_session(data, key, "log session")
        if not self.double_tapped:
            self.double_tapped = True
            self.post_session(data, key, "log session (same key again)")

    def post_session(self, data: str, key: str, name: str) -> None:
        with self.client.post(
            SESSION_LOG,
            data=data,
            headers=self.htmx("log-card") | FORM_POST,
            name=name,
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif "Saved:" in response.text:
                if key in confirmed.get(self.email, []):
                    totals["repeats_duplicated"] += 1
                    response.failure("The same key was saved twice")
                else:
                    confirmed.setdefault(self.email, []).append(key)
                    totals["created"] += 1
            elif "already saved" in response.text:
                totals["repeats_refused"] += 1
            elif "Session updated:" in response.text:
                # A second save of the day's checklist updates the day's session (the
                # daily loop): nothing new to confirm, and nothing lost.
                totals["updated"] += 1
            else:
                totals["unexpected"] += 1
                response.failure("Neither saved nor refused as a repeat")

    @task(1)
    def check_in(self) -> None:
        """Pick a level on the scale and save the card as the page shows it."""
        if self.checkin_form is None:
            totals["unexpected"] += 1
            return
        pairs = self.checkin_form.submission(choose={"discomfort": str(random.randint(0, 5))})
        day = dict(pairs).get("date", "")
        with self.client.post(
            CHECKIN,
            data=urlencode(pairs),
            headers=self.htmx("checkin-card") | FORM_POST,
            name="check in",
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif "Check-in saved." in response.text or "Check-in updated." in response.text:
                totals["checkins_saved"] += 1
                checkins.setdefault(self.email, []).append(day)
            else:
                totals["unexpected"] += 1
                response.failure("The check-in was neither saved nor updated")


def figures(name: str, method: str, entry) -> dict:
    return {
        "name": name,
        "method": method,
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "p50_ms": entry.get_response_time_percentile(0.5),
        "p95_ms": entry.get_response_time_percentile(0.95),
        "p99_ms": entry.get_response_time_percentile(0.99),
        "rps": round(entry.total_rps, 1),
    }


@events.init.add_listener
def on_init(environment, **_kwargs) -> None:
    @environment.events.quit.add_listener
    def write_results(**_kwargs) -> None:
        """After the last request has finished: the keys the server confirmed, and the
        figures per request name (locust's CSV may be written a moment before the end)."""
        if not RESULTS:
            return
        stats = environment.stats
        requests = [
            figures(name, method, entry) for (name, method), entry in sorted(stats.entries.items())
        ]
        requests.append(figures("all requests", "", stats.total))
        document = {
            "totals": totals,
            "confirmed": confirmed,
            "checkins": checkins,
            "phases": {k: v for k, v in phases.items() if k != "started"},
            "wait_seconds": WAIT,
            "requests": requests,
        }
        with open(RESULTS, "w") as file:
            json.dump(document, file)

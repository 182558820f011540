#!/usr/bin/env bash
# Lighthouse 12 (npm's lighthouse@12.2.3, pinned in package-lock.json; 13 needs Node 22) in
# its default mobile mode (simulated slow 4G, 4x CPU slowdown) against the signed-in home of a
# user with 3 years of history, served by gunicorn with debug off and hashed, compressed
# static files, as in production. Prints PASS or FAIL per target (exit status 1 if any fails):
# performance at least 0.95, accessibility 1.00, Total Blocking Time under 200 ms.
# Usage: make lighthouse, or scripts/lighthouse.sh. The report goes to LH_OUT (a temp folder).
# A fresh SQLite database in that folder; Chromium from CHROME_PATH (default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
OUT=${LH_OUT:-$(mktemp -d /tmp/spinecare-lighthouse.XXXXXX)}
mkdir -p "$OUT"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export DATABASE_URL="sqlite:///$OUT/db.sqlite3"
export DJANGO_DEBUG=false
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-lighthouse-only-not-secret}
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_SECURE_SSL_REDIRECT=false
export DJANGO_HSTS_SECONDS=0
export DJANGO_LOG_LEVEL=WARNING

[ -x node_modules/.bin/lighthouse ] || npm ci --no-audit --no-fund --loglevel=error
$PY manage.py migrate --noinput -v0
$PY manage.py collectstatic --noinput -v0
$PY manage.py demo_data --users 1 --days 1095 --seed 1 --prefix lighthouse
# Signed in as Lighthouse's browser would be after logging in: a session made here, sent as
# its cookie (Lighthouse keeps no cookies between its own page loads).
SESSION=$($PY manage.py shell --no-imports -c '
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from spinecare.accounts.models import User
user = User.objects.get(email="lighthouse1@spinecare.local")
store = import_module(settings.SESSION_ENGINE).SessionStore()
store[SESSION_KEY], store[BACKEND_SESSION_KEY] = str(user.pk), settings.AUTHENTICATION_BACKENDS[-1]
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.save()
print(store.session_key)')

PORT=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.venv/bin/gunicorn spinecare.wsgi --workers 2 --bind "127.0.0.1:$PORT" >"$OUT/gunicorn.log" 2>&1 &
GUNICORN=$!
trap 'kill -TERM $GUNICORN 2>/dev/null; wait $GUNICORN 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  $PY -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/healthz', timeout=1)" 2>/dev/null && break
  sleep 0.5
done

echo "== Lighthouse $(node_modules/.bin/lighthouse --version), mobile, http://127.0.0.1:$PORT/dashboard/"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
node_modules/.bin/lighthouse "http://127.0.0.1:$PORT/dashboard/" --quiet \
  --only-categories=performance,accessibility --output=json --output-path="$OUT/report.json" \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
  --extra-headers="{\"Cookie\": \"sessionid=$SESSION\"}"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
$PY - "$OUT/report.json" <<'PYTHON'
import json
import sys

report = json.load(open(sys.argv[1]))
final = report["finalDisplayedUrl"]
performance = report["categories"]["performance"]["score"]
accessibility = report["categories"]["accessibility"]["score"]
audits = report["audits"]
tbt = audits["total-blocking-time"]["numericValue"]
print(f"Page: {final}")
for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
            "cumulative-layout-shift", "speed-index", "total-byte-weight"):
    print(f"  {audits[key]['title']}: {audits[key]['displayValue']}")
checks = [
    ("the signed-in home, not the log-in page", final.endswith("/dashboard/"), final),
    ("performance at least 0.95", performance is not None and performance >= 0.95, performance),
    ("accessibility 1.00", accessibility == 1, accessibility),
    ("Total Blocking Time under 200 ms", tbt < 200, f"{tbt:.0f} ms"),
]
for name, passed, detail in checks:
    print(f"{'PASS' if passed else 'FAIL'}  {name}: {detail}")
sys.exit(0 if all(passed for _, passed, _ in checks) else 1)
PYTHON
echo "Report: $OUT/report.json"

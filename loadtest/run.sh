#!/usr/bin/env bash
# SpineCare load test, on this machine only (127.0.0.1), bounded in time:
#   1. installs locust (requirements-load.txt) into .venv, beside the app's requirements
#      (gunicorn comes with requirements.txt; `make loadtest` installs those first);
#   2. drops and creates the PostgreSQL database spinecare_load, migrates it, seeds
#      LOAD_USERS accounts with LOAD_DAYS days of demo history each, runs ANALYZE (planner
#      statistics for the fresh tables; autovacuum may be off or late) and collectstatic;
#   3. starts LOAD_SERVERS gunicorn instances (1 by default; 2 workers each) on free ports of
#      127.0.0.1, with production settings behind a pretend TLS proxy (DJANGO_BEHIND_PROXY;
#      locust sends X-Forwarded-Proto). They share the database and the Redis that LOAD_REDIS
#      names (the cache: rate limits, sessions read through it, streak badges), as app
#      servers behind a load balancer do; the simulated people are spread across them;
#   4. runs locust headless (loadtest/locustfile.py): LOAD_USERS people sign in, then use the
#      app for LOAD_SECONDS (think time LOAD_WAIT_MIN to LOAD_WAIT_MAX seconds);
#   5. stops gunicorn and checks the database against what the server confirmed
#      (loadtest/check.py): no lost or duplicated sessions, no server errors.
# Usage: make loadtest, or loadtest/run.sh. Results go to LOAD_OUT (a new temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${LOAD_USERS:-50}
MEASURE_SECONDS=${LOAD_SECONDS:-60}
DAYS=${LOAD_DAYS:-365}
SPAWN_RATE=${LOAD_SPAWN_RATE:-5}
WORKERS=${LOAD_WORKERS:-2}
SERVERS=${LOAD_SERVERS:-1}
REDIS=${LOAD_REDIS:-redis://127.0.0.1:6379/14}
SERVER=${LOAD_PG:-postgres://postgres@127.0.0.1:5432}
DB=${LOAD_DB:-spinecare_load}
PREFIX=load
OUT=${LOAD_OUT:-$(mktemp -d /tmp/spinecare-load.XXXXXX)}
PY=.venv/bin/python

case "$DB" in
  spinecare_load*) ;;
  *) if [ "${LOAD_DROP_OK:-}" != "$DB" ]; then
       echo "LOAD_DB must start with spinecare_load (or LOAD_DROP_OK=$DB): this script drops it." >&2
       exit 2
     fi ;;
esac
case "$REDIS" in
  redis://127.0.0.1:*|redis://localhost:*) ;;
  *) echo "LOAD_REDIS must be a Redis on this machine (127.0.0.1)." >&2; exit 2 ;;
esac
case "$SERVER" in
  postgres://*@127.0.0.1:*|postgres://*@localhost:*) ;;
  *) echo "LOAD_PG must be a server on this machine (127.0.0.1)." >&2; exit 2 ;;
esac
mkdir -p "$OUT"

echo "== Installing locust (requirements-load.txt)"
$PY -m pip install --quiet --disable-pip-version-check -r requirements-load.txt

echo "== Fresh database $DB"
psql "$SERVER/postgres" -v ON_ERROR_STOP=1 -q \
  -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

export DATABASE_URL="$SERVER/$DB"
export DJANGO_DEBUG=false
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-load-test-only-not-secret}
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_BEHIND_PROXY=true
export DATABASE_CONN_MAX_AGE=60
export DJANGO_LOG_LEVEL=WARNING
export REDIS_URL=$REDIS
# Every simulated person signs in from 127.0.0.1: lift the per-IP log-in limit for them.
export RATE_LIMIT_LOG_IN=${RATE_LIMIT_LOG_IN:-1000/m}

$PY manage.py migrate --noinput -v0
echo "== Seeding $USERS accounts with $DAYS days each"
$PY manage.py demo_data --users "$USERS" --days "$DAYS" --seed 1 --prefix "$PREFIX"
# Without statistics the planner guesses, and the per-item suggestion query reads thousands
# of rows instead of using its index (35 ms against 0.7 ms in the probe's run).
echo "== ANALYZE"
psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -c "ANALYZE"
$PY manage.py collectstatic --noinput -v0

free_port() {
  $PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
PIDS=()
HOSTS=()
stop_server() {
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      wait "$pid" || true
    fi
  done
}
trap stop_server EXIT
for n in $(seq "$SERVERS"); do
  PORT=$(free_port)
  echo "== gunicorn $n of $SERVERS, $WORKERS workers, on 127.0.0.1:$PORT"
  # All servers log to one file, which check.py reads: one line per request.
  .venv/bin/gunicorn spinecare.wsgi --workers "$WORKERS" --bind "127.0.0.1:$PORT" \
    --access-logfile - --error-logfile - --logger-class spinecare.logs.AccessLogger \
    --access-logformat '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(D)s' >>"$OUT/gunicorn.log" 2>&1 &
  PIDS+=($!)
  HOSTS+=("http://127.0.0.1:$PORT")
  for _ in $(seq 60); do
    if $PY -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/healthz', timeout=1)" 2>/dev/null; then
      break
    fi
    sleep 0.5
  done
done
LOAD_HOSTS=$(IFS=,; echo "${HOSTS[*]}")

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
STARTED=$($PY -c 'from datetime import datetime, timezone; print(datetime.now(timezone.utc).isoformat())')
echo "== locust: $USERS users (spawn $SPAWN_RATE/s) sign in, then ${MEASURE_SECONDS} s measured"
status=0
# The locustfile stops itself after the measured phase; --run-time and timeout are backstops.
# PYTHONPATH: the locustfile imports loadtest.forms from this folder.
PYTHONPATH=. LOAD_HOSTS=$LOAD_HOSTS LOAD_PREFIX=$PREFIX LOAD_ACCOUNTS=$USERS LOAD_RESULTS="$OUT/results.json" \
  LOAD_SECONDS=$MEASURE_SECONDS \
  timeout $((MEASURE_SECONDS + 300)) .venv/bin/locust -f loadtest/locustfile.py --headless \
  --only-summary --host "${HOSTS[0]}" --users "$USERS" --spawn-rate "$SPAWN_RATE" \
  --run-time "$((MEASURE_SECONDS + 240))s" --stop-timeout 10 \
  >"$OUT/locust.log" 2>&1 || status=$?
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
tail -n 40 "$OUT/locust.log"
stop_server

echo "== Checking the database"
$PY loadtest/check.py "$OUT" "$STARTED" "$PREFIX" || status=$?
echo "Servers: $SERVERS ($LOAD_HOSTS), $WORKERS workers each, cache $REDIS"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $($PY --version);" \
  "Django $($PY -c 'import django; print(django.get_version())'); locust exit status $status"
exit "$status"

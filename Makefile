# SpineCare set-up. The two commands the README gives:
#   make run    install everything, migrate, serve http://127.0.0.1:8000 (SQLite)
#   make test   install everything (Chromium too), check, run the whole suite
#   make messages  update the translation catalogues (locale/*/LC_MESSAGES/*.po) to translate
# and, for performance (docs/performance.md):
#   make bench     page timings and query counts, 7 days against 3 years of history
#   make loadtest  50 people for 60 s against gunicorn and PostgreSQL on 127.0.0.1
#                  (LOAD_SERVERS=2: two gunicorns sharing PostgreSQL and Redis)
#   make lighthouse  Lighthouse 12, mobile, on the signed-in home of a 3-year user
# PYTHON=/path/to/python3.12 picks the interpreter; DATABASE_URL picks the database.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
VENDOR := static/vendor
PORT ?= 8000

.PHONY: run test install format clean screenshots bench loadtest lighthouse messages

$(PY):
	@py=$$(scripts/find-python.sh) && echo "Using $$py" && $$py -m venv $(VENV)

# Reinstall only when a requirements file changes.
$(VENV)/.installed: $(PY) requirements.txt requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# Front-end files from npm (pinned in package-lock.json), copied into our static files.
$(VENDOR)/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)
	cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/css/bootstrap.min.css.map \
	   node_modules/chart.js/dist/chart.umd.min.js node_modules/chart.js/dist/chart.umd.min.js.map $(VENDOR)/
	@touch $@

# The compiled catalogues (.mo) are built here, never committed; unchanged ones are skipped.
install: $(VENV)/.installed $(VENDOR)/.installed
	@scripts/ensure-gettext.sh
	$(PY) scripts/translations.py compile

# The task worker (it sends password-reset mail and reminders) runs beside the dev server and stops with
# it; without --no-reload its code reloader would leave a child behind. Restart `make run`
# after changing a task.
run: install
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(PY) manage.py demo_data --ensure-demo
	export DJANGO_DEBUG=$${DJANGO_DEBUG:-true}; \
	$(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install
	@scripts/ensure-chromium.sh
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DJANGO_DEBUG=true $(PY) manage.py makemigrations --check --dry-run
	$(PY) scripts/translations.py check
	$(PY) -m pytest $(PYTEST_ARGS)

# The catalogues for translators: every language but the source, updated in place (README,
# "Languages"). `make test` fails until each one is complete.
messages: $(VENV)/.installed
	@scripts/ensure-gettext.sh
	$(PY) scripts/translations.py update

format: $(VENV)/.installed
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

clean:
	rm -rf $(VENV) node_modules $(VENDOR) staticfiles

# Regenerate docs/screenshots/ (the README's images) from the browser journeys.
screenshots: install
	@scripts/ensure-chromium.sh
	rm -f docs/screenshots/*.png
	SPINECARE_SCREENSHOTS=docs/screenshots $(PY) -m pytest -q tests/browser/test_journeys.py \
	  tests/browser/test_daily_loop.py tests/browser/test_guided.py tests/browser/test_reminders.py \
	  tests/browser/test_languages.py

# Server time, queries and size of the history pages; writes docs/benchmark.json.
bench: install
	$(PY) scripts/benchmark.py

# Locust against gunicorn on a fresh PostgreSQL database (LOAD_USERS, LOAD_SECONDS, LOAD_PG,
# LOAD_SERVERS, LOAD_REDIS).
loadtest: install
	loadtest/run.sh

# Lighthouse 12 (mobile) against gunicorn, debug off, a 3-year demo user; PASS/FAIL per target.
lighthouse: install
	scripts/lighthouse.sh

# Production: does `manage.py check --deploy` pass with a production environment? The values
# here are examples (a throwaway secret key); the README's "Production" section has the rest.
.PHONY: prod-check
prod-check: $(VENV)/.installed
	DJANGO_DEBUG=false DJANGO_ALLOWED_HOSTS=spinecare.example.com REDIS_URL=redis://127.0.0.1:6379/0 \
	  DJANGO_SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	  $(PY) manage.py check --deploy --fail-level WARNING

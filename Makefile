# SpineCare set-up. The two commands the README gives:
#   make run    install everything, migrate, serve http://127.0.0.1:8000 (SQLite)
#   make test   install everything (Chromium too), check, run the whole suite
# PYTHON=/path/to/python3.12 picks the interpreter; DATABASE_URL picks the database.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
VENDOR := static/vendor

.PHONY: run test install format clean screenshots

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
	   node_modules/bootstrap/dist/js/bootstrap.bundle.min.js node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map \
	   node_modules/chart.js/dist/chart.umd.min.js node_modules/chart.js/dist/chart.umd.min.js.map $(VENDOR)/
	@touch $@

install: $(VENV)/.installed $(VENDOR)/.installed

run: install
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(PY) manage.py runserver 127.0.0.1:8000

test: install
	@scripts/ensure-chromium.sh
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DJANGO_DEBUG=true $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

format: $(VENV)/.installed
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

clean:
	rm -rf $(VENV) node_modules $(VENDOR) staticfiles

# Regenerate docs/screenshots/ (README images) against a throwaway server.
screenshots: install
	@scripts/ensure-chromium.sh
	DJANGO_DEBUG=true $(PY) manage.py migrate --noinput -v0
	DJANGO_DEBUG=true $(PY) manage.py runserver 127.0.0.1:8765 --noreload >/dev/null 2>&1 & \
	  pid=$$!; trap "kill $$pid" EXIT; sleep 3; $(PY) scripts/screenshots.py

# Praça: developer commands. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# The second version combination (Python 3.12, Django 6.0, Wagtail 7.4 LTS), for `make test-alt`.
ALT_PYTHON ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3.12) python3.12)
ALT_VENV := .venv-alt
ALT_STAMP := $(ALT_VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help install run test test-alt test-plugin test-e2e lint format messages bench clean

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create or update the virtualenv in .venv

run: $(STAMP) ## Migrate, load the demo (idempotent) and serve http://$(HOST):$(PORT) on SQLite
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP) ## Run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

$(ALT_STAMP): pyproject.toml .ci/constraints-alt.txt
	@test -x $(ALT_VENV)/bin/python || $(ALT_PYTHON) -m venv $(ALT_VENV)
	$(ALT_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(ALT_VENV)/bin/python -m pip install --quiet -c .ci/constraints-alt.txt -e ".[dev]"
	@touch $(ALT_STAMP)

test-alt: $(ALT_STAMP) ## Run the suite on the second combination (Python 3.12, Django 6.0, Wagtail 7.4)
	$(ALT_VENV)/bin/python -c "import django, wagtail, sys; print('Python', sys.version.split()[0], '- Django', django.get_version(), '- Wagtail', wagtail.__version__)"
	$(ALT_VENV)/bin/python -m pytest $(PYTEST_ARGS)

test-plugin: $(STAMP) ## Install the wheel into fresh `wagtail start` sites (full, catalog alone, consultations alone) and try them over HTTP
	$(BIN)/python .ci/plugin_test.py

test-e2e: $(STAMP) ## Run only the browser journeys (headless Chromium at /usr/bin/chromium)
	$(BIN)/python -m pytest tests/e2e $(PYTEST_ARGS)

lint: $(STAMP) ## ruff check and format check, Django checks, missing migrations, message catalogs
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python .ci/check_messages.py

format: $(STAMP) ## Format and fix the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: $(STAMP) ## Extract strings, copy English msgids into the en catalogs, compile every catalog
	$(BIN)/python manage.py makemessages -l pt_BR -l en --no-obsolete --ignore='.venv*' --ignore=tests --ignore=bench
	$(BIN)/python .ci/check_messages.py --fill-english
	$(BIN)/python manage.py compilemessages --ignore='.venv*'

bench: $(STAMP) ## Run the benchmarks in bench/ (PostgreSQL at 127.0.0.1:5432; about 25 minutes)
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/intake.py
	$(BIN)/python bench/admin_queue.py
	$(BIN)/python bench/reports.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/relevance.py

clean: ## Remove the virtualenv, the SQLite database and test artefacts
	rm -rf $(VENV) $(ALT_VENV) db.sqlite3 .test-media .test-media-private media static

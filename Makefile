# Samen: the two commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONDONTWRITEBYTECODE := 1
# this checkout's code first (the .pth of a shared .venv may name another checkout)
export PYTHONPATH := $(CURDIR):$(CURDIR)/rasa

.PHONY: help setup venv spacy vendor browsers model train run test lint format validate bench clean purge erase staff-user

help:
	@echo "make run    set up what is missing, train if needed, start the bot (web chat on :8080)"
	@echo "make test   set up what is missing and run lint and the whole test suite"
	@echo "make train  retrain now (make run/test train only when data/config/domain changed)"
	@echo "make purge  delete conversations past the retention limit (DAYS=N, DRY_RUN=1)"
	@echo "make erase REF=SAM-XXXX-XXXX  erase one conversation by its reference number"
	@echo "make staff-user NAME=ana ROLE=admin  create a staff account (asks the password; ROLE reviewer|admin)"

setup: venv spacy vendor browsers

venv:
	@bash launcher/make_venv.sh $(VENV)

SPACY_HASH = $(shell cat rasa/samen_rasa/spacy_pipeline/*.py | sha256sum | cut -c1-16)
spacy: venv
	@[ -f $(VENV)/.nl_samen-$(SPACY_HASH) ] || { mkdir -p var/log; \
		if $(PY) -m samen_rasa.spacy_pipeline.build --install >var/log/spacy-build.log 2>&1; \
		then echo "setup: $$(tail -n1 var/log/spacy-build.log)"; \
		else echo "error: building the spaCy pipeline failed; see var/log/spacy-build.log" >&2; exit 1; fi; \
		rm -f $(VENV)/.nl_samen-*; touch $(VENV)/.nl_samen-$(SPACY_HASH); }

vendor:
	@bash launcher/vendor_assets.sh

# Debian's chromium and axe-core for the browser tests (tests skip, naming what to install, without them)
browsers:
	@bash launcher/browser_setup.sh

model: setup
	@$(PY) -m launcher.train

train: setup
	@$(PY) -m launcher.train --force

validate: setup
	@$(VENV)/bin/rasa data validate --fail-on-warnings

run: model
	@$(PY) -m launcher

lint: venv
	@$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

format: venv
	@$(VENV)/bin/ruff check --fix . && $(VENV)/bin/ruff format .

# the suite trains a missing model itself, beside the tests that do not need it (tests/conftest.py)
test: lint setup
	@$(PY) -m pytest

# retention: delete conversations past SAMEN_RETENTION_DAYS (default 365); DAYS=N, DRY_RUN=1
purge: venv
	@$(PY) -m privacy purge $(if $(DAYS),--days $(DAYS)) $(if $(DRY_RUN),--dry-run)

# erasure by reference number: make erase REF=SAM-XXXX-XXXX
erase: venv
	@$(PY) -m privacy erase "$(REF)"

# a staff account for http://localhost:8080/staff/ (asks the password twice)
STAFF_NAME = $(or $(NAME),$(if $(filter command line,$(origin USER)),$(USER)))
staff-user: venv
	@[ -n "$(STAFF_NAME)" ] || { echo "error: give the account's name: make staff-user NAME=ana ROLE=admin" >&2; exit 1; }
	@$(PY) -c "from privacy.reference import ensure_key_file; ensure_key_file()"
	@$(PY) -m staff migrate --noinput >/dev/null
	@$(PY) -m staff createstaff "$(STAFF_NAME)" --role $(or $(ROLE),reviewer)

bench: model
	@$(PY) bench/nlu.py

clean:
	rm -rf models var .pytest_cache

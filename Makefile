# Two commands on a fresh machine with Python 3.11+ and make:
#   make run   - set up, then run the main job once on the embedded defaults (nothing is sent)
#   make test  - the whole test suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint bench clean-state system-deps

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/foibot init .
	$(BIN)/foibot run --once

# Dovecot (real IMAP) and Chromium (the report's offline rendering test): installed when missing
# and we can (root + apt); otherwise the tests that need them fail and say what to install.
system-deps:
	@need=""; command -v dovecot >/dev/null 2>&1 || need="$$need dovecot-imapd"; \
	command -v chromium >/dev/null 2>&1 || need="$$need chromium"; \
	if [ -n "$$need" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need >/dev/null; \
	  else echo "note: install$$need (apt-get) for the real-server and browser tests"; fi; fi

test: $(STAMP) system-deps
	$(BIN)/pytest -q -p no:cacheprovider

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not slow" -x

lint: $(STAMP)
	$(BIN)/ruff check foibot tests bench

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean-state:
	rm -rf state/foibot.db* state/outbox state/mail state/maildir state/logs state/holidays

# Home Team Guide: `make demo` runs the service with demo data; `make test` runs the tests.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install demo test lint browsers servers clean

install: $(STAMP)
	@# our modules' bytecode, written once: this machine sets PYTHONDONTWRITEBYTECODE, so every process compiled
	@# them from source again (0.13 s of each cold command); stale files are recompiled, unchanged ones skipped
	$(PY) -m compileall -q guide redaction
	@# the installation's cache (the model's ONNX export, the parsed knowledge base, the compiled patterns), read by
	@# every new data folder until it has its own; returns at once when the code and knowledge are unchanged
	$(VENV)/bin/guide prepare

# torch is installed first and pinned: a loose torch requirement pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet "torch==2.13.0"
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install
	$(VENV)/bin/guide demo load
	@echo ""
	@echo "Home Team Guide is starting on http://$(HOST):$(PORT)  (offline composer, embedded Chroma, SQLite in ./var)"
	@echo "API docs: http://$(HOST):$(PORT)/docs"
	@echo "Sign in at http://$(HOST):$(PORT)/login as elena (caregiver), nurse.lindqvist (clinician), rosa, admin or evaluator;"
	@echo "every demo password is home-team-demo-2026 (see the README)."
	GUIDE_DEV_AUTH=true $(VENV)/bin/guide serve --host $(HOST) --port $(PORT)

# Browser tests drive Debian's Chromium (a test tool's own browser download cannot work offline).
browsers:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver)
	npm ci --no-audit --no-fund --silent  # axe-core (package.json) for the accessibility checks in tests/browser

# The store tests run against a real PostgreSQL (a throwaway cluster the tests start) besides SQLite: Debian's server.
servers:
	@command -v pg_ctl >/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql)

test: install browsers servers
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check guide redaction evals tests devservers benchmarks
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) var .pytest_cache

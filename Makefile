# Two commands matter: `make demo` and `make test`. Both build the virtual environment on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DIR := out/demo

.PHONY: install demo test lint typecheck unit bench clean system-deps

# Debian packages some tests need (PostgreSQL server, Chromium): each fragment adds its target to SYSTEM_DEPS.
SYSTEM_DEPS :=
include $(wildcard mk/*.mk)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	SITREP_DATA_DIR=$(DEMO_DIR) $(BIN)/sitrep ingest src/sitrep/examples/*.txt src/sitrep/examples/*.md
	SITREP_DATA_DIR=$(DEMO_DIR) $(BIN)/sitrep events
	SITREP_DATA_DIR=$(DEMO_DIR) $(BIN)/sitrep show 1

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: install
	$(BIN)/mypy

system-deps: $(SYSTEM_DEPS)

unit: install system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

test: lint typecheck unit

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) out build dist src/*.egg-info

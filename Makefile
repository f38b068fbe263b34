# Every target bootstraps .venv from pyproject.toml when it is missing or stale,
# then calls the generator. The build logic lives in python -m generator, not here.
# The interpreter the virtual environment is made from: the distribution's /usr/bin/python3 when it is
# 3.11 or newer and can make a venv with pip (Debian's is built with PGO and LTO, and the site builds about
# 10 % faster with it than with a default pyenv build: README, "Speed, measured"), else python3 on PATH.
# `make PYTHON=...` chooses another. It matters only when .venv is created.
PYTHON ?= $(or $(shell for p in /usr/bin/python3 python3; do $$p -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done),python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test serve clean eval bench golden lint check

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

build: $(STAMP)
	$(PY) -m generator build

test: $(STAMP)
	$(PY) -m pytest -q

serve: build
	$(PY) -m mkdocs serve

eval: $(STAMP)
	$(PY) -m eval

bench: $(STAMP)
	$(PY) -m bench

golden: $(STAMP)
	$(PY) -m tests.golden --update

lint: $(STAMP)
	$(PY) -m ruff check generator eval tests
	$(PY) -m mypy

check: lint test

clean:
	rm -rf site site_src .cache .build .pytest_cache .mypy_cache .ruff_cache

# The two commands of the README. Both set up .venv on a fresh machine first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-fast bench clean-outputs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

## run: install, then extract corpus/ into outputs/
run: $(VENV)/.installed
	$(BIN)/newsfacts run corpus/ --out outputs/

## test: install with the test extras, then run the whole suite, one pytest-xdist worker per core
## (--dist loadfile: a test file runs on one worker, so its module-scoped fixtures are built once)
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -n auto --dist loadfile

## test-fast: the suite without the slow end-to-end runs (marker `slow`), while iterating
test-fast: $(VENV)/.installed-test
	$(BIN)/python -m pytest -n auto --dist loadfile -m "not slow"

## bench: the throughput and memory benchmark (needs ../shared/data)
bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py

clean-outputs:
	find outputs -mindepth 1 ! -name .gitkeep -delete

# The two commands of the README:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench

setup: $(STAMP)

# constraints.txt pins every transitive dependency (Airflow's upstream constraints are not reachable here).
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "feedlake needs Python 3.11"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/python -m dedup.warm  # compile the numba kernels once, into dedup/__pycache__
	touch $(STAMP)

demo: setup
	$(BIN)/feedlake demo

test: setup lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy records feedlake ingest dedup storage dags

bench: setup
	$(BIN)/python -m bench.banding
	$(BIN)/python -m bench.extract_eval

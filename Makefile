# Two commands for a fresh machine (Python 3.11 + pip + the package registries):
#   make demo   set up .venv, ingest, code and merge the sample corpus into ./demo.duckdb, summarise and export it
#   make test   set up .venv and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb

.PHONY: setup demo test bench clean

$(BIN)/sahelwatch: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

setup: $(BIN)/sahelwatch

demo: setup
	$(BIN)/sahelwatch --db $(DB) run examples/corpus/
	$(BIN)/sahelwatch --db $(DB) status
	$(BIN)/sahelwatch --db $(DB) export --table articles --format csv --output demo-articles.csv
	$(BIN)/sahelwatch --db $(DB) export --table reports --format csv --output demo-reports.csv
	$(BIN)/sahelwatch --db $(DB) export --table events --format csv --output demo-events.csv
	$(BIN)/sahelwatch --db $(DB) export --table claims --format jsonl --output demo-claims.jsonl
	@echo "Articles in demo-articles.csv, event reports in demo-reports.csv, merged events (ACLED columns) in demo-events.csv,"
	@echo "statistics, quotes and warnings in demo-claims.jsonl; the store is $(DB)."

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) demo.duckdb demo-articles.csv demo-reports.csv demo-events.csv demo-claims.jsonl build src/*.egg-info

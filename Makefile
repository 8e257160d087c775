# Two commands for a fresh machine (Python 3.11 + pip + the package registries):
#   make demo   set up .venv, ingest, code and merge the sample corpus into ./demo.duckdb, summarise and export it
#   make test   set up .venv and run the test suite
# The dashboard's scripts and map outlines come from the npm registry at set-up (web/package-lock.json);
# nothing is fetched from a CDN when it runs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb
PORT ?= 8765
VENDOR := src/sahelwatch/serve/web/vendor/manifest.json

.PHONY: setup demo test serve bench clean

$(BIN)/sahelwatch: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

$(VENDOR): web/package.json web/package-lock.json src/sahelwatch/serve/assets.py $(BIN)/sahelwatch
	@if command -v npm >/dev/null 2>&1; then \
		cd web && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && cd .. && \
		$(BIN)/python -m sahelwatch.serve.assets web/node_modules; \
	else echo "npm not found: the API works, the dashboard needs its scripts (install Node.js and npm, then make setup)" >&2; fi

setup: $(BIN)/sahelwatch $(VENDOR)

demo: setup
	$(BIN)/sahelwatch --db $(DB) run examples/corpus/
	$(BIN)/sahelwatch --db $(DB) status
	$(BIN)/sahelwatch --db $(DB) export --table articles --format csv --output demo-articles.csv
	$(BIN)/sahelwatch --db $(DB) export --table reports --format csv --output demo-reports.csv
	$(BIN)/sahelwatch --db $(DB) export --table events --format csv --output demo-events.csv
	$(BIN)/sahelwatch --db $(DB) export --table claims --format jsonl --output demo-claims.jsonl
	@echo "Articles in demo-articles.csv, event reports in demo-reports.csv, merged events (ACLED columns) in demo-events.csv,"
	@echo "statistics, quotes and warnings in demo-claims.jsonl; the store is $(DB)."
	@echo "To open the dashboard: make serve (or $(BIN)/sahelwatch --db $(DB) serve), then http://127.0.0.1:$(PORT)/ in a browser."

serve: setup
	$(BIN)/sahelwatch --db $(DB) serve --port $(PORT)

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) web/node_modules src/sahelwatch/serve/web/vendor test-output demo.duckdb demo-articles.csv demo-reports.csv demo-events.csv demo-claims.jsonl build src/*.egg-info

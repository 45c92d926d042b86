# Every target creates .venv and installs what it needs when missing (or when pyproject.toml changed).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GEN := generated/binance_margin_generated

.PHONY: setup generate check-generated lint typecheck test test-fast demo bench docs docs-build clean redis-server

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[sandbox,cli,dev,docs,codegen]"
	touch $(STAMP)

setup: $(STAMP) ## create .venv with the package, the sandbox, the CLI and every dev/codegen tool

generate: $(STAMP) ## regenerate generated/ from spec/margin.yaml
	$(BIN)/python generator/generate.py
	$(BIN)/python generator/method_table.py

check-generated: $(STAMP) ## regenerate into a temporary folder and fail on any difference with generated/
	rm -rf .check-generated && mkdir -p .check-generated
	$(BIN)/python generator/generate.py --output .check-generated/binance_margin_generated > /dev/null
	diff -r -x __pycache__ $(GEN) .check-generated/binance_margin_generated && echo "generated/ is up to date"
	rm -rf .check-generated

lint: $(STAMP) ## ruff on hand-written code, mypy --strict on everything, import-linter (no cycles, layers)
	$(BIN)/ruff check overrides tests generator bench examples
	$(BIN)/ruff format --check overrides tests generator bench examples
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint check-generated docs-build redis-server ## lint + check-generated + the docs (strict) + the whole test suite
	$(BIN)/python -m pytest -n 2 -q

test-fast: $(STAMP) redis-server
	$(BIN)/python -m pytest -q -x

redis-server: ## Debian's redis-server for the shared rate-limit budget tests (installed when missing, as root on Debian)
	@command -v redis-server >/dev/null 2>&1 || test -x /usr/bin/redis-server || { \
	  if [ "$$(id -u)" = 0 ] && [ -f /etc/debian_version ]; then \
	    echo "installing redis-server (apt-get)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server; \
	  else \
	    echo "redis-server is missing: install it (Debian/Ubuntu: sudo apt-get install redis-server)" >&2; exit 1; \
	  fi; }

demo: $(STAMP) ## start the sandbox, run the example workflows against it, stop it
	$(BIN)/python examples/run_demo.py

bench: $(STAMP) ## side-by-side benchmarks against python-binance, binance-connector, binance-sdk-margin-trading
	$(BIN)/python bench/run.py

docs: $(STAMP) ## serve the docs site locally
	$(BIN)/mkdocs serve

docs-build: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

clean:
	rm -rf $(VENV) .check-generated site dist build .mypy_cache .pytest_cache .ruff_cache .hypothesis

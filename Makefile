# CaseAssist. `make run` and `make test` are the two commands a fresh machine needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := data/demo
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.DEFAULT_GOAL := help
.PHONY: help setup browser postgres run test lint typecheck demo-data train-ner train-events bench screenshots clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is required (found $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,postgres]'
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install CaseAssist (torch 2.13.0 CPU first)

run: setup ## Install, import the demo corpus, serve the app on http://127.0.0.1:8000
	$(BIN)/caseassist import $(DEMO)/cases.jsonl --users $(DEMO)/users.json
	$(BIN)/caseassist demo-accounts $(DEMO)/users.json
	$(BIN)/caseassist serve --host 127.0.0.1 --port 8000

browser: ## Debian's chromium for the browser tests (installed with apt-get only when missing)
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

postgres: ## Debian's PostgreSQL server binaries for the PostgreSQL store tests (apt-get only when missing)
	@compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || { \
	  echo "installing Debian's postgresql for the PostgreSQL store tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

test: setup browser postgres ## Install if needed and run the whole suite
	$(BIN)/pytest -q

lint: setup ## ruff lint and format check
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

typecheck: setup ## mypy on the packages
	$(BIN)/mypy

demo-data: setup ## Regenerate the committed synthetic corpora (deterministic)
	$(BIN)/caseassist demo-data $(DEMO) --cases 30 --seed 7
	$(BIN)/caseassist demo-data data/heldout --cases 15 --seed 1001 --family heldout

train-ner: setup ## Retrain the shipped spaCy NER from its recorded config and seed
	$(BIN)/python -m redaction.train

train-events: setup ## Retrain the shipped chronology event classifier (development corpora only; never a sealed held-out corpus)
	$(BIN)/python -m assistant.chronology.training

bench: setup ## Run the benchmarks in bench/ (prints figures; see docs/benchmarks.md)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

screenshots: setup browser ## Re-take docs/screenshots/*.png in Debian's chromium over a few demo cases
	$(BIN)/python -m web.screenshots docs/screenshots

clean: ## Remove the local data home (.caseassist); keeps .venv
	rm -rf .caseassist

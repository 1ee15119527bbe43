PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench schemas clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsx batch fixtures/articles --out demo-results.sqlite
	$(BIN)/newsx extract fixtures/articles/seed-000.txt --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python scripts/bench_clean.py
	$(BIN)/python scripts/bench_extract.py

schemas: $(STAMP)
	$(BIN)/newsx schema --out schemas/

clean:
	rm -rf $(VENV) demo-results.sqlite

# Two commands for a fresh machine: `make demo` (set up, then crawl the bundled demo
# site into output/) and `make test` (set up, then run the test suite).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test setup eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(BIN)/scrapy crawl demo

test: setup
	$(BIN)/python -m pytest

eval: setup
	$(BIN)/python -m newscrawl.evaluate --corpus ../shared/corpora/zyte
	$(BIN)/python -m newscrawl.evaluate --corpus ../shared/corpora/fundus-dev

clean:
	rm -rf output/articles output/failures output/reports

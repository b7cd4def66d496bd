# Two commands for a fresh machine: `make demo` (set up, then crawl the bundled demo
# site into output/) and `make test` (set up, then run the test suite).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
# Test processes (pytest-xdist); a test file runs whole in one of them, so its
# module fixtures and the order of its tests stay as written.
TEST_WORKERS ?= 2

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

# The tests start about a hundred Python processes (crawls, their extraction forkservers,
# commands) that import the package: its byte code is compiled once here, so none of them
# compiles it again (where PYTHONDONTWRITEBYTECODE is set, as on CI, each one would).
test: setup
	$(BIN)/python -m compileall -q newscrawl tests
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

eval: setup
	$(BIN)/python -m newscrawl.evaluate --corpus ../shared/corpora/zyte
	$(BIN)/python -m newscrawl.evaluate --corpus ../shared/corpora/fundus-dev

clean:
	rm -rf output/articles output/failures output/reports

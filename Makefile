# Two commands do all set-up on a fresh machine (see README):
#   make demo   crawl the bundled sample mini-web -> pipeline -> DuckDB -> dashboard
#   make test   the test suite (.ci/run calls exactly this)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup system-deps demo test clean

setup: $(STAMP)

# --no-deps: the lock is complete, and BERTopic's declared deps would pull torch.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q --no-deps -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Debian's chromium (real-browser tests) and redis-server (shared crawl frontier test).
system-deps:
	@bash scripts/system-deps.sh

demo: setup
	$(BIN)/dialogkartan demo

test: setup system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) data/dialogkartan.duckdb data/crawl data/work

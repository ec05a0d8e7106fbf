# Two commands do all set-up on a fresh machine (see README):
#   make demo   crawl the bundled sample mini-web -> pipeline -> DuckDB -> dashboard
#   make test   the test suite (.ci/run calls exactly this)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

UV     := uv==0.13.9

.PHONY: setup lock system-deps demo test clean

setup: $(STAMP)

# requirements.lock is resolved by uv from pyproject.toml with every extra (`make lock`), pinned
# and hashed, so it is installed exactly as it is (--require-hashes --no-deps): BERTopic's declared
# sentence-transformers (torch) is left out of the resolution ([tool.uv] in pyproject.toml).
# scripts/pip-check.sh then proves the installed set consistent, bar that one requirement.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	bash scripts/pip-check.sh $(BIN)/python
	touch $(STAMP)

# Re-resolve the lock after changing dependencies in pyproject.toml. Pins already in the lock are
# kept; move one with `make lock UPGRADE="--upgrade-package NAME"`.
lock:
	test -x $(BIN)/uv || $(BIN)/python -m pip install -q "$(UV)"
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
		--generate-hashes $(UPGRADE) -o requirements.lock

# Debian's chromium (real-browser tests) and redis-server (shared crawl frontier test).
system-deps:
	@bash scripts/system-deps.sh

demo: setup
	$(BIN)/dialogkartan demo

# Two workers (pytest-xdist), one test file each at a time: module fixtures (a crawled mini-web,
# a built database) are built once, and the suite's CPU time spreads over both cores.
test: setup system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2 --dist loadfile

clean:
	rm -rf $(VENV) data/dialogkartan.duckdb data/crawl data/work

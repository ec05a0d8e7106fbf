"""The writer's side of search: the proposals' fts index, built into the file being published.

An fts index can only be created by a writer, so it is built here, after the stages that change
proposals; the dashboard (read-only) queries it through `dashboard.search`.
"""
from __future__ import annotations

import duckdb

from dialogkartan.fts import create_index, load_fts


def build_search_index(con: duckdb.DuckDBPyConnection) -> int:
    """Build (or rebuild) the index inside `dialogkartan.db.writer`; returns the proposals indexed."""
    load_fts(con)
    create_index(con, "proposals")
    return con.execute("SELECT count(*) FROM proposals").fetchone()[0]

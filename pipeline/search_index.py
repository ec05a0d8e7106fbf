"""The writer's side of search: the proposals' fts index, built into the file being published.

An fts index can only be created by a writer, so it is built here, after the stages that change
proposals; the dashboard (read-only) queries it through `dashboard.search`. The index does not
follow later changes to the table, so it is rebuilt whenever the proposals' ids or texts changed
(a stamp of them is kept beside it), and only then: at two million proposals a rebuild takes
minutes, which an unchanged run should not pay.
"""
from __future__ import annotations

import duckdb

from dialogkartan.fts import FILE_INDEX_SCHEMA, create_index, load_fts

STATE = "search_index_state"
# Order-free and cheap (one pass, no sort): the count and the sum of each row's hash.
STAMP_SQL = "SELECT count(*) || ':' || coalesce(sum(hash(proposal_id, text)), 0) FROM proposals"


def _built_for(con: duckdb.DuckDBPyConnection) -> str | None:
    found = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = $t AND database_name = current_database()",
        {"t": STATE}).fetchone()[0]
    has_index = con.execute("SELECT count(*) FROM duckdb_schemas() WHERE schema_name = $s"
                            " AND database_name = current_database()", {"s": FILE_INDEX_SCHEMA}).fetchone()[0]
    if not (found and has_index):
        return None
    return con.execute(f"SELECT any_value(stamp) FROM {STATE}").fetchone()[0]


def build_search_index(con: duckdb.DuckDBPyConnection, force: bool = False) -> int | None:
    """(Re)build the index inside `dialogkartan.db.writer`; returns the proposals indexed, or None
    when the index already covers exactly these proposals."""
    stamp = con.execute(STAMP_SQL).fetchone()[0]
    if not force and _built_for(con) == stamp:
        return None
    load_fts(con)
    create_index(con, "proposals")
    con.execute(f"CREATE OR REPLACE TABLE {STATE} AS SELECT $s AS stamp", {"s": stamp})
    return con.execute("SELECT count(*) FROM proposals").fetchone()[0]

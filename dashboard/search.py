"""Full-text search on proposals with Swedish stemming: the query side (DuckDB's fts extension).

The index is defined once in `dialogkartan.fts` and built by the writer
(`pipeline.search_index`, the run's last stage) into the published file (schema
`fts_main_proposals`). When a file has no index, the dashboard builds the same one over its
in-memory copy of the texts (`memory.search_proposals`), once per published file version; the
published file is never written.
"""
from __future__ import annotations

import re
import threading

import duckdb

from dialogkartan.fts import FILE_INDEX_SCHEMA, SearchUnavailable, create_index, load_fts

__all__ = ["SearchUnavailable", "expand_query", "has_file_index", "search"]

MEMORY_TABLE = "search_proposals"
MEMORY_INDEX_SCHEMA = "fts_main_search_proposals"
_build_lock = threading.Lock()


def has_file_index(cur: duckdb.DuckDBPyConnection, catalog: str) -> bool:
    return bool(
        cur.execute(
            "SELECT count(*) FROM information_schema.schemata WHERE catalog_name = ? AND schema_name = ?",
            [catalog, FILE_INDEX_SCHEMA],
        ).fetchone()[0]
    )


def _ensure_memory_index(con: duckdb.DuckDBPyConnection, catalog: str) -> None:
    load_fts(con)
    with _build_lock:
        cur = con.cursor()
        exists = cur.execute(
            "SELECT count(*) FROM information_schema.schemata WHERE catalog_name = 'memory' AND schema_name = ?",
            [MEMORY_INDEX_SCHEMA],
        ).fetchone()[0]
        if exists:
            return
        cur.execute("USE memory")
        cur.execute(f"CREATE OR REPLACE TABLE {MEMORY_TABLE} AS SELECT proposal_id, text FROM {catalog}.proposals")
        create_index(cur, MEMORY_TABLE)


_WORD = re.compile(r"[0-9a-zåäöéü]+")
# Snowball's Swedish stemmer treats "-plats" as "-plat" + s, so "lekplats" (→ lekplat) and
# "lekplatsen" (→ lekplats) get different stems. Adding the word with common inflection
# endings removed as extra (OR-ed) query terms bridges that without a lemmatizer.
_ENDINGS = ("erna", "arna", "orna", "ernas", "arnas", "en", "et", "er", "ar", "or", "na", "ns", "s")


def expand_query(query: str) -> str:
    terms: list[str] = []
    for word in _WORD.findall(query.lower()):
        forms = [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 4]
        terms += [f for f in forms if f not in terms]
    return " ".join(terms)


def search(con: duckdb.DuckDBPyConnection, catalog: str, query: str, limit: int = 5000) -> list[tuple[str, float]]:
    """(proposal_id, bm25 score) for `query`, best first. The query is a bound parameter."""
    load_fts(con)
    cur = con.cursor()
    if has_file_index(cur, catalog):
        cur.execute(f"USE {catalog}")
        sql = (f"SELECT proposal_id, {FILE_INDEX_SCHEMA}.match_bm25(proposal_id, ?) AS score FROM proposals "
               "WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?")
    else:
        _ensure_memory_index(con, catalog)
        cur.execute("USE memory")
        sql = (f"SELECT proposal_id, {MEMORY_INDEX_SCHEMA}.match_bm25(proposal_id, ?) AS score FROM {MEMORY_TABLE} "
               "WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?")
    terms = expand_query(query)
    if not terms:
        return []
    return [(r[0], float(r[1])) for r in cur.execute(sql, [terms, limit]).fetchall()]

"""Full-text search on proposals with Swedish stemming (DuckDB's fts extension).

The fts extension ships on PyPI (`duckdb-extension-fts`) and is loaded by absolute path, so
nothing is downloaded. An fts index can only be created by a writer:

* the pipeline's writer calls `build_search_index(con)`; the index then lives in the published
  file (schema `fts_main_proposals`);
* when the file has no index, the dashboard builds one in its in-memory side
  (`memory.search_proposals`), once per published file version.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

import duckdb

FILE_INDEX_SCHEMA = "fts_main_proposals"
MEMORY_TABLE = "search_proposals"
MEMORY_INDEX_SCHEMA = "fts_main_search_proposals"
_build_lock = threading.Lock()


class SearchUnavailable(Exception):
    """The fts extension could not be loaded."""


@lru_cache(maxsize=1)
def extension_path() -> Path:
    try:
        import duckdb_extension_fts
    except ImportError as exc:
        raise SearchUnavailable("paketet duckdb-extension-fts saknas") from exc
    base = Path(duckdb_extension_fts.__file__).parent
    found = sorted(base.glob(f"extensions/v{duckdb.__version__}/fts.duckdb_extension")) or sorted(
        base.glob("extensions/*/fts.duckdb_extension")
    )
    if not found:
        raise SearchUnavailable(f"ingen fts.duckdb_extension under {base}")
    return found[0]


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    path = str(extension_path()).replace("'", "''")
    try:
        con.execute(f"LOAD '{path}'")
    except duckdb.Error as exc:
        raise SearchUnavailable(str(exc).splitlines()[0]) from exc


def _create_index(con: duckdb.DuckDBPyConnection, table: str) -> None:
    con.execute(
        f"PRAGMA create_fts_index('{table}', 'proposal_id', 'text', stemmer = 'swedish', "
        "stopwords = 'none', ignore = '(\\.|[^a-zåäöéü0-9])+', strip_accents = 0, lower = 1, overwrite = 1)"
    )


def build_search_index(con: duckdb.DuckDBPyConnection) -> int:
    """Build (or rebuild) the proposals' fts index inside a writer connection.

    Call it after the proposals changed, inside `dialogkartan.db.writer`. Returns the number of
    proposals indexed.
    """
    load_fts(con)
    _create_index(con, "proposals")
    return con.execute("SELECT count(*) FROM proposals").fetchone()[0]


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
        _create_index(cur, MEMORY_TABLE)


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

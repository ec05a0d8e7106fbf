"""The proposals' full-text index, defined once for the writer and the dashboard.

DuckDB's fts extension ships on PyPI (`duckdb-extension-fts`) and is loaded by absolute path, so
nothing is downloaded. The writer builds the index into the published file
(`pipeline.search_index`); the dashboard only queries it, or, for a file without one, builds the
same index over its in-memory copy of the texts (`dashboard.search`). Both go through
`create_index`, so a query finds the same stems either way.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import duckdb

FILE_INDEX_SCHEMA = "fts_main_proposals"  # where create_fts_index puts the index of `proposals`


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


def create_index(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """(Re)build the index of `table` (columns proposal_id, text): Swedish stems, å/ä/ö kept."""
    con.execute(
        f"PRAGMA create_fts_index('{table}', 'proposal_id', 'text', stemmer = 'swedish', "
        "stopwords = 'none', ignore = '(\\.|[^a-zåäöéü0-9])+', strip_accents = 0, lower = 1, overwrite = 1)"
    )

"""notebooks/01-utforska-teman.ipynb runs top to bottom on a small database built here."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dialogkartan import paths
from dialogkartan.db import writer

sys.path.insert(0, str(paths.ROOT))
from bench.bench_themes import insert_corpus, make_corpus  # noqa: E402
from pipeline.themes import run_themes  # noqa: E402

pytestmark = pytest.mark.slow  # real subprocesses: run first (tests/conftest.py)

NOTEBOOK = paths.ROOT / "notebooks" / "01-utforska-teman.ipynb"


def test_notebook_runs_on_a_small_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat", reason="nbformat not installed")
    nbclient = pytest.importorskip("nbclient", reason="nbclient not installed")
    db = tmp_path / "nb.duckdb"
    docs, sents, props = make_corpus(30, seed=11)
    with writer(db) as con:
        insert_corpus(con, docs, sents, props)
        # Taxonomy assignment (no clustering) keeps this test quick; the tables are the same.
        run_themes(con, {"themes": {"embedder": "tfidf", "min_docs_for_clustering": 1000}})
    monkeypatch.setenv("DIALOGKARTAN_DB", str(db))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(paths.ROOT)}}
    )
    try:
        client.execute()
    except (RuntimeError, OSError, nbclient.exceptions.DeadKernelError) as exc:
        if "kernel" in str(exc).lower() and not isinstance(exc, nbclient.exceptions.CellExecutionError):
            pytest.skip(f"no Jupyter kernel could start: {exc}")
        raise
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert str(db) in text  # it read the database the test built, not the user's
    assert "förslag rör äldre" in text
    assert "taxonomy_assignment" in text

"""The pages read the writer's precomputed tables only while they match the data: a stale or
missing set gives the same figures, computed live (pipeline/tables_dashboard.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import APP, run_ok
from test_pages import df_by_key

# page → its tables (AppTest keys of test_pages.TABLE_COLUMN)
PAGES = {"jamfor": ["jamfor_tabell"], "malgrupper": ["malgrupper_tabell", "malgrupper_kommuner"],
         "trender": ["trender_tabell"], "teman": ["teman_kommuner", "teman_malgrupper"], "ladda_ner": ["ladda_ner_tabeller"]}


def _tables(monkeypatch: pytest.MonkeyPatch, path: Path) -> dict[str, object]:
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("DIALOGKARTAN_DB", str(path))
    at = run_ok(AppTest.from_file(APP, default_timeout=60))
    out = {}
    for page, keys in PAGES.items():
        at.switch_page(f"views/{page}.py")
        run_ok(at)
        for k in keys:
            out[k] = df_by_key(at, k).to_dict("list")
    return out


@pytest.mark.parametrize("how", ["stale", "missing"])
def test_pages_show_the_same_figures_without_current_precomputed_tables(fixture_db_path, tmp_path, monkeypatch,
                                                                        isolated_home, how):
    from dashboard import queries

    fresh = _tables(monkeypatch, fixture_db_path)
    path = tmp_path / f"{how}.duckdb"
    shutil.copyfile(fixture_db_path, path)
    con = duckdb.connect(str(path))
    if how == "stale":  # as if the data changed after the tables were written
        con.execute("UPDATE dashboard_tables_state SET stamp = 'äldre'")
    else:  # a file written before the tables existed
        for (name,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'dashboard_%'").fetchall():
            con.execute(f"DROP TABLE {name}")
    con.close()
    assert _tables(monkeypatch, path) == fresh
    monkeypatch.setenv("DIALOGKARTAN_DB", str(path))
    assert queries.precomputed(queries.current_key()) == frozenset()
    monkeypatch.setenv("DIALOGKARTAN_DB", str(fixture_db_path))
    assert "dashboard_default_jamfor" in queries.precomputed(queries.current_key())

"""The dashboard's precomputed tables (pipeline/tables_dashboard.py) on the dashboard fixture:
stamp-guarded freshness, regional credits, and stored answers equal to the live aggregates."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline import tables_dashboard as td

sys.path.insert(0, str(Path(__file__).parents[1] / "dashboard"))
import fixture_db  # noqa: E402


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_db.build(tmp_path_factory.mktemp("tables_dashboard") / "dialogkartan.duckdb")


@pytest.fixture
def con(built: Path, writable_copy):
    return writable_copy(built)


def _doc(con, title: str) -> str:
    return con.execute("SELECT document_id FROM documents WHERE title = ?", [title]).fetchone()[0]


def test_facts_are_one_row_per_proposal_and_theme_with_one_first_row(con):
    n_props, n_pt = con.execute("SELECT (SELECT count(*) FROM proposals), (SELECT count(*) FROM proposal_themes)").fetchone()
    rows, firsts, pids = con.execute(f"SELECT count(*), count(*) FILTER (WHERE first_row), count(DISTINCT pid)"
                                     f" FROM {td.FACTS}").fetchone()
    assert (rows, firsts, pids) == (n_pt, n_props, n_props) == (22, 22, 22)  # every fixture proposal has one theme
    # The region's proposal is credited to no municipality in the facts themselves.
    region = _doc(con, "Regional dialogdag om psykisk hälsa")
    assert con.execute(f"SELECT municipality_code, publisher_kind, county_code FROM {td.FACTS} WHERE document_id = ?",
                       [region]).fetchall() == [(None, "region", "24")]


def test_regional_credits_are_the_named_municipalities_of_the_bodys_own_county(con):
    region = _doc(con, "Regional dialogdag om psykisk hälsa")
    # Its text names Vännäs (Västerbotten) and Uppsala (another county): only Vännäs is credited;
    # municipal publishers credit nobody through this table.
    assert con.execute(f"SELECT document_id, municipality_code FROM {td.CREDITS}").fetchall() == [(region, "2460")]


def test_a_national_organisation_credits_no_municipality(con):
    region = _doc(con, "Regional dialogdag om psykisk hälsa")
    con.execute("UPDATE sources SET kind = 'organisation', county_code = NULL WHERE source_id = 'regionvb'")
    td.write_facts(con)
    assert con.execute(f"SELECT count(*) FROM {td.CREDITS} WHERE document_id = ?", [region]).fetchone()[0] == 0


def test_refresh_rebuilds_only_when_an_input_changed(con):
    assert td.refresh_facts(con) is None  # written by the fixture, nothing changed since
    before = con.execute(f"SELECT any_value(stamp) FROM {td.STATE}").fetchone()[0]
    doc = _doc(con, "Medborgarbudget i Gottsunda")
    con.execute("UPDATE documents SET published_date = DATE '2020-01-01' WHERE document_id = ?", [doc])
    assert td.stamp(con) != before
    assert td.refresh_facts(con) == 22
    assert con.execute(f"SELECT DISTINCT published_date FROM {td.FACTS} WHERE document_id = ?",
                       [doc]).fetchall() == [(__import__("datetime").date(2020, 1, 1),)]
    assert td.refresh_facts(con) is None
    # A newly crawled page, not yet analysed (no proposals), changes nothing the tables show.
    con.execute("INSERT INTO documents (document_id, source_id, url, canonical_url, text, content_hash, fetched_at)"
                " VALUES ('ny', 'umea', 'https://www.umea.se/ny', 'https://www.umea.se/ny', 'Text.', 'h', now())")
    assert td.refresh_facts(con) is None
    con.execute(f"DROP TABLE {td.STATE}")
    assert td.refresh_facts(con) == 22  # missing → written


@pytest.mark.parametrize("table", sorted(td.DEFAULTS))
def test_stored_unfiltered_answers_equal_the_live_aggregate_on_inline_facts(con, table):
    name, extra = td.DEFAULTS[table]
    order = td.ORDER[name]
    live_sql = td.aggregate_sql(name, f"({td.FACTS_SQL})", f"({td.CREDITS_SQL})")
    params = {k: v for k, v in {**td.NO_FILTER, **extra}.items() if f"${k}" in live_sql}
    live = con.execute(f"{live_sql} ORDER BY {order}", params).fetchall()
    stored = con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    assert stored == live and len(live) > 0


def test_export_counts_are_stored_with_the_hash_of_their_sql(con):
    from pipeline.export import TABLES

    stored = {n: (h, c) for n, h, c in con.execute(f"SELECT * FROM {td.EXPORT_COUNTS}").fetchall()}
    assert stored["forslag"] == (td.sql_hash(TABLES["forslag"][0]), 22)
    assert stored["dialoger"][1] == 4
    # An event removed (no proposal changed) makes the stored counts stale, and a refresh rewrites them.
    con.execute("DELETE FROM events WHERE place = 'Folkets hus'")
    assert td.refresh_facts(con) == 22
    assert con.execute(f"SELECT n FROM {td.EXPORT_COUNTS} WHERE table_name = 'dialoger'").fetchone()[0] == 3

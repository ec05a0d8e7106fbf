"""Aggregate theme tables in DuckDB, rebuilt from `proposal_themes` after each theme run.

`theme_table`: theme × municipality × county × target group × period (år, kvartal).
`theme_trend`: theme × period over all municipalities. `document_themes`: per document.
A proposal's target groups are its own, else its document's, else 'okänd'; 'alla' counts each
proposal once, so shares in 'alla' add up to 1 per municipality and period.
"""
from __future__ import annotations

import duckdb

_BASE = """
WITH base AS (
    SELECT pt.theme_id, t.label AS theme_label, p.proposal_id, p.document_id,
           d.municipality_code, m.name AS municipality_name,
           coalesce(d.county_code, m.county_code) AS county_code, c.name AS county_name,
           CASE WHEN len(coalesce(p.target_groups, [])) > 0 THEN p.target_groups
                ELSE ['okänd'] END AS groups,  -- decided once, in extraction
           coalesce(CAST(year(d.published_date) AS VARCHAR), 'okänd') AS y,
           CASE WHEN d.published_date IS NULL THEN 'okänd'
                ELSE year(d.published_date) || '-K' || quarter(d.published_date) END AS q
    FROM proposal_themes pt
    JOIN themes t USING (theme_id)
    JOIN proposals p USING (proposal_id)
    JOIN documents d ON d.document_id = p.document_id
    LEFT JOIN municipalities m ON m.municipality_code = d.municipality_code
    LEFT JOIN counties c ON c.county_code = coalesce(d.county_code, m.county_code)
),
grouped AS (
    SELECT * EXCLUDE (groups), unnest(groups) AS target_group FROM base
    UNION ALL
    SELECT * EXCLUDE (groups), 'alla' AS target_group FROM base
),
periods AS (
    SELECT * EXCLUDE (y, q), 'år' AS period_kind, y AS period FROM grouped
    UNION ALL
    SELECT * EXCLUDE (y, q), 'kvartal' AS period_kind, q AS period FROM grouped
)
"""


def rebuild(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, int]:
    con.execute("DELETE FROM theme_table")
    con.execute(
        _BASE
        + """
        , cells AS (
            SELECT theme_id, any_value(theme_label) AS theme_label, municipality_code,
                   any_value(municipality_name) AS municipality_name, county_code, any_value(county_name) AS county_name,
                   target_group, period_kind, period,
                   count(DISTINCT proposal_id) AS proposals, count(DISTINCT document_id) AS documents
            FROM periods
            GROUP BY theme_id, municipality_code, county_code, target_group, period_kind, period
        )
        INSERT INTO theme_table
        SELECT theme_id, theme_label, municipality_code, municipality_name, county_code, county_name,
               target_group, period_kind, period, proposals, documents,
               sum(proposals) OVER w AS cell_proposals, proposals / sum(proposals) OVER w AS share, ?
        FROM cells
        WINDOW w AS (PARTITION BY municipality_code, county_code, target_group, period_kind, period)
        """,
        [run_id],
    )
    con.execute("DELETE FROM theme_trend")
    con.execute(
        _BASE
        + """
        , cells AS (
            SELECT theme_id, any_value(theme_label) AS theme_label, period_kind, period,
                   count(DISTINCT proposal_id) AS proposals, count(DISTINCT document_id) AS documents,
                   count(DISTINCT municipality_code) AS municipalities
            FROM periods WHERE target_group = 'alla'
            GROUP BY theme_id, period_kind, period
        )
        INSERT INTO theme_trend
        SELECT theme_id, theme_label, period_kind, period, proposals, documents, municipalities,
               proposals / sum(proposals) OVER (PARTITION BY period_kind, period), ?
        FROM cells
        """,
        [run_id],
    )
    con.execute("DELETE FROM document_themes")
    con.execute(
        """
        INSERT INTO document_themes
        SELECT p.document_id, pt.theme_id,
               count(*) / sum(count(*)) OVER (PARTITION BY p.document_id), count(*), ?
        FROM proposal_themes pt JOIN proposals p USING (proposal_id)
        GROUP BY p.document_id, pt.theme_id
        """,
        [run_id],
    )
    con.execute(
        """
        UPDATE themes SET proposals = s.n, documents = s.d, municipalities = s.m
        FROM (SELECT pt.theme_id, count(*) AS n, count(DISTINCT p.document_id) AS d,
                     count(DISTINCT dd.municipality_code) AS m
              FROM proposal_themes pt JOIN proposals p USING (proposal_id)
              JOIN documents dd ON dd.document_id = p.document_id GROUP BY pt.theme_id) s
        WHERE themes.theme_id = s.theme_id
        """
    )
    return {
        table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("theme_table", "theme_trend", "document_themes")
    }

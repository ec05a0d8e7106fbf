"""Every SQL query of the dashboard: parameterised, cached on the database file's fingerprint.

No SQL is built from user input: filters travel as named parameters ($counties, $query …).
Each cached function takes `key` (the file's path, inode, mtime, size) as its first argument,
so a newly published database invalidates the cache by itself.

Aggregates are computed here from the proposal facts (pipeline.tables_dashboard: a proposal ×
theme row with place, date and target groups joined, precomputed when the data is written),
not from the theme stage's summary tables, so the filters (dashboard.filters.Filter) can change
the denominator. A proposal's target groups are its own (decided in extraction), else 'okänd'.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import astuple
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd
import streamlit as st

from dashboard import db, search
from pipeline import tables_dashboard
from dashboard.redact import pii_spans_sql

if TYPE_CHECKING:
    from dashboard.filters import Filter

Key = tuple[Any, ...]
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")


def current_key() -> Key:
    """The fingerprint of the published file now (raises DashboardDbError when unusable)."""
    handle = db.database()
    _, fp = handle.current()
    return astuple(fp)


def _con(key: Key):
    con, _ = db.database(Path(key[0])).current()
    return con


def _used(sql: str, params: dict[str, Any] | None) -> dict[str, Any]:
    """Only the parameters the SQL names: DuckDB refuses extra ones, and a Filter carries them all."""
    names = set(_PARAM.findall(sql))
    return {k: v for k, v in (params or {}).items() if k in names}


def _df(key: Key, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    return db.cursor(_con(key)).execute(sql, _used(sql, params)).df()


def _one(key: Key, sql: str, params: dict[str, Any] | None = None) -> tuple:
    return db.cursor(_con(key)).execute(sql, _used(sql, params)).fetchone()


# A document's municipality: the publisher's own when a municipality published it (see
# pipeline.tables_dashboard: one definition for the facts and every query here).
CREDITED = tables_dashboard.CREDITED


@st.cache_data(show_spinner=False, max_entries=8)
def precomputed(key: Key) -> frozenset[str]:
    """The file's precomputed dashboard tables, when they were written from the data it holds
    now (their stamp matches); none when stale or absent: then everything is computed live."""
    try:
        stored = _one(key, f"SELECT any_value(stamp) FROM {tables_dashboard.STATE}")[0]
    except duckdb.CatalogException:  # written before the facts existed
        return frozenset()
    if stored != _one(key, tables_dashboard.STAMP_SQL)[0]:
        return frozenset()
    names = _df(key, "SELECT table_name FROM information_schema.tables WHERE table_catalog = $c "
                     "AND table_name LIKE 'dashboard_%'", {"c": db.CATALOG})["table_name"]
    return frozenset(names)


_memory_lock = threading.Lock()


def _facts(key: Key) -> tuple[str, str]:
    """The proposal facts and regional credits: the file's tables while current, else the same
    SQL's result kept in this file version's in-memory side (built once, as search.py does for a
    file without an index: computing it inline in every query costs seconds at 100k documents)."""
    if tables_dashboard.FACTS in precomputed(key):
        return tables_dashboard.FACTS, tables_dashboard.CREDITS
    con = _con(key)
    with _memory_lock:
        cur = db.cursor(con)
        built = cur.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'memory' AND table_name = $t",
                            {"t": tables_dashboard.FACTS}).fetchone()[0]
        if not built:
            cur.execute(f"CREATE OR REPLACE TABLE memory.{tables_dashboard.CREDITS} AS {tables_dashboard.CREDITS_SQL}")
            cur.execute(f"CREATE TABLE memory.{tables_dashboard.FACTS} AS {tables_dashboard.FACTS_SQL}")
    return f"memory.{tables_dashboard.FACTS}", f"memory.{tables_dashboard.CREDITS}"


_WHERE = tables_dashboard.FILTER
THEME_IN = "(len($themes::VARCHAR[]) = 0 OR list_contains($themes::VARCHAR[], theme_id))"


def _aggregate(key: Key, name: str, params: dict[str, Any], cells_only_themes: bool = True) -> pd.DataFrame:
    """One of pipeline.tables_dashboard's aggregates under `params`: the writer's stored answer
    when the view is unfiltered (the theme filter, which only picks cells, applied to it), else
    computed from the facts."""
    order = tables_dashboard.ORDER[name]
    unfiltered = all(params.get(k, v) == v for k, v in tables_dashboard.NO_FILTER.items() if k != "themes")
    if unfiltered and (cells_only_themes or not params.get("themes")):
        stored = [t for t, (n, extra) in tables_dashboard.DEFAULTS.items()
                  if n == name and all(params.get(k) == v for k, v in extra.items())]
        if stored and stored[0] in precomputed(key):
            where = f"WHERE {THEME_IN} " if cells_only_themes else ""
            return _df(key, f"SELECT * FROM {stored[0]} {where}ORDER BY {order}", params)
    facts, credits = _facts(key)
    return _df(key, tables_dashboard.aggregate_sql(name, facts, credits) + f"ORDER BY {order}", params)


# --- Översikt ------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=8)
def overview(key: Key) -> dict[str, Any]:
    row = _one(
        key,
        """
        SELECT (SELECT count(*) FROM documents),
               (SELECT count(*) FROM documents WHERE relevant),
               (SELECT count(*) FROM proposals),
               (SELECT count(DISTINCT municipality_code) FROM documents WHERE municipality_code IS NOT NULL),
               (SELECT count(*) FROM municipalities),
               (SELECT count(DISTINCT coalesce(d.county_code, m.county_code)) FROM documents d
                  LEFT JOIN municipalities m USING (municipality_code)
                  WHERE coalesce(d.county_code, m.county_code) IS NOT NULL),
               (SELECT count(*) FROM counties),
               (SELECT min(published_date) FROM documents),
               (SELECT max(published_date) FROM documents),
               (SELECT count(*) FROM documents WHERE published_date IS NULL),
               (SELECT max(finished_at) FROM crawls),
               (SELECT max(fetched_at) FROM pages),
               -- One theme count everywhere: themes holding proposals, Övrigt not counted.
               (SELECT count(DISTINCT theme_id) FROM proposal_themes WHERE theme_id <> 'ovrigt'),
               (SELECT count(*) FROM sources)
        """,
    )
    names = ["documents", "relevant", "proposals", "municipalities", "municipalities_total", "counties",
             "counties_total", "first_published", "last_published", "undated", "last_crawl_finished",
             "last_fetch", "themes", "sources"]
    return dict(zip(names, row))


@st.cache_data(show_spinner=False, max_entries=16)
def publications(key: Key, period_kind: str) -> pd.DataFrame:
    """Documents per year or quarter of publication (dated documents only)."""
    return _df(
        key,
        """
        SELECT CASE WHEN $kind = 'kvartal' THEN year(published_date) || '-K' || quarter(published_date)
                    ELSE CAST(year(published_date) AS VARCHAR) END AS period,
               count(*) AS dokument, count(*) FILTER (WHERE relevant) AS relevanta
        FROM documents WHERE published_date IS NOT NULL
        GROUP BY period ORDER BY period
        """,
        {"kind": period_kind},
    )


@st.cache_data(show_spinner=False, max_entries=8)
def last_runs(key: Key) -> pd.DataFrame:
    """The newest run of each kind, its status and its quality figures flattened."""
    df = _df(
        key,
        """
        SELECT kind, run_id, started_at, finished_at, status, pipeline_version, counts, quality, notes
        FROM runs QUALIFY row_number() OVER (PARTITION BY kind ORDER BY started_at DESC) = 1
        ORDER BY kind
        """,
    )
    return df


def flatten_json(text: str | None) -> dict[str, Any]:
    """A run's counts/quality JSON as flat key → value (nested keys joined with '.')."""
    try:
        data = json.loads(text) if text else {}
    except (TypeError, ValueError):
        return {}
    out: dict[str, Any] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        elif isinstance(value, list):
            out[prefix] = ", ".join(map(str, value))
        else:
            out[prefix] = value

    walk("", data)
    return out


# --- filters -------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=8)
def counties(key: Key) -> pd.DataFrame:
    """Counties with at least one document."""
    return _df(
        key,
        """
        SELECT c.county_code, c.name, count(*) AS dokument
        FROM documents d LEFT JOIN municipalities m USING (municipality_code)
        JOIN counties c ON c.county_code = coalesce(d.county_code, m.county_code)
        GROUP BY ALL ORDER BY c.name
        """,
    )


@st.cache_data(show_spinner=False, max_entries=8)
def municipalities(key: Key) -> pd.DataFrame:
    """Municipalities credited with at least one document (regional publishers credit none)."""
    return _df(
        key,
        f"""
        SELECT m.municipality_code, m.name, m.county_code, count(*) AS dokument
        FROM documents d LEFT JOIN sources src ON src.source_id = d.source_id
        JOIN municipalities m ON m.municipality_code = {CREDITED}
        GROUP BY ALL ORDER BY m.name
        """,
    )


@st.cache_data(show_spinner=False, max_entries=8)
def published_range(key: Key) -> tuple[Any, Any]:
    """The first and last publication date (None, None without dated documents)."""
    row = _one(key, "SELECT min(published_date), max(published_date) FROM documents")
    return row[0], row[1]


@st.cache_data(show_spinner=False, max_entries=8)
def themes(key: Key) -> pd.DataFrame:
    return _df(
        key,
        """
        SELECT t.theme_id, t.label, count(pt.proposal_id) AS forslag
        FROM themes t LEFT JOIN proposal_themes pt USING (theme_id)
        GROUP BY ALL ORDER BY forslag DESC, t.label
        """,
    )


@st.cache_data(show_spinner=False, max_entries=8)
def target_groups(key: Key) -> list[str]:
    df = _df(
        key,
        "SELECT DISTINCT unnest(target_groups) AS g FROM proposals UNION SELECT DISTINCT unnest(target_groups) FROM documents",
    )
    return sorted(str(g) for g in df["g"].dropna())


@st.cache_data(show_spinner=False, max_entries=8)
def proposal_kinds(key: Key) -> list[str]:
    df = _df(key, "SELECT DISTINCT kind FROM proposals WHERE kind IS NOT NULL ORDER BY kind")
    return [str(k) for k in df["kind"]]


# --- Jämför kommuner -----------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=32)
def theme_by_municipality(key: Key, f: Filter, regional: bool = False) -> pd.DataFrame:
    """theme × municipality (county, municipality and theme filters pick the cells): proposals
    and documents in the cell, the municipality's themed proposals and documents (the share's
    base), the share, and the theme's share in the municipality's county and in the whole
    corpus (same target group and period) for the lift.

    `regional`: a regional body's proposals also count for the municipalities of its county
    that its text names (pipeline.tables_dashboard.CREDITS_SQL), counted apart in `via_regional`
    and `bas_via_regional`. The county and corpus references count every proposal once either way."""
    return _aggregate(key, "theme_by_municipality", {
        **f.sql(counties=True, munis=True), "sel_counties": list(f.counties), "sel_munis": list(f.municipalities),
        "regional": regional})


@st.cache_data(show_spinner=False, max_entries=32)
def regional(key: Key, f: Filter) -> pd.DataFrame:
    """Proposals from regional publishers (regions, organisations) in the filter, per publisher,
    with the municipalities their texts name (`kommuner`) and the proposals that reach one."""
    facts, credits = _facts(key)
    return _df(
        key,
        f"""
        WITH reg AS (SELECT b.pid, b.did, b.publisher, b.publisher_kind, c.municipality_code AS credited
                     FROM {facts} b LEFT JOIN {credits} c USING (document_id)
                     WHERE b.first_row AND b.publisher_kind <> 'kommun' AND {_WHERE.replace("municipality_code", "b.municipality_code")})
        SELECT coalesce(publisher, 'okänd utgivare') AS utgivare, publisher_kind AS typ,
               count(DISTINCT pid) AS forslag, count(DISTINCT did) AS dokument,
               count(DISTINCT credited) AS kommuner, count(DISTINCT pid) FILTER (WHERE credited IS NOT NULL) AS krediterade
        FROM reg GROUP BY ALL ORDER BY forslag DESC
        """,
        f.sql(munis=True),
    )


@st.cache_data(show_spinner=False, max_entries=8)
def municipality_points(key: Key) -> pd.DataFrame:
    return _df(key, "SELECT municipality_code, name, county_code, lat, lon FROM municipalities")


# --- Målgrupper ----------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=32)
def target_group_by_theme(key: Key, f: Filter) -> pd.DataFrame:
    """target group × theme; share = of the target group's themed proposals."""
    return _aggregate(key, "target_group_by_theme", f.sql())


@st.cache_data(show_spinner=False, max_entries=32)
def target_group_by_municipality(key: Key, f: Filter) -> pd.DataFrame:
    """Proposals (all, themed or not; only the theme filter's themes when one is set) per target
    group and municipality; regional publishers are left out (they credit no municipality)."""
    return _aggregate(key, "target_group_by_municipality", f.sql(), cells_only_themes=False)


# --- Trender -------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=32)
def theme_trend(key: Key, f: Filter, by_municipality: bool = False) -> pd.DataFrame:
    """theme × period (× municipality when asked), dated documents only; share = of all themed
    proposals in the period (in the municipality). Empty periods are absent: the page fills them."""
    return _aggregate(key, "theme_trend", {**f.sql(), "kind": f.period_kind, "split": by_municipality})


@st.cache_data(show_spinner=False, max_entries=32)
def top_themes(key: Key, f: Filter, n: int = 5) -> list[str]:
    """The n themes with most proposals under the filter (its themes ignored)."""
    facts, _ = _facts(key)
    df = _df(
        key,
        f"""
        SELECT theme_id, count(*) AS n FROM {facts}
        WHERE theme_id IS NOT NULL AND theme_id <> 'ovrigt' AND {_WHERE}
        GROUP BY theme_id ORDER BY n DESC, theme_id LIMIT $n
        """,
        {**f.sql(themes=True), "n": n},
    )
    return df["theme_id"].tolist()


# --- Dialoger ------------------------------------------------------------------------------

# An event's date as a DATE (first day of a partial date), else its document's publication date.
_EVENT_DATE = """coalesce(CASE length(e.date) WHEN 10 THEN try_cast(e.date AS DATE)
                                 WHEN 7 THEN try_cast(e.date || '-01' AS DATE)
                                 WHEN 4 THEN try_cast(e.date || '-01-01' AS DATE) END, d.published_date)"""


# Every dialogue event under a Filter (county, municipality, target group of the document or of
# its proposals, theme of its proposals, period on the event's date) and dialogue types. The
# proposal conditions are only written when that filter is set: otherwise they cost a pass over
# every proposal for nothing (the SQL's structure, never a user's value, depends on it).
def _events_sql(f: Filter) -> str:
    group = """AND (list_contains(coalesce(d.target_groups, []), $group)
               OR EXISTS (SELECT 1 FROM proposals p WHERE p.document_id = d.document_id
                          AND list_contains(coalesce(p.target_groups, []), $group)))""" if f.group else ""
    themes = """AND EXISTS (SELECT 1 FROM proposals p JOIN proposal_themes pt USING (proposal_id)
               WHERE p.document_id = d.document_id AND list_contains($themes::VARCHAR[], pt.theme_id))""" \
        if f.themes else ""
    return f"""
        SELECT d.document_id, e.event_no, e.date AS datum_text, {_EVENT_DATE} AS datum, e.place AS plats,
               e.participants_count AS deltagare, e.participants_qualifier AS kvalificering,
               e.participant_kinds AS deltagartyper, d.dialogue_type AS typ,
               coalesce(src.name, m.name, 'okänd utgivare') AS arrangor, coalesce(src.kind, 'kommun') AS utgivartyp,
               m.name AS kommun, c.name AS lan, d.target_groups AS malgrupper, d.url, d.title
        FROM events e JOIN documents d ON d.document_id = e.document_id
        LEFT JOIN sources src ON src.source_id = d.source_id
        LEFT JOIN municipalities m ON m.municipality_code = {CREDITED}
        LEFT JOIN counties c ON c.county_code = coalesce(d.county_code, m.county_code)
        WHERE (len($counties::VARCHAR[]) = 0 OR list_contains($counties::VARCHAR[], coalesce(d.county_code, m.county_code)))
          AND (len($munis::VARCHAR[]) = 0 OR list_contains($munis::VARCHAR[], {CREDITED}))
          AND ($d0 IS NULL OR {_EVENT_DATE} >= $d0) AND ($d1 IS NULL OR {_EVENT_DATE} < $d1)
          AND (len($types::VARCHAR[]) = 0 OR list_contains($types::VARCHAR[], d.dialogue_type))
          {group} {themes}
"""


@st.cache_data(show_spinner=False, max_entries=32)
def events(key: Key, f: Filter, types: tuple[str, ...] = (), limit: int = 2000) -> pd.DataFrame:
    """The newest `limit` events under the filter, with their document and proposal count
    (counted for the page's events only)."""
    order = "datum DESC NULLS LAST, arrangor, event_no, document_id"  # document_id: ties in a fixed order
    return _df(key, f"""WITH page AS ({_events_sql(f)} ORDER BY {order} LIMIT $limit),
                        n AS (SELECT document_id, count(*) AS forslag FROM proposals
                              WHERE document_id IN (SELECT document_id FROM page) GROUP BY document_id)
                        SELECT page.*, coalesce(n.forslag, 0) AS forslag FROM page LEFT JOIN n USING (document_id)
                        ORDER BY {order}""",
               {**f.sql(), "types": list(types), "limit": limit})


@st.cache_data(show_spinner=False, max_entries=32)
def events_count(key: Key, f: Filter, types: tuple[str, ...] = ()) -> dict[str, int]:
    """Events, stated participants and proposals under the same filter, beyond the page's limit."""
    row = _one(key, f"""WITH q AS ({_events_sql(f)})
               SELECT count(*), coalesce(sum(deltagare), 0),
                      (SELECT count(*) FROM proposals WHERE document_id IN (SELECT document_id FROM q))
               FROM q""", {**f.sql(), "types": list(types)})
    return {"events": int(row[0]), "participants": int(row[1]), "proposals": int(row[2])}


@st.cache_data(show_spinner=False, max_entries=8)
def dialogue_types(key: Key) -> list[str]:
    df = _df(key, "SELECT DISTINCT dialogue_type FROM documents WHERE dialogue_type IS NOT NULL "
                  "AND document_id IN (SELECT document_id FROM events) ORDER BY 1")
    return [str(t) for t in df["dialogue_type"]]


@st.cache_data(show_spinner=False, max_entries=64)
def document_proposals(key: Key, document_id: str) -> pd.DataFrame:
    """A document's proposals with their status and theme."""
    return _df(
        key,
        """
        SELECT p.proposal_id, p.text, p.kind, p.status, p.target_groups,
               (SELECT string_agg(t.label, ', ') FROM proposal_themes pt JOIN themes t USING (theme_id)
                 WHERE pt.proposal_id = p.proposal_id) AS teman
        FROM proposals p WHERE p.document_id = $doc ORDER BY p.start_char
        """,
        {"doc": document_id},
    )


# --- Teman ---------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=32)
def theme_detail(key: Key, theme_id: str, f: Filter | None = None) -> dict[str, Any]:
    """One theme: its row, how its proposals were placed, and its representative quotes within
    the filter (county, municipalities, target group, period): the stored quotes that fall in
    it, else the filter's proposals most typical of the theme."""
    from dashboard.filters import Filter

    cur = db.cursor(_con(key))
    row = cur.execute("SELECT * FROM themes WHERE theme_id = $t", {"t": theme_id}).df()
    placed = _df(key, """SELECT coalesce(assigned_by, 'okänt') AS assigned_by, count(*) AS n,
                                avg(confidence) AS confidence FROM proposal_themes WHERE theme_id = $t GROUP BY 1
                                ORDER BY n DESC""", {"t": theme_id})
    facts, _ = _facts(key)
    quotes = _df(
        key,
        f"""
        WITH inf AS (SELECT proposal_id FROM {facts} WHERE theme_id = $t AND {_WHERE}),
        stored AS (SELECT rank, proposal_id FROM theme_quotes WHERE theme_id = $t AND proposal_id IN (FROM inf)),
        q AS (
            SELECT rank, proposal_id FROM stored
            UNION ALL  -- no stored quote here (or an older run): the proposals most typical of the theme
            SELECT row_number() OVER (ORDER BY score DESC, proposal_id) AS rank, proposal_id FROM proposal_themes
            WHERE theme_id = $t AND proposal_id IN (FROM inf) AND NOT EXISTS (FROM stored)
            QUALIFY rank <= 5
        )
        SELECT q.rank, p.proposal_id, p.document_id, p.text, p.start_char, p.end_char, p.status, d.url, d.title,
               d.published, coalesce(m.name, src.name) AS kalla,
               {pii_spans_sql('p', 'start_char', 'end_char', 'pii')}
        FROM q JOIN proposals p USING (proposal_id) JOIN documents d ON d.document_id = p.document_id
        LEFT JOIN sources src ON src.source_id = d.source_id
        LEFT JOIN municipalities m ON m.municipality_code = {CREDITED}
        ORDER BY q.rank
        """,
        {**(f or Filter()).sql(), "t": theme_id},
    )
    return {"theme": row.iloc[0].to_dict() if len(row) else {}, "placed": placed, "quotes": quotes}


# --- Återkommande förslag ------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=8)
def has_recurring(key: Key) -> bool:
    return bool(_one(key, "SELECT count(*) FROM information_schema.tables WHERE table_catalog = $c "
                          "AND table_name = 'recurring_groups'", {"c": db.CATALOG})[0])


@st.cache_data(show_spinner=False, max_entries=32)
def recurring(key: Key, f: Filter, min_municipalities: int) -> pd.DataFrame:
    """Recurring proposal groups, counted within the filter (county, municipalities, target
    group, theme, period), raised in at least `min_municipalities` municipalities."""
    theme_cond = f"""AND b.pid IN (SELECT pid FROM {_facts(key)[0]}
                                    WHERE list_contains($themes::VARCHAR[], theme_id))""" if f.themes else ""
    return _df(
        key,
        f"""
        WITH mem AS (SELECT r.group_id, b.* FROM recurring_proposals r
                     JOIN {_facts(key)[0]} b ON b.proposal_id = r.proposal_id AND b.first_row
                     WHERE {_WHERE} {theme_cond})
        SELECT g.group_id, g.text, count(DISTINCT mem.pid) AS forslag,
               count(DISTINCT mem.municipality_code) AS kommuner,
               list(DISTINCT mem.municipality_name ORDER BY mem.municipality_name)
                   FILTER (WHERE mem.municipality_name IS NOT NULL) AS kommunnamn,
               count(DISTINCT mem.publisher) FILTER (WHERE mem.publisher_kind <> 'kommun') AS regionala,
               min(mem.published_date) AS forst, max(mem.published_date) AS senast,
               count(DISTINCT year(mem.published_date)) AS ar, any_value(g.model) AS modell,
               any_value(g.threshold) AS troskel
        FROM recurring_groups g JOIN mem USING (group_id)
        GROUP BY g.group_id, g.text
        HAVING count(DISTINCT mem.municipality_code) >= $minm AND count(DISTINCT mem.pid) >= 2
        ORDER BY kommuner DESC, forslag DESC, g.text
        LIMIT 1000
        """,
        {**f.sql(), "minm": min_municipalities},
    )


@st.cache_data(show_spinner=False, max_entries=32)
def recurring_members(key: Key, group_id: int, limit: int = 50) -> pd.DataFrame:
    """A group's proposals, oldest first (at most `limit`: a page cannot show thousands)."""
    return _df(
        key,
        f"""
        SELECT p.text, p.status, r.similarity, d.url, d.title, d.published, coalesce(m.name, src.name) AS kalla
        FROM recurring_proposals r JOIN proposals p USING (proposal_id) JOIN documents d ON d.document_id = p.document_id
        LEFT JOIN sources src ON src.source_id = d.source_id
        LEFT JOIN municipalities m ON m.municipality_code = {CREDITED}
        WHERE r.group_id = $g ORDER BY d.published_date NULLS LAST, kalla, p.proposal_id LIMIT $limit
        """,
        {"g": group_id, "limit": limit},
    )


# --- Förslag -------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=64)
def matching_ids(key: Key, query: str) -> tuple[list[str], str]:
    """Proposal ids for a free-text query, best first, and how they were found:
    'fts' (Swedish stems), 'delsträng' (substring, when stems find nothing), or 'ingen sökning'."""
    query = query.strip()
    if not query:
        return [], "ingen sökning"
    try:
        hits = search.search(_con(key), db.CATALOG, query)
    except search.SearchUnavailable:
        hits = []
    if hits:
        return [h[0] for h in hits], "fts"
    words = [w for w in query.split() if w]
    df = _df(
        key,
        "SELECT proposal_id FROM proposals WHERE list_bool_and([contains(lower(text), lower(w)) FOR w IN $words]) LIMIT 5000",
        {"words": words},
    )
    return df["proposal_id"].tolist(), "delsträng"


@st.cache_data(show_spinner=False, max_entries=64)
def proposals(
    key: Key,
    ids: tuple[str, ...] | None,
    municipalities_: tuple[str, ...],
    themes_: tuple[str, ...],
    groups: tuple[str, ...],
    kinds: tuple[str, ...],
    years: tuple[int, int] | None,
    limit: int,
    offset: int = 0,
) -> tuple[pd.DataFrame, int]:
    """Filtered proposals with their sentence, source and PII spans; and the total count.
    `ids` (from a search, best first) restricts and orders the result; None = no search."""
    params = {
        "ids": list(ids or []),
        "munis": list(municipalities_),
        "themes": list(themes_),
        "groups": list(groups),
        "kinds": list(kinds),
        "y0": years[0] if years else None,
        "y1": years[1] if years else None,
        "limit": limit,
        "offset": offset,
    }
    # Only the joins and conditions a set filter needs (the SQL's structure, never a user's value,
    # depends on the filter): an unused join or EXISTS still costs a pass over every proposal.
    where = """
        FROM proposals p
        JOIN documents d ON d.document_id = p.document_id
    """
    conds = []
    if ids is not None:
        where += """JOIN (SELECT unnest($ids::VARCHAR[]) AS proposal_id, generate_subscripts($ids::VARCHAR[], 1) AS rank) r
               ON r.proposal_id = p.proposal_id
        """
    if municipalities_:
        where += "LEFT JOIN sources src ON src.source_id = d.source_id\n"
        conds.append(f"list_contains($munis::VARCHAR[], {CREDITED})")
    if themes_:
        conds.append("EXISTS (SELECT 1 FROM proposal_themes pt WHERE pt.proposal_id = p.proposal_id"
                     " AND list_contains($themes::VARCHAR[], pt.theme_id))")
    if groups:
        conds.append("len(list_intersect($groups::VARCHAR[], coalesce(p.target_groups, []))) > 0")
    if kinds:
        conds.append("list_contains($kinds::VARCHAR[], p.kind)")
    if years:
        conds.append("year(d.published_date) BETWEEN $y0 AND $y1")
    cond = (" WHERE " + " AND ".join(conds) + "\n") if conds else "\n"
    rank = "r.rank" if ids is not None else "NULL::BIGINT"
    total = _one(key, "SELECT count(*) " + where + cond, params)[0]  # no sentence join needed to count
    # The page's ids first: the correlated columns below would otherwise be computed for every
    # matching row before the LIMIT.
    df = _df(
        key,
        f"""
        WITH page AS MATERIALIZED (
            SELECT p.proposal_id, {rank} AS rank, d.published_date
            {where}{cond}
            ORDER BY rank NULLS LAST, d.published_date DESC NULLS LAST, p.proposal_id
            LIMIT $limit OFFSET $offset
        ),
        -- The page's themes only (as a correlated column DuckDB may aggregate every proposal's).
        -- The classifier's probability belongs to taxonomy placements only.
        tm AS (
            SELECT pt.proposal_id,
                   list(t.label || CASE WHEN pt.confidence IS NULL OR pt.assigned_by <> 'klassificerare' THEN ''
                                        ELSE ' (säkerhet ' || replace(printf('%.2f', pt.confidence), '.', ',') || ')' END
                        ORDER BY pt.score DESC) AS teman
            FROM proposal_themes pt JOIN themes t USING (theme_id)
            WHERE pt.proposal_id IN (SELECT proposal_id FROM page) GROUP BY pt.proposal_id
        )
        SELECT p.proposal_id, p.document_id, p.text AS forslag, p.kind, p.status, p.target_groups, p.start_char, p.end_char,
               s.text AS mening, s.start_char AS s_start, s.end_char AS s_end,
               d.title, d.url, d.fetched_at, d.published, coalesce(m.name, src.name) AS kommun, tm.teman,
               {pii_spans_sql('p', 'start_char', 'end_char', 'pii_forslag')},
               {pii_spans_sql('s', 'start_char', 'end_char', 'pii_mening')}
        FROM page JOIN proposals p USING (proposal_id)
        JOIN documents d ON d.document_id = p.document_id
        LEFT JOIN sources src ON src.source_id = d.source_id
        LEFT JOIN municipalities m ON m.municipality_code = {CREDITED}
        LEFT JOIN sentences s ON s.document_id = p.document_id AND s.sentence_no = p.sentence_no
        LEFT JOIN tm ON tm.proposal_id = p.proposal_id
        ORDER BY page.rank NULLS LAST, page.published_date DESC NULLS LAST, p.proposal_id
        """,
        params,
    )
    return df, int(total)


# A site without robots.txt answers 404: normal (everything may be fetched), not a failed fetch.
ROBOTS_404 = "(coalesce(status, 0) = 404 AND url LIKE '%/robots.txt')"


# --- Källor --------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=8)
def coverage(key: Key) -> pd.DataFrame:
    """Per source: fetches, outcomes, failures, freshness and documents; its publisher (the
    municipality for a municipal source, else the source itself) groups sources on the page."""
    return _df(
        key,
        f"""
        WITH f AS (
            SELECT source_id, count(*) AS hamtningar, max(fetched_at) AS senast_hamtad,
                   count(*) FILTER (WHERE outcome = 'failed' AND NOT {ROBOTS_404}) AS misslyckade,
                   count(*) FILTER (WHERE outcome IN ('new', 'changed')) AS nya_andrade,
                   count(*) FILTER (WHERE outcome = 'unchanged') AS oforandrade,
                   count(*) FILTER (WHERE outcome = 'irrelevant') AS irrelevanta
            FROM pages GROUP BY source_id
        ),
        dd AS (
            SELECT source_id, count(*) AS dokument, count(*) FILTER (WHERE relevant) AS relevanta,
                   max(published_date) AS senast_publicerad
            FROM documents GROUP BY source_id
        )
        SELECT s.source_id, s.name AS kalla, m.name AS kommun, c.name AS lan, s.kind AS typ,
               CASE WHEN s.kind = 'kommun' AND m.name IS NOT NULL THEN m.name ELSE s.name END AS utgivare,
               coalesce(f.hamtningar, 0) AS hamtningar, coalesce(f.misslyckade, 0) AS misslyckade,
               coalesce(f.nya_andrade, 0) AS nya_andrade, coalesce(f.oforandrade, 0) AS oforandrade,
               coalesce(f.irrelevanta, 0) AS irrelevanta,
               coalesce(dd.dokument, 0) AS dokument, coalesce(dd.relevanta, 0) AS relevanta,
               f.senast_hamtad, dd.senast_publicerad,
               date_diff('day', f.senast_hamtad, (SELECT max(fetched_at) FROM pages)) AS dagar_efter_senaste
        FROM sources s
        LEFT JOIN f USING (source_id) LEFT JOIN dd USING (source_id)
        LEFT JOIN municipalities m ON m.municipality_code = s.municipality_code
        LEFT JOIN counties c ON c.county_code = coalesce(s.county_code, m.county_code)
        ORDER BY s.name
        """,
    )


@st.cache_data(show_spinner=False, max_entries=16)
def failures(key: Key, sources_: tuple[str, ...], limit: int = 500) -> pd.DataFrame:
    return _df(
        key,
        f"""
        SELECT p.fetched_at AS hamtad, s.name AS kalla, p.url, p.status, p.error AS fel, p.crawl_id
        FROM pages p LEFT JOIN sources s USING (source_id)
        WHERE p.outcome = 'failed' AND NOT {ROBOTS_404} AND (len($sources::VARCHAR[]) = 0 OR list_contains($sources::VARCHAR[], p.source_id))
        ORDER BY p.fetched_at DESC LIMIT $limit
        """,
        {"sources": list(sources_), "limit": limit},
    )


@st.cache_data(show_spinner=False, max_entries=8)
def crawls(key: Key) -> pd.DataFrame:
    return _df(key, "SELECT crawl_id, started_at, finished_at FROM crawls ORDER BY started_at DESC LIMIT 20")

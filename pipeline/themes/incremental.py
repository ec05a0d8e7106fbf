"""What the theme stage last ran on: skip an unchanged run, place a few new proposals without a refit.

State lives in the database (migration 005): `theme_inputs` holds a digest per proposal of
everything the stage reads; `theme_state` holds the run's input key and, after a BERTopic fit,
the fit's centring mean and topic centroids (JSON lists, centred space of that fit).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from pipeline.themes import identity, model

_NOW = "_theme_inputs_now"

# Every column the stage (and its aggregate tables) reads about a proposal.
_DIGESTS = f"""
CREATE OR REPLACE TEMP TABLE {_NOW} AS
SELECT p.proposal_id,
       md5(concat_ws('\x1f', p.text, coalesce(s.text, ''), coalesce(CAST(p.target_groups AS VARCHAR), ''),
                     p.document_id, coalesce(d.municipality_code, ''), coalesce(d.county_code, ''),
                     coalesce(CAST(d.published_date AS VARCHAR), ''))) AS digest
FROM proposals p
LEFT JOIN sentences s USING (document_id, sentence_no)
LEFT JOIN documents d ON d.document_id = p.document_id
WHERE length(trim(p.text)) > 0
"""


@dataclass
class Diff:
    key: str          # hash of every proposal's digest and the stage's configuration
    total: int        # proposals now
    added: int        # proposals whose digest is new (new proposals; changed ones also count in `gone`)
    gone: int         # stored digests no longer present (removed or changed proposals)


def diff(con: duckdb.DuckDBPyConnection, config_key: str) -> Diff:
    con.execute(_DIGESTS)
    agg, total = con.execute(
        f"SELECT md5(coalesce(string_agg(proposal_id || ':' || digest, ',' ORDER BY proposal_id), '')), count(*) FROM {_NOW}"
    ).fetchone()
    added = con.execute(
        f"SELECT count(*) FROM {_NOW} n WHERE NOT EXISTS "
        "(SELECT 1 FROM theme_inputs t WHERE t.proposal_id = n.proposal_id AND t.digest = n.digest)"
    ).fetchone()[0]
    gone = con.execute(
        f"SELECT count(*) FROM theme_inputs t WHERE NOT EXISTS "
        f"(SELECT 1 FROM {_NOW} n WHERE t.proposal_id = n.proposal_id AND t.digest = n.digest)"
    ).fetchone()[0]
    return Diff(key=f"{config_key}:{agg}", total=int(total), added=int(added), gone=int(gone))


def new_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        f"SELECT proposal_id FROM {_NOW} n WHERE NOT EXISTS (SELECT 1 FROM theme_inputs t WHERE t.proposal_id = n.proposal_id)"
        " ORDER BY proposal_id").fetchall()]


def get(con: duckdb.DuckDBPyConnection, key: str) -> Any:
    row = con.execute("SELECT value FROM theme_state WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else None


def put(con: duckdb.DuckDBPyConnection, key: str, value: Any, run_id: str) -> None:
    con.execute("INSERT OR REPLACE INTO theme_state VALUES (?, ?, ?)", [key, json.dumps(value), run_id])


def record_all_inputs(con: duckdb.DuckDBPyConnection) -> None:
    """After a full run: the digests of every proposal it saw (one set-based replace)."""
    con.execute("DELETE FROM theme_inputs")
    con.execute(f"INSERT INTO theme_inputs SELECT proposal_id, digest FROM {_NOW}")


def record_new_inputs(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"INSERT OR REPLACE INTO theme_inputs SELECT proposal_id, digest FROM {_NOW}"
                " WHERE proposal_id NOT IN (SELECT proposal_id FROM theme_inputs)")


def fit_state(n: int, space: model.Space, x: np.ndarray, model_ids: list[str], final_ids: list[str]) -> dict[str, Any]:
    """What placing later proposals needs: the centring mean and centroids of the fit's topics
    (by model theme id, outliers excluded) and of the final themes (for scores)."""
    def centroids(ids: list[str]) -> dict[str, list[float]]:
        out: dict[str, list[int]] = {}
        for i, t in enumerate(ids):
            if t != identity.OUTLIER_ID:
                out.setdefault(t, []).append(i)
        return {t: model.centroid(x, idx).tolist() for t, idx in sorted(out.items())}

    return {"proposals": n, "mean": space.mean.tolist(), "model_centroids": centroids(model_ids),
            "final_centroids": centroids(final_ids)}


def nearest_topic(raw: np.ndarray, state: dict[str, Any], threshold: float) -> tuple[list[str], np.ndarray]:
    """Model theme id of each new proposal: its nearest stored topic centroid, Övrigt below `threshold`."""
    space = model.Space(mean=np.asarray(state["mean"], dtype=np.float32))
    x = space(raw)
    ids = list(state["model_centroids"])
    if not ids or not len(x):
        return [identity.OUTLIER_ID] * len(x), x
    best = model.nearest_centroid(x, np.asarray([state["model_centroids"][t] for t in ids], dtype=np.float32), threshold)
    return [ids[b] if b >= 0 else identity.OUTLIER_ID for b in best.tolist()], x

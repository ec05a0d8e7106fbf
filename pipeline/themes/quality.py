"""Topic quality: coherence (NPMI on the corpus), diversity, outlier share, stability (ARI)."""
from __future__ import annotations

import itertools
import json
import math
from collections.abc import Hashable, Mapping, Sequence

import duckdb
import numpy as np


def npmi_coherence(keywords: Mapping[Hashable, list[str]], tokenized: Sequence[Sequence[str]], top_n: int = 10) -> float | None:
    """Mean NPMI over keyword pairs of each topic, documents as the co-occurrence window.

    Pairs that never co-occur score -1 (the NPMI floor); 1 means the words always appear together.
    """
    n_docs = len(tokenized)
    if not n_docs or not keywords:
        return None
    doc_sets = [set(t) for t in tokenized]
    vocab = {w for words in keywords.values() for w in words[:top_n]}
    df: dict[str, set[int]] = {w: set() for w in vocab}
    for i, s in enumerate(doc_sets):
        for w in vocab & s:
            df[w].add(i)
    topic_scores = []
    for words in keywords.values():
        words = [w for w in words[:top_n] if df.get(w)]
        scores = []
        for a, b in itertools.combinations(words, 2):
            p_a, p_b = len(df[a]) / n_docs, len(df[b]) / n_docs
            p_ab = len(df[a] & df[b]) / n_docs
            if p_ab == 0:
                scores.append(-1.0)
            elif p_ab == 1:
                scores.append(1.0)
            else:
                scores.append(math.log(p_ab / (p_a * p_b)) / -math.log(p_ab))
        if scores:
            topic_scores.append(float(np.mean(scores)))
    return round(float(np.mean(topic_scores)), 4) if topic_scores else None


def diversity(keywords: Mapping[Hashable, list[str]], top_n: int = 10) -> float | None:
    """Share of unique words among all topics' top words (1 = no topic repeats another's words)."""
    tops = [w for words in keywords.values() for w in words[:top_n]]
    return round(len(set(tops)) / len(tops), 4) if tops else None


def outlier_share(labels: Sequence[int]) -> float | None:
    labels = list(labels)
    return round(sum(1 for x in labels if x == -1) / len(labels), 4) if labels else None


def stability(label_sets: Sequence[Sequence[int]]) -> float | None:
    """Mean pairwise adjusted Rand index of assignments from different seeds."""
    from sklearn.metrics import adjusted_rand_score

    if len(label_sets) < 2:
        return None
    scores = [adjusted_rand_score(a, b) for a, b in itertools.combinations(label_sets, 2)]
    return round(float(np.mean(scores)), 4)


def evaluate_themes(con: duckdb.DuckDBPyConnection) -> dict:
    """Quality of the latest successful theme run, as stored in `runs.quality`."""
    row = con.execute(
        """SELECT run_id, finished_at, quality, notes, counts FROM runs
           WHERE kind = 'themes' AND status = 'ok' ORDER BY finished_at DESC LIMIT 1"""
    ).fetchone()
    if row is None:
        return {"status": "ingen temakörning ännu", "hint": "kör `dialogkartan run` först"}
    run_id, finished, quality, notes, counts = row
    out = {"run_id": run_id, "finished_at": str(finished)}
    out.update(json.loads(quality or "{}"))
    out["counts"] = json.loads(counts or "{}")
    if notes:
        out["notes"] = notes
    return out

"""Stable theme ids: map this run's topics to earlier themes and to the taxonomy.

A topic keeps the id of the earlier theme whose centroid it resembles most (one topic per
earlier theme); otherwise it takes a taxonomy theme whose anchor it resembles; otherwise it gets
a new id `upptackt_NNN` that is never reused. Ties and order are broken deterministically, so
the same data gives the same ids.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import logging

import numpy as np

log = logging.getLogger(__name__)

DISCOVERED_PREFIX = "upptackt_"
OUTLIER_ID = "ovrigt"
OUTLIER_LABEL = "Övrigt (ej tematiserat)"
_DISCOVERED = re.compile(rf"^{DISCOVERED_PREFIX}(\d+)$")


@dataclass(frozen=True)
class Match:
    theme_id: str
    via: str          # previous | taxonomy | new
    similarity: float


def next_discovered_id(issued: set[str]) -> str:
    numbers = [int(m.group(1)) for t in issued if (m := _DISCOVERED.match(t))]
    return f"{DISCOVERED_PREFIX}{(max(numbers) if numbers else 0) + 1:03d}"


def match_topics(
    topic_centroids: dict[int, np.ndarray],
    topic_order: list[int],
    previous: dict[str, np.ndarray],
    anchors: dict[str, np.ndarray],
    issued: set[str],
    *,
    previous_threshold: float,
    taxonomy_threshold: float,
    taxonomy_margin: float = 0.0,
) -> dict[int, Match]:
    """Theme id per topic. Centroids and anchors must be unit vectors in the same space.

    `topic_order` decides who gets a new id first (largest topic first); `issued` holds every id
    ever handed out (so a vanished discovered theme's id is not given to something else).
    """
    result: dict[int, Match] = {}
    # 1. Earlier themes, one-to-one, best pairs first.
    pairs = []
    for t, c in topic_centroids.items():
        for tid, p in previous.items():
            sim = float(c @ p)
            if sim >= previous_threshold:
                pairs.append((-sim, t, tid))
    taken: set[str] = set()
    for neg, t, tid in sorted(pairs):
        if t in result or tid in taken:
            continue
        result[t] = Match(tid, "previous", -neg)
        taken.add(tid)
    # 2. Taxonomy anchors: several topics may fold into one taxonomy theme.
    for t in topic_order:
        if t in result or not anchors:
            continue
        ids = sorted(anchors)
        sims = np.array([float(topic_centroids[t] @ anchors[i]) for i in ids])
        best = int(sims.argmax())
        log.debug("topic %s best anchors %s", t, sorted(zip(sims.round(3), ids), reverse=True)[:3])
        runner_up = float(np.partition(sims, -2)[-2]) if len(sims) > 1 else -1.0
        # Both absolute and relative: a topic between two taxonomy themes stays its own theme.
        if sims[best] >= taxonomy_threshold and sims[best] - runner_up >= taxonomy_margin:
            result[t] = Match(ids[best], "taxonomy", float(sims[best]))
    # 3. New themes.
    issued = set(issued) | taken
    for t in topic_order:
        if t in result:
            continue
        tid = next_discovered_id(issued)
        issued.add(tid)
        result[t] = Match(tid, "new", 1.0)
    return result

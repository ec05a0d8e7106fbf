"""Per-proposal correction with the taxonomy's seed words.

Clusters of ~80 short proposals often form around how something is said ("på kvällstid", "en
dag i veckan") rather than what it is about, so a whole cluster lands in one theme. A proposal
that names a theme's seed words (lemmas or compound parts) is moved to that theme when the
words point clearly one way and the cluster's theme has none of them; embedding similarity to
the theme anchors only breaks ties. Pure: no database, no model fitting.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.themes.taxonomy import TaxonomyTheme
from pipeline.themes.text import WORD, analyze, lemma


def seed_terms(theme: TaxonomyTheme) -> frozenset[str]:
    """Seed lemmas as the analyzer sees them (a hyphenated seed such as e-tjänst stays whole)."""
    out: set[str] = set()
    for s in theme.seeds:
        low = s.lower()
        out.add(lemma(low))
        out.add(low)
    return frozenset(out)


def seed_hits(text: str, terms: Sequence[frozenset[str]]) -> np.ndarray:
    """Per theme: distinct seed terms in `text`; a whole word counts 1, a compound part 0.5."""
    hits = np.zeros(len(terms))
    words = analyze(text)
    whole = {lemma(m.group(0)) for m in WORD.finditer(text)}
    for k, seeds in enumerate(terms):
        found = seeds.intersection(words)
        hits[k] = sum(1.0 if w in whole else 0.5 for w in found)
    return hits


def correct(
    theme_ids: list[str],
    texts: Sequence[str],
    x: np.ndarray,
    anchors: np.ndarray,
    taxonomy: Sequence[TaxonomyTheme],
) -> tuple[list[str], int]:
    """Theme id per proposal after seed-word correction, and how many were moved.

    A proposal moves to taxonomy theme T when T has the most seed hits (ties broken by anchor
    similarity) and its current theme has fewer, so a tie that includes the current theme keeps it.
    """
    terms = [seed_terms(t) for t in taxonomy]
    index = {t.id: k for k, t in enumerate(taxonomy)}
    out = list(theme_ids)
    moved = 0
    sims = x @ anchors.T if len(x) else np.zeros((0, len(taxonomy)))
    for i, text in enumerate(texts):
        hits = seed_hits(text, terms)
        if hits.max() <= 0:
            continue
        top = np.flatnonzero(hits == hits.max())
        best = int(top[np.argmax(sims[i, top])]) if len(top) > 1 else int(top[0])
        current = index.get(out[i])
        if current is not None and hits[current] >= hits[best]:
            continue
        if out[i] != taxonomy[best].id:
            out[i] = taxonomy[best].id
            moved += 1
    return out, moved

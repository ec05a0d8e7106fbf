"""Which taxonomy theme a proposal is about, with a probability.

Two views, blended: logistic regression over sentence embeddings, and similarity to the
taxonomy's own words (each theme's label, description and seed words, embedded one by one).
Both learn at every theme run (about a second) from the taxonomy and from hand-labelled proposals
(`config/taxonomy/theme_examples/*.yaml`), so a theme added to themes.yaml is predicted before
anyone has labelled proposals for it. Examples labelled `nytt` teach one more class, "outside the
taxonomy". Settings were chosen by cross-validation on the examples (see `cross_validate`).
Pure: vectors in, probabilities out.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.themes.gold import NEW, GoldProposal
from pipeline.themes.model import Space
from pipeline.themes.taxonomy import TaxonomyTheme
from pipeline.themes.text import content_text


def learnable(theme_ids: Sequence[str], examples: Sequence[GoldProposal]) -> list[tuple[GoldProposal, int]]:
    """Examples with their class: k for theme k, len(theme_ids) for "outside the taxonomy" (`nytt`).
    Examples whose theme is no longer in the taxonomy are left out: there is no class to teach them to."""
    index = {t: k for k, t in enumerate(theme_ids)}
    out = []
    for ex in examples:
        label = len(theme_ids) if ex.theme == NEW else index.get(ex.theme)
        if label is not None:
            out.append((ex, label))
    return out


def training_texts(taxonomy: Sequence[TaxonomyTheme], examples: Sequence[GoldProposal]) -> tuple[list[str], np.ndarray, int]:
    """(texts, labels, n_fixed): the taxonomy's own texts first (`n_fixed` of them), then the
    `learnable` examples, framing removed as for the corpus."""
    texts: list[str] = []
    labels: list[int] = []
    for k, theme in enumerate(taxonomy):
        for text in (theme.label, theme.description, *theme.seeds):
            if text.strip():
                texts.append(text)
                labels.append(k)
    n_fixed = len(texts)
    for ex, label in learnable([t.id for t in taxonomy], examples):
        texts.append(content_text(ex.text))
        labels.append(label)
    return texts, np.asarray(labels, dtype=int), n_fixed


class ThemeClassifier:
    """Probabilities over the taxonomy's themes plus a last column, "outside the taxonomy".

    c: inverse regularisation of the logistic regression; prototype_weight: share of the
    taxonomy-word similarity in the blend; temperature: softmax temperature of those similarities
    (centred cosines span ~0.1-0.5); top_k: how many of a theme's words a proposal is compared with.
    """

    def __init__(self, n_themes: int, c: float = 32.0, prototype_weight: float = 0.2, temperature: float = 0.03,
                 top_k: int = 3) -> None:
        self.n_themes = n_themes
        self.c = c
        self.prototype_weight = prototype_weight
        self.temperature = temperature
        self.top_k = top_k
        self._model = None

    def fit(self, x: np.ndarray, y: np.ndarray, n_fixed: int, sample_weight: np.ndarray | None = None) -> ThemeClassifier:
        """`x[:n_fixed]` are the taxonomy's own texts (the prototypes), the rest labelled proposals."""
        from sklearn.linear_model import LogisticRegression

        if len(set(y[:n_fixed].tolist())) < 2:
            raise ValueError("the theme classifier needs a taxonomy of at least two themes")
        self._model = LogisticRegression(C=self.c, max_iter=3000).fit(x, y, sample_weight=sample_weight)
        # Prototypes and proposals are different genres: each is centred on its own mean (the
        # labelled proposals stand for the genre, so a corpus of one proposal works the same).
        self._proto_space = Space.fit(x[:n_fixed])
        self._query_space = Space.fit(x[n_fixed:] if len(x) > n_fixed else x[:n_fixed])
        protos = self._proto_space(x[:n_fixed])
        self._protos = [protos[y[:n_fixed] == k] for k in range(self.n_themes)]
        return self

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The fitted state as plain arrays (an .npz artefact, no pickle)."""
        if self._model is None:
            raise RuntimeError("fit the classifier first")
        return {"coef": self._model.coef_, "intercept": self._model.intercept_, "classes": self._model.classes_,
                "proto_mean": self._proto_space.mean, "query_mean": self._query_space.mean,
                "protos": np.vstack(self._protos), "proto_labels": np.concatenate(
                    [np.full(len(p), k) for k, p in enumerate(self._protos)]),
                "params": np.array([self.n_themes, self.c, self.prototype_weight, self.temperature, self.top_k])}

    @classmethod
    def from_arrays(cls, a: dict[str, np.ndarray]) -> ThemeClassifier:
        n, c, w, t, k = a["params"].tolist()
        clf = cls(int(n), c=c, prototype_weight=w, temperature=t, top_k=int(k))
        clf._model = _Linear(a["coef"], a["intercept"], a["classes"])
        clf._proto_space, clf._query_space = Space(a["proto_mean"]), Space(a["query_mean"])
        clf._protos = [a["protos"][a["proto_labels"] == j] for j in range(int(n))]
        return clf

    def predict_proba(self, x: np.ndarray, chunk: int = 65_536) -> np.ndarray:
        """(n, n_themes + 1) probabilities; the last column is "outside the taxonomy". In chunks
        of rows: the float64 copies of two million vectors would take gigabytes."""
        if self._model is None:
            raise RuntimeError("fit the classifier first")
        if len(x) <= chunk:
            return self._predict_chunk(x)
        out = np.zeros((len(x), self.n_themes + 1))
        for a in range(0, len(x), chunk):
            out[a:a + chunk] = self._predict_chunk(x[a:a + chunk])
        return out

    def _predict_chunk(self, x: np.ndarray) -> np.ndarray:
        k = self.n_themes
        out = np.zeros((len(x), k + 1))
        if not len(x):
            return out
        out[:, self._model.classes_] = self._model.predict_proba(x)
        q = self._query_space(x)
        sims = np.zeros((len(x), k))
        for j, protos in enumerate(self._protos):
            if len(protos):
                top = np.sort(q @ protos.T, axis=1)[:, -self.top_k:]
                sims[:, j] = top.mean(axis=1)
            else:
                sims[:, j] = -np.inf  # a theme without words cannot be matched by them
        s = np.exp((sims - sims.max(axis=1, keepdims=True)) / self.temperature)
        s /= s.sum(axis=1, keepdims=True)
        w = self.prototype_weight
        out[:, :k] = (1 - w) * out[:, :k] + w * s * (1 - out[:, k:])
        return out


class _Linear:
    """A fitted multinomial logistic regression read back from its arrays."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, classes: np.ndarray) -> None:
        self.coef_, self.intercept_, self.classes_ = coef, intercept, classes.astype(int)

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        z = np.asarray(x, dtype=np.float64) @ self.coef_.T + self.intercept_
        if z.shape[1] == 1:  # two classes: sklearn keeps one row of weights (a sigmoid)
            z = np.hstack([np.zeros_like(z), z])
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def calibrate(p: np.ndarray, temperature: float) -> np.ndarray:
    """Temperature scaling of probabilities (p^(1/T), renormalised): T > 1 softens, T < 1 sharpens."""
    if temperature == 1.0 or not len(p):
        return p
    z = np.log(np.clip(p, 1e-12, 1.0)) / temperature
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def cross_validate(x: np.ndarray, y: np.ndarray, n_fixed: int, gold: Sequence[GoldProposal],
                   theme_ids: Sequence[str], folds: int = 5, seed: int = 0, **params: float) -> dict[str, float] | None:
    """Accuracy of the classifier on labelled proposals it was not trained on.

    `gold` are the labelled proposals as given to `training_texts`, whose `learnable` ones are
    aligned with `x[n_fixed:]`; the taxonomy's own texts are always trained on. A `nytt` example is
    right when the classifier puts it outside the taxonomy.
    """
    from sklearn.model_selection import StratifiedKFold

    from pipeline.themes.gold import score

    kept = [g for g, _ in learnable(theme_ids, gold)]
    ex_x, ex_y = x[n_fixed:], y[n_fixed:]
    counts = np.bincount(ex_y) if len(ex_y) else np.zeros(0)
    if len(kept) < folds * 2 or len(kept) != len(ex_y):
        return None
    strata = np.where(counts[ex_y] >= folds, ex_y, -1)  # rare labels share one stratum
    predicted = [""] * len(kept)
    k = len(theme_ids)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(ex_x, strata):
        clf = ThemeClassifier(k, **params).fit(np.vstack([x[:n_fixed], ex_x[train]]),
                                               np.concatenate([y[:n_fixed], ex_y[train]]), n_fixed)
        for i, best in zip(test, clf.predict_proba(ex_x[test]).argmax(axis=1), strict=True):
            predicted[i] = theme_ids[best] if best < k else "ovrigt"
    result = score(kept, predicted)
    return {"examples": len(kept), "accuracy": result["accuracy"], "accuracy_strict": result["accuracy_strict"]}

"""Which taxonomy theme a proposal is about, with a probability.

Logistic regression over sentence embeddings, trained at every theme run (well under a second) on
two kinds of examples: hand-labelled proposals (`config/taxonomy/theme_examples/*.yaml`) and the
taxonomy itself (each theme's label, description and every seed word as a short example of its
own), so a theme added to themes.yaml is predicted before anyone has labelled proposals for it.
Pure: vectors in, probabilities out.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.themes.gold import NEW, GoldProposal
from pipeline.themes.taxonomy import TaxonomyTheme
from pipeline.themes.text import content_text


def training_texts(taxonomy: Sequence[TaxonomyTheme], examples: Sequence[GoldProposal]) -> tuple[list[str], np.ndarray]:
    """(texts, theme index) to train on. Examples labelled `nytt`, or with a theme that is no longer
    in the taxonomy, are left out: there is no class to teach them to."""
    index = {t.id: k for k, t in enumerate(taxonomy)}
    texts: list[str] = []
    labels: list[int] = []
    for k, theme in enumerate(taxonomy):
        for text in (theme.label, theme.description, *theme.seeds):
            if text.strip():
                texts.append(text)
                labels.append(k)
    for ex in examples:
        if ex.theme != NEW and ex.theme in index:
            texts.append(content_text(ex.text))
            labels.append(index[ex.theme])
    return texts, np.asarray(labels, dtype=int)


class ThemeClassifier:
    """Multinomial logistic regression; `C` was chosen by cross-validation on the examples."""

    def __init__(self, n_themes: int, c: float = 16.0) -> None:
        self.n_themes = n_themes
        self.c = c
        self._model = None

    def fit(self, x: np.ndarray, y: np.ndarray) -> ThemeClassifier:
        from sklearn.linear_model import LogisticRegression

        if len(set(y.tolist())) < 2:
            raise ValueError("the theme classifier needs examples of at least two themes")
        self._model = LogisticRegression(C=self.c, max_iter=3000).fit(x, y)
        return self

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """(n, n_themes) probabilities; a theme without any training example gets 0."""
        if self._model is None:
            raise RuntimeError("fit the classifier first")
        out = np.zeros((len(x), self.n_themes))
        if len(x):
            out[:, self._model.classes_] = self._model.predict_proba(x)
        return out


def cross_validate(x: np.ndarray, y: np.ndarray, n_fixed: int, gold: Sequence[GoldProposal], n_themes: int,
                   theme_ids: Sequence[str], c: float = 16.0, folds: int = 5, seed: int = 0) -> dict[str, float] | None:
    """Accuracy of the classifier on labelled examples it was not trained on.

    `x[:n_fixed]` are the taxonomy's own examples (always trained on); `gold` are the labelled
    proposals, aligned with `x[n_fixed:]` for those the classifier can learn and scored all the
    same (a `nytt` example counts as wrong: the classifier alone never leaves the taxonomy).
    """
    from sklearn.model_selection import KFold

    from pipeline.themes.gold import score

    learnable = [g for g in gold if g.theme != NEW and g.theme in theme_ids]
    if len(learnable) < folds * 2:
        return None
    ex_x, ex_y = x[n_fixed:], y[n_fixed:]
    predicted = [""] * len(learnable)
    for train, test in KFold(folds, shuffle=True, random_state=seed).split(ex_x):
        clf = ThemeClassifier(n_themes, c).fit(np.vstack([x[:n_fixed], ex_x[train]]),
                                               np.concatenate([y[:n_fixed], ex_y[train]]))
        for i, k in zip(test, clf.predict_proba(ex_x[test]).argmax(axis=1), strict=True):
            predicted[i] = theme_ids[k]
    result = score(learnable, predicted)
    return {"examples": len(learnable), "accuracy": result["accuracy"], "accuracy_strict": result["accuracy_strict"]}

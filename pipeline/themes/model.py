"""Topic fitting: guided BERTopic over precomputed embeddings, and c-TF-IDF theme keywords.

Pure functions (arrays in, labels out). Embeddings are mean-centred before use: e5 vectors
share a large common component (any two Swedish sentences score ~0.8), and removing it makes
cosine similarities discriminate between themes.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from pipeline.themes.text import analyze, analyze_words

# BERTopic warns on every outlier reduction that manual topic assignment must come last; it does
# here. A filter, because BERTopic resets its logger's level inside every fit.
logging.getLogger("BERTopic").addFilter(lambda record: "custom list of topic assignments" not in record.getMessage())

log = logging.getLogger(__name__)

OUTLIER = -1


def normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    n = np.linalg.norm(m, axis=-1, keepdims=True)
    n[n == 0] = 1.0
    return m / n


@dataclass
class Space:
    """A centred, normalised embedding space shared by documents, anchors and centroids."""

    mean: np.ndarray

    @classmethod
    def fit(cls, *matrices: np.ndarray) -> Space:
        stacked = np.vstack([m for m in matrices if len(m)])
        return cls(mean=stacked.mean(axis=0).astype(np.float32))

    def centre_in_place(self, m: np.ndarray) -> np.ndarray:
        """`self(m)` written over `m` (float32); returns the row norms before scaling, so that
        m * norms + mean gives the original rows back."""
        m -= self.mean
        n = np.linalg.norm(m, axis=-1, keepdims=True)
        n[n == 0] = 1.0
        m /= n
        return n[..., 0]

    def __call__(self, m: np.ndarray) -> np.ndarray:
        # One new matrix, centred and scaled in place: at two million proposals every extra
        # temporary copy is 1.5 GB.
        out = np.array(m, dtype=np.float32)
        self.centre_in_place(out)
        return out


@dataclass
class TopicFit:
    labels: np.ndarray                 # topic per document after outlier reduction (-1 = outlier)
    raw_labels: np.ndarray             # HDBSCAN's labels before outlier reduction
    keywords: dict[int, list[str]] = field(default_factory=dict)
    mode: str = "bertopic"             # bertopic | taxonomy
    fitted_on: int | None = None       # proposals the clustering saw (the rest were assigned)


def min_cluster_size(n_docs: int) -> int:
    """Small corpora need small clusters; large ones should not split into hundreds."""
    return int(max(4, min(50, round(n_docs / 40))))


def _backend(embed_fn: Callable[[list[str]], np.ndarray]):
    from bertopic.backend import BaseEmbedder

    class _Backend(BaseEmbedder):
        """Lets BERTopic embed seed-word lists (guided topics) in the documents' space."""

        def embed(self, documents: list[str], verbose: bool = False) -> np.ndarray:
            return embed_fn(list(documents))

    return _Backend()


def _bertopic(n_docs: int, seed: int, seeds: Sequence[Sequence[str]] | None, embed_fn):
    from bertopic import BERTopic
    from bertopic.vectorizers import ClassTfidfTransformer
    from hdbscan import HDBSCAN
    from sklearn.feature_extraction.text import CountVectorizer
    from umap import UMAP

    mcs = min_cluster_size(n_docs)
    umap_model = UMAP(
        n_neighbors=max(2, min(15, n_docs - 1)), n_components=5, min_dist=0.0, metric="cosine",
        random_state=seed, low_memory=True, n_jobs=1,
    )
    hdbscan_model = HDBSCAN(min_cluster_size=mcs, min_samples=max(2, mcs // 2), metric="euclidean",
                            cluster_selection_method="eom", prediction_data=True)
    vectorizer = CountVectorizer(analyzer=analyze, min_df=2 if n_docs >= 200 else 1)
    return BERTopic(
        embedding_model=_backend(embed_fn) if seeds else None,
        umap_model=umap_model,
        hdbscan_model=hdbscan_model,
        vectorizer_model=vectorizer,
        ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
        seed_topic_list=[list(s) for s in seeds] if seeds else None,
        language="multilingual",  # never "english": it strips å, ä and ö
        top_n_words=10,
        min_topic_size=mcs,
        calculate_probabilities=False,
        verbose=False,
    )


def fit_topics(
    texts: Sequence[str],
    embeddings: np.ndarray,
    *,
    seed: int,
    seed_words: Sequence[Sequence[str]] | None = None,
    embed_fn: Callable[[list[str]], np.ndarray] | None = None,
    outlier_threshold: float = 0.0,
) -> TopicFit:
    """Guided BERTopic on precomputed (centred) embeddings, then outlier reduction.

    `embed_fn` embeds the seed-word lists into the same centred space as `embeddings`.
    Outliers whose best topic embedding scores below `outlier_threshold` stay outliers.
    """
    texts = list(texts)
    model = _bertopic(len(texts), seed, seed_words if embed_fn else None, embed_fn)
    raw, _ = model.fit_transform(texts, embeddings=np.array(embeddings, copy=True))
    raw_arr = np.asarray(raw)
    topics = list(raw)
    if (raw_arr == OUTLIER).any() and (raw_arr != OUTLIER).any():
        topics = model.reduce_outliers(texts, topics, strategy="embeddings", embeddings=embeddings, threshold=outlier_threshold)
        model.update_topics(texts, topics=topics, vectorizer_model=model.vectorizer_model, ctfidf_model=model.ctfidf_model)
    keywords = {
        int(t): [w for w, _ in (model.get_topic(t) or []) if w] for t in sorted(set(topics)) if t != OUTLIER
    }
    return TopicFit(labels=np.asarray(topics), raw_labels=raw_arr, keywords=keywords, mode="bertopic")


def fit_topics_bounded(texts: Sequence[str], embeddings: np.ndarray, *, max_fit: int, seed: int,
                       outlier_threshold: float = 0.0, **kwargs) -> TopicFit:
    """`fit_topics` on at most `max_fit` proposals, the rest joining the nearest topic.

    UMAP and HDBSCAN grow faster than linearly with the corpus (and hold all of it in memory),
    while topics found on a 50k sample of a national corpus are the topics of all of it. The sample
    is drawn with the fit's own seed; every other proposal gets its nearest topic centroid (cosine
    in the same centred space), or stays an outlier below `outlier_threshold`, as outlier
    reduction would. `raw_labels` of the assigned proposals are these assignments (they never saw
    HDBSCAN)."""
    n = len(texts)
    if max_fit <= 0 or n <= max_fit:
        fit = fit_topics(texts, embeddings, seed=seed, outlier_threshold=outlier_threshold, **kwargs)
        fit.fitted_on = n
        return fit
    x = np.asarray(embeddings, dtype=np.float32)
    idx = np.sort(np.random.default_rng(seed).choice(n, size=max_fit, replace=False))
    fit = fit_topics([texts[i] for i in idx], x[idx], seed=seed, outlier_threshold=outlier_threshold, **kwargs)
    rest = np.setdiff1d(np.arange(n), idx)
    assigned = assign_to_topics(x, x[idx], fit.labels, outlier_threshold, rows=rest)
    labels = np.full(n, OUTLIER, dtype=np.int64)
    raw = np.full(n, OUTLIER, dtype=np.int64)
    labels[idx], raw[idx] = fit.labels, fit.raw_labels
    labels[rest] = raw[rest] = assigned
    return TopicFit(labels=labels, raw_labels=raw, keywords=fit.keywords, mode=fit.mode, fitted_on=len(idx))


def assign_to_topics(x: np.ndarray, fitted_x: np.ndarray, fitted_labels: np.ndarray, threshold: float,
                     chunk: int = 100_000, rows: np.ndarray | None = None) -> np.ndarray:
    """Topic of each row of `x` (or of `x[rows]`, without copying them): the nearest centroid of
    the fitted topics, OUTLIER below `threshold` or when no topic was found."""
    n = len(x) if rows is None else len(rows)
    topics = sorted(set(np.asarray(fitted_labels).tolist()) - {OUTLIER})
    if not topics or not n:
        return np.full(n, OUTLIER, dtype=np.int64)
    fitted_labels = np.asarray(fitted_labels)
    centroids = np.vstack([centroid(fitted_x, fitted_labels == t) for t in topics])
    best = nearest_centroid(x, centroids, threshold, chunk, rows=rows)
    return np.where(best >= 0, np.asarray(topics, dtype=np.int64)[best], OUTLIER)


def centroid(x: np.ndarray, rows: np.ndarray | list[int]) -> np.ndarray:
    """Normalised mean of the given rows (indices or a mask): a topic's direction in the space."""
    return normalise(np.asarray(x)[rows].mean(axis=0))


def nearest_centroid(x: np.ndarray, centroids: np.ndarray, threshold: float, chunk: int = 100_000,
                     rows: np.ndarray | None = None) -> np.ndarray:
    """Index of each row's nearest centroid by cosine (rows normalised here, centroids already
    are), -1 where even the nearest is below `threshold`; of `x[rows]` when given. In chunks, so
    that two million proposals never need a two-million-row similarity matrix (or a copy)."""
    n = len(x) if rows is None else len(rows)
    out = np.full(n, -1, dtype=np.int64)
    if not len(centroids):
        return out
    c = np.asarray(centroids, dtype=np.float32)
    for a in range(0, n, chunk):
        part = x[a:a + chunk] if rows is None else x[rows[a:a + chunk]]
        sims = normalise(part) @ c.T
        best = sims.argmax(axis=1)
        out[a:a + chunk] = np.where(sims[np.arange(len(best)), best] >= threshold, best, -1)
    return out


def cluster_only(embeddings: np.ndarray, seed: int) -> np.ndarray:
    """UMAP + HDBSCAN labels for one seed: the part of the fit that randomness touches."""
    from hdbscan import HDBSCAN
    from umap import UMAP

    n = len(embeddings)
    mcs = min_cluster_size(n)
    reduced = UMAP(n_neighbors=max(2, min(15, n - 1)), n_components=5, min_dist=0.0, metric="cosine",
                   random_state=seed, low_memory=True, n_jobs=1).fit_transform(embeddings)
    return HDBSCAN(min_cluster_size=mcs, min_samples=max(2, mcs // 2)).fit_predict(reduced)


def keywords_for(texts: Sequence[str], labels: np.ndarray, top_n: int = 10) -> dict[int, list[str]]:
    """c-TF-IDF keywords per label over whole-word lemmas (the final themes' keywords)."""
    from bertopic.vectorizers import ClassTfidfTransformer
    from sklearn.feature_extraction.text import CountVectorizer

    from scipy import sparse

    labels = np.asarray(labels)
    if len(labels) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    groups = sorted({int(lab) for lab in labels.tolist() if lab != OUTLIER})
    if not groups:
        return {}
    # Counted per proposal and summed per label: the counts of each label's texts joined, without
    # building a string (and a token list) of a whole theme — gigabytes at national scale.
    rows = np.flatnonzero(labels != OUTLIER)
    cv = CountVectorizer(analyzer=analyze_words)
    try:
        counts = cv.fit_transform([texts[i] for i in rows])
    except ValueError:  # no terms at all
        return {g: [] for g in groups}
    position = {g: k for k, g in enumerate(groups)}
    member = sparse.csr_matrix((np.ones(len(rows)), ([position[int(lab)] for lab in labels[rows].tolist()],
                                                     np.arange(len(rows)))), shape=(len(groups), len(rows)))
    bow = sparse.csr_matrix(member @ counts)
    ctf = ClassTfidfTransformer(reduce_frequent_words=True).fit_transform(bow).toarray()
    words = cv.get_feature_names_out()
    out = {}
    for i, g in enumerate(groups):
        order = np.argsort(-ctf[i], kind="stable")[:top_n]
        out[g] = [str(words[j]) for j in order if ctf[i, j] > 0]
    return out

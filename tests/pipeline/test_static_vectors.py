"""Static Swedish word vectors distilled from multilingual-e5-small (pipeline/models/vectors/)
and the static sentence embedder built on them (pipeline/themes/static_embed.py)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from pipeline.models.vectors import VECTORS_DIR, VECTORS_FILE, load_vectors
from pipeline.themes.static_embed import StaticEmbedder


@pytest.fixture(scope="module")
def emb() -> StaticEmbedder:
    return StaticEmbedder()


@pytest.fixture(scope="module")
def sv():
    return load_vectors()


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_vectors_file_loads_with_the_documented_shape(sv) -> None:
    meta = json.loads((VECTORS_DIR / "meta.json").read_text(encoding="utf-8"))
    assert VECTORS_FILE.stat().st_size <= 30e6
    assert len(sv.words) == meta["words"] >= 100_000
    assert sv.vectors.shape == (len(sv.words), meta["dims"])
    assert sv.vectors.dtype == np.float32
    assert np.isfinite(sv.vectors).all()
    assert len(set(sv.words)) == len(sv.words)
    assert all(w == w.lower() for w in sv.words[:5000])
    # no zero rows (every word was embedded) and counts align with words
    assert (np.linalg.norm(sv.vectors, axis=1) > 0).all()
    assert sv.counts.shape == (len(sv.words),) and sv.counts[0] > 1000  # "i"/"och" first
    w = sv.sif_weights()
    idx = {x: i for i, x in enumerate(sv.words)}
    assert w[idx["och"]] < 0.2 < 0.9 < w[idx["äldreomsorg"]]


def test_known_words_and_subword_fallback(emb: StaticEmbedder) -> None:
    v = emb.vocab
    assert "äldreboende" in v.index and "cykel" in v.index
    # an inflected form and a new compound that are not in the vocabulary
    # (an inflection stays close to its word; a compound with another head, "-platserna", less so)
    for unknown, whole, near in (
        ("äldreboendena", "äldreboende", 0.6),
        ("trygghetsboendeplatserna", "trygghetsboende", 0.5),
    ):
        assert unknown not in v.index, unknown
        seg = v.segment(unknown)
        assert seg is not None and any(whole[-6:] in piece for piece in seg), seg  # "...boende..." found
        vec = v.vector(unknown)
        assert np.linalg.norm(vec) > 0
        assert _cos(vec, v.vector(whole)) > near
        assert _cos(vec, v.vector(whole)) > _cos(vec, v.vector("cykel")) + 0.2
    # each new word has its own row (they once all shared the first one's)
    assert not np.allclose(v.vector("äldreboendena"), v.vector("trygghetsboendeplatserna"))
    # nothing known: no vector, and the row lookup says so
    assert v.segment("qxzvbk") is None
    assert v.row("qxzvbk") == -1
    assert np.linalg.norm(v.vector("qxzvbk")) == 0


def test_embedder_interface(emb: StaticEmbedder) -> None:
    from pipeline.themes.embed import make_embedder

    assert isinstance(emb.name, str) and emb.name.startswith("static")
    assert emb.cacheable is False
    assert emb.prepare(["vad som helst"]) is None
    assert emb.embed([]).shape == (0, emb.dim)
    x = emb.embed(["Fler platser på äldreboenden", "Bättre belysning i gångtunnlar", "1234 !!"])
    assert x.dtype == np.float32 and x.shape == (3, emb.dim)
    assert np.allclose(np.linalg.norm(x[:2], axis=1), 1.0, atol=1e-5)
    assert np.linalg.norm(x[2]) == 0  # no words at all: a zero row, not NaN
    # case does not matter; order of words does not matter (bag of words)
    a, b, c = emb.embed(["ÄLDREBOENDE och cykel", "äldreboende och cykel", "cykel och äldreboende"])
    assert np.allclose(a, b, atol=1e-6) and np.allclose(b, c, atol=1e-6)
    assert type(make_embedder("static")).__name__ == "StaticEmbedder"


def test_nearest_neighbours_make_sense(emb: StaticEmbedder, sv) -> None:
    m = sv.vectors / np.linalg.norm(sv.vectors, axis=1, keepdims=True)
    idx = {w: i for i, w in enumerate(sv.words)}

    def sim(a: str, b: str) -> float:
        return float(m[idx[a]] @ m[idx[b]])

    assert sim("äldreboende", "äldreomsorg") > sim("äldreboende", "cykel") + 0.15
    assert sim("äldreboende", "boende") > sim("äldreboende", "cykel") + 0.1
    assert sim("skola", "elev") > sim("skola", "cykel")
    top = np.argsort(-(m @ m[idx["äldreboende"]]))[1:15]
    near = [sv.words[i] for i in top]
    assert any("äldre" in w or "boende" in w or "omsorg" in w for w in near), near
    top = [sv.words[i] for i in np.argsort(-(m @ m[idx["cykel"]]))[1:15]]
    assert not any("äldre" in w for w in top), top


def test_sentences_land_near_their_topic(emb: StaticEmbedder) -> None:
    q, care, bike, school = emb.embed([
        "fler platser på äldreboenden i kommunen",
        "bättre äldreomsorg och hemtjänst för seniorer",
        "bredare cykelvägar och fler cykelställ i centrum",
        "mindre klasser och fler lärare i grundskolan",
    ])
    assert q @ care > q @ bike + 0.05
    assert q @ care > q @ school


def test_candidate_model_carries_the_vectors_within_budget() -> None:
    """The parser candidate trained with the vectors (when it has been assembled)."""
    from pipeline.models.vectors import HERE

    cand = HERE / "candidates" / "sv_dialogkartan_vec"
    if not (cand / "config.cfg").exists():
        pytest.skip("no candidate assembled (pipeline/models/train_vec.sh)")
    size = sum(f.stat().st_size for f in cand.rglob("*") if f.is_file())
    assert size <= 60e6
    assert "include_static_vectors = true" in (cand / "config.cfg").read_text(encoding="utf-8")
    table = np.load(cand / "vocab" / "vectors", mmap_mode="r")
    assert table.shape[1] == 128 and 10_000 <= table.shape[0] <= 120_000


def test_many_new_words_grow_the_table_without_changing_known_rows(emb: StaticEmbedder) -> None:
    # compounds the vocabulary lacks get fallback rows; the table grows in place, and a text
    # embeds the same before and after hundreds of other new words were added
    probe = "fler trygghetsboenden och lekplatser"
    before = emb.embed([probe])[0]
    rows = emb.vocab.matrix.shape[0]
    words = [f"{a}{b}" for a in ("trygghets", "lek", "bostads", "fritids", "skol") for b in
             ("boendena", "platserna", "gårdarnas", "vandringarna", "rådens", "dialogernas")]
    emb.embed([" ".join(words)] * 3)
    grown = emb.vocab.matrix.shape[0]
    assert grown > rows and emb.vocab.weights.shape == (grown,)
    assert np.allclose(emb.embed([probe])[0], before)
    fresh = StaticEmbedder()  # the same words looked up one by one, in the other order
    for w in reversed(words):
        assert np.allclose(fresh.vocab.vector(w), emb.vocab.vector(w)), w

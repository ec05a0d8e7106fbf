"""Pure parts of the theme stage: Swedish terms, ids, quality measures, embedding cache."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dialogkartan.db import writer
from pipeline.themes import identity, quality
from pipeline.themes.embed import embed_cached
from pipeline.themes.taxonomy import Overrides, load_taxonomy
from pipeline.themes.text import analyze, analyze_words, content_text


def test_terms_are_swedish_lemmas_with_compound_parts() -> None:
    terms = analyze("Vi föreslår fler trygghetsboenden och bussar för äldre på lovet.")
    assert "trygghetsboende" in terms
    assert "boende" in terms or "trygghet" in terms  # parts when pipeline.compounds is present
    assert "buss" in terms and "äldre" in terms and "lov" in terms
    assert not {"vi", "föreslå", "fler", "och", "för"} & set(terms)


def test_keyword_terms_are_whole_words_never_compound_parts() -> None:
    words = analyze_words("Mer handledning och fler trygghetsboenden för äldre.")
    assert words == ["handledning", "trygghetsboende", "äldre"]


def test_framing_is_removed_before_embedding() -> None:
    assert content_text("Deltagarna efterfrågade längre öppettider på fritidsgården") == "längre öppettider på fritidsgården"
    assert content_text("Det behövs bättre belysning i parken") == "bättre belysning i parken"
    assert content_text("Fritidsgården ska vara öppen") == "Fritidsgården ska vara öppen"


def test_taxonomy_file_has_the_issue_themes() -> None:
    ids = {t.id for t in load_taxonomy()}
    assert {"samverkan", "digitalisering", "tillganglighet", "boende", "ensamhet_isolering", "ekonomi",
            "trygghet_vald", "kompetensforsorjning", "delaktighet_inflytande"} <= ids
    assert all(t.seeds and t.description for t in load_taxonomy())


def test_match_keeps_previous_ids_then_taxonomy_then_new() -> None:
    e = np.eye(4, dtype=np.float32)
    topics = {0: e[0], 1: e[1], 2: e[2]}
    m = identity.match_topics(
        topics, [2, 1, 0], previous={"upptackt_004": e[0]}, anchors={"boende": e[1], "ekonomi": e[3]},
        issued={"upptackt_004", "upptackt_009"}, previous_threshold=0.7, taxonomy_threshold=0.3, taxonomy_margin=0.1,
    )
    assert m[0].theme_id == "upptackt_004" and m[0].via == "previous"
    assert m[1].theme_id == "boende" and m[1].via == "taxonomy"
    assert m[2].theme_id == "upptackt_010" and m[2].via == "new"  # ids are never reused


def test_merge_chain_and_cycle() -> None:
    assert Overrides(merge={"a": "b", "b": "c"}).final_id("a") == "c"
    with pytest.raises(Exception, match="cycle"):
        Overrides(merge={"a": "b", "b": "a"}).final_id("a")


def test_quality_measures() -> None:
    docs = [["buss", "färdtjänst"], ["buss", "färdtjänst"], ["lekplats", "park"], ["lekplats", "park"]]
    good = {0: ["buss", "färdtjänst"], 1: ["lekplats", "park"]}
    mixed = {0: ["buss", "park"], 1: ["lekplats", "färdtjänst"]}
    assert quality.npmi_coherence(good, docs) > 0.9
    assert quality.npmi_coherence(mixed, docs) == -1.0
    assert quality.diversity(good) == 1.0 and quality.diversity({0: ["a", "b"], 1: ["a", "b"]}) == 0.5
    assert quality.outlier_share([-1, 0, 0, 1]) == 0.25
    assert quality.stability([[0, 0, 1, 1], [1, 1, 0, 0], [0, 0, 1, 1]]) == 1.0


class _CountingEmbedder:
    name = "test:counting"
    cacheable = True

    def __init__(self) -> None:
        self.calls = 0

    def prepare(self, corpus) -> None:
        pass

    def embed(self, texts):
        self.calls += len(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_embeddings_are_cached_by_content_hash(tmp_path: Path) -> None:
    emb = _CountingEmbedder()
    with writer(tmp_path / "c.duckdb") as con:
        first, new = embed_cached(con, emb, ["fler bänkar", "en ny lekplats", "fler bänkar"])
        assert new == 2 and emb.calls == 2
        second, new = embed_cached(con, emb, ["en ny lekplats", "fler bänkar"])
        assert new == 0 and emb.calls == 2
        assert np.allclose(second, first[[1, 0]])
        assert con.execute("SELECT count(*) FROM embeddings WHERE model = 'test:counting'").fetchone()[0] == 2

"""Seed-word correction of cluster themes, and labels of discovered themes."""
from __future__ import annotations

import numpy as np

from pipeline.themes.run import _keyword_label
from pipeline.themes.seedmatch import correct
from pipeline.themes.taxonomy import TaxonomyTheme

BOENDE = TaxonomyTheme("boende", "Boende", "Bostäder och boendeformer.", ("boende", "bostad", "lägenhet"))
TRYGGHET = TaxonomyTheme("trygghet_och_vald", "Trygghet och våld", "Trygghet i vardagen.", ("våld", "brott", "otrygghet"))
INFO = TaxonomyTheme("information", "Information och kommunikation", "Information till invånare.", ("information", "broschyr"))
TAXONOMY = [BOENDE, TRYGGHET, INFO]


def run(ids: list[str], texts: list[str], sims: list[list[float]]):
    # correct() compares x @ anchors.T; with identity anchors that product is `sims` itself.
    x = np.array(sims, dtype=float)
    anchors = np.eye(len(TAXONOMY))
    return correct(ids, texts, x, anchors, TAXONOMY)


def test_seed_words_outvote_the_clusters_theme() -> None:
    out, moved = run(
        ["trygghet_och_vald"],
        ["Kommunen bör bygga fler lägenheter och bostäder för unga vuxna"],
        [[0.1, 0.1, 0.1]],
    )
    assert out == ["boende"] and moved == 1


def test_tie_that_includes_the_current_theme_stays_put() -> None:
    # One seed word each for Boende and Information: a tie; the similarities are weak.
    out, moved = run(["information"], ["Mer information om boende"], [[0.1, 0.05, 0.1]])
    assert out == ["information"] and moved == 0


def test_text_without_seed_words_keeps_its_theme() -> None:
    out, moved = run(["upptackt_001"], ["Längre öppettider på biblioteket"], [[0.2, 0.2, 0.2]])
    assert out == ["upptackt_001"] and moved == 0


def test_discovered_theme_label_prefers_content_words_over_time_words() -> None:
    label = _keyword_label(["eftermiddag", "bokning", "mottagning"])
    assert not label.lower().startswith("eftermiddag")
    assert "bokning" in label.lower() and "mottagning" in label.lower()

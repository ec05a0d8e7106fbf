"""Out-of-fold proposal scores of the first stage on the train split, by author group.

    .venv/bin/python eval/corpus/cv_by_author.py            # current split, the shipped C and keep

The same ten author folds as `dialogkartan train extract`; the groups are the authors' order of
writing (a1–a20 wrote first). A dev figure: it reads train only.
"""
from __future__ import annotations

import argparse
from collections import defaultdict

from pipeline.extract import decide as dec
from pipeline.extract import train as tr

GROUPS = ((20, "a1–a20"), (37, "a21–a37"), (52, "a38–a52"), (60, "a53–a60"), (10**6, "later"))


def group_of(author: str) -> str:
    n = int(author.lstrip("a"))
    return next(name for last, name in GROUPS if n <= last)


def main() -> None:
    shipped = dec.load_model()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=shipped.meta.get("C", 0.3) if shipped else 0.3)
    ap.add_argument("--keep", type=float, default=shipped.thresholds.get("keep", 0.7) if shipped else 0.7)
    ap.add_argument("--voice", type=float, default=shipped.thresholds.get("voice", 1.0) if shipped else 1.0)
    args = ap.parse_args()
    ts = tr.training_set()
    folds, doc_rows, extra_rows = ts.cv_inputs()
    oof = tr._cv_models(ts.docs, doc_rows, folds, extra_rows, args.c)
    groups: dict[str, list[tr.DocCands]] = defaultdict(list)
    for d, row in zip(ts.docs, ts.rows):
        groups[group_of(tr.author_of(row))].append(d)
    print(f"split {tr.CURRENT_SPLIT} train, first stage, C {args.c}, keep {args.keep}, voice {args.voice}")
    print("| authors | required | P | R | F1 |\n|---|---|---|---|---|")
    for name, docs in [(n, groups[n]) for _, n in GROUPS if n in groups] + [("all", ts.docs)]:
        s = tr.proposal_scores(docs, oof, args.keep, args.voice)
        required = sum(g.get("required", True) for d in docs for g in d.gold.get("proposals") or [])
        print(f"| {name} | {required} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |")


if __name__ == "__main__":
    main()

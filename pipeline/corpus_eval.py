"""Extraction scores on one split of the evaluation corpus (eval/corpus), with bootstrap 95 %
intervals over documents and a breakdown by genre; also the voice split (commitments).

    dialogkartan eval corpus --split dev       # while developing
    dialogkartan eval corpus --split test      # once, when the work is done
"""
from __future__ import annotations

import random
from typing import Any

from pipeline.evaluate import doc_counts, match_proposals, prf, summarise
from pipeline.extract.rescore import DEFAULT as DEFAULT_RESCORE

MEASURES = ("proposal_precision", "proposal_recall", "proposal_f1", "target_group_f1",
            "proposal_target_group_agreement", "dialogue_type_accuracy", "published_accuracy",
            "participant_count_accuracy", "municipality_accuracy", "person_name_f1")


def bootstrap(counts: list[dict[str, Any]], n: int = 1000, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Percentile 95 % intervals of every measure, resampling documents with replacement."""
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {m: [] for m in MEASURES}
    for _ in range(n):
        s = summarise([counts[rng.randrange(len(counts))] for _ in counts])
        for m in MEASURES:
            if s.get(m) is not None:
                draws[m].append(s[m])
    out = {}
    for m, xs in draws.items():
        if xs:
            xs.sort()
            out[m] = (xs[int(0.025 * len(xs))], xs[min(len(xs) - 1, int(0.975 * len(xs)))])
    return out


def evaluate_split(split: str, nlp: Any = None, rescore: str = DEFAULT_RESCORE,
                   leave_out: tuple[str, ...] = ()) -> dict[str, Any]:
    """`leave_out`: authors ("a89") whose documents are not scored, to see how much one writer moves
    a figure."""
    from pipeline.extract import extract_many
    from pipeline.extract.train import author_of, input_doc, load_split
    from pipeline.nlp import load_nlp

    nlp = nlp if nlp is not None else load_nlp()
    inputs, gold = load_split(split)
    inputs = [r for r in inputs if r["id"] in gold and author_of(r) not in leave_out]
    if not inputs:
        raise ValueError(f"split {split!r} holds no documents (v2 has no fixed dev: training cross-validates)")
    preds = {ex.id: ex.to_contract() for ex in extract_many([input_doc(r) for r in inputs], nlp=nlp, rescore=rescore)}
    counts = {r["id"]: doc_counts(gold[r["id"]], preds.get(r["id"])) for r in inputs}
    overall = summarise(list(counts.values()))
    intervals = bootstrap(list(counts.values()))
    by_genre: dict[str, dict[str, Any]] = {}
    genres: dict[str, list[str]] = {}
    for r in inputs:
        genres.setdefault(r.get("genre") or "?", []).append(r["id"])
    for genre, ids in sorted(genres.items()):
        s = summarise([counts[i] for i in ids])
        by_genre[genre] = {"documents": len(ids), **{m: s[m] for m in MEASURES}}
    authors: dict[str, list[str]] = {}
    for r in inputs:
        authors.setdefault(author_of(r), []).append(r["id"])
    by_author = {}
    for author, ids in sorted(authors.items(), key=lambda kv: int(kv[0].lstrip("a") or 0)):
        s = summarise([counts[i] for i in ids])
        by_author[author] = {"documents": len(ids), "required_proposals": sum(counts[i]["props"][0] + counts[i]["props"][2] for i in ids),
                             **{m: s[m] for m in ("proposal_precision", "proposal_recall", "proposal_f1")}}
    # a writer who could read only part of a page composed the rest in the genre (`genre_note`):
    # scored apart, so a figure can be read on rewrites of whole pages alone
    by_source = {}
    for name, ids in (("whole page", [r["id"] for r in inputs if not r.get("genre_note")]),
                      ("composed in part", [r["id"] for r in inputs if r.get("genre_note")])):
        if ids:
            sub = [counts[i] for i in ids]
            s = summarise(sub)
            by_source[name] = {"documents": len(ids), **{m: s[m] for m in MEASURES},
                               "proposal_f1_interval": bootstrap(sub).get("proposal_f1")}
    tp = fp = fn = 0
    for r in inputs:
        g = gold[r["id"]]
        if "commitments" in g:
            a, b, c, _ = match_proposals(preds[r["id"]].get("commitments") or [], g.get("commitments") or [])
            tp, fp, fn = tp + a, fp + b, fn + c
    commitments = dict(zip(("precision", "recall", "f1"), prf(tp, fp, fn)))
    return {"split": split, "left_out": list(leave_out), "overall": overall, "intervals": intervals,
            "by_genre": by_genre, "by_author": by_author, "by_source": by_source, "commitments": commitments,
            "table": _table(split, overall, intervals, by_genre, commitments, by_author, leave_out, by_source)}


def _fmt(v: Any) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def _table(split: str, overall: dict, intervals: dict, by_genre: dict, commitments: dict,
           by_author: dict | None = None, leave_out: tuple[str, ...] = (), by_source: dict | None = None) -> str:
    left = f" (left out: {', '.join(leave_out)})" if leave_out else ""
    lines = [f"split {split}: {overall['documents']} documents{left}", "", "| measure | score | 95 % interval |", "|---|---|---|"]
    for m in MEASURES:
        lo, hi = intervals.get(m, (None, None))
        lines.append(f"| {m} | {_fmt(overall.get(m))} | {_fmt(lo)}–{_fmt(hi)} |")
    lines.append(f"| commitment P / R / F1 | {_fmt(commitments['precision'])} / {_fmt(commitments['recall'])} / "
                 f"{_fmt(commitments['f1'])} | |")
    lines += ["", "| genre | docs | proposal P | R | F1 | dialogue type | published |", "|---|---|---|---|---|---|---|"]
    for genre, s in by_genre.items():
        lines.append(f"| {genre} | {s['documents']} | {_fmt(s['proposal_precision'])} | {_fmt(s['proposal_recall'])} | "
                     f"{_fmt(s['proposal_f1'])} | {_fmt(s['dialogue_type_accuracy'])} | {_fmt(s['published_accuracy'])} |")
    if by_author:
        lines += ["", "| author | docs | required | proposal P | R | F1 |", "|---|---|---|---|---|---|"]
        for author, s in by_author.items():
            lines.append(f"| {author} | {s['documents']} | {s['required_proposals']} | {_fmt(s['proposal_precision'])} | "
                         f"{_fmt(s['proposal_recall'])} | {_fmt(s['proposal_f1'])} |")
    if by_source and len(by_source) > 1:
        lines += ["", "| source text | docs | proposal P | R | F1 (95 % interval) | target groups | participants |",
                  "|---|---|---|---|---|---|---|"]
        for name, s in by_source.items():
            lo, hi = s["proposal_f1_interval"] or (None, None)
            lines.append(f"| {name} | {s['documents']} | {_fmt(s['proposal_precision'])} | {_fmt(s['proposal_recall'])} | "
                         f"{_fmt(s['proposal_f1'])} ({_fmt(lo)}–{_fmt(hi)}) | {_fmt(s['target_group_f1'])} | "
                         f"{_fmt(s['participant_count_accuracy'])} |")
    return "\n".join(lines)

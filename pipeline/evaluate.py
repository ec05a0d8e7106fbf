"""Score extraction output against gold, counting exactly like ../shared/tools/score_extraction.py.

`score(gold, pred)` takes dicts keyed by id; `score_files(gold_path, pred_path)` reads JSONL;
`evaluate(gold_path, input_path)` runs the extraction on the input and scores it;
`evaluate_sample(expected_yaml, sites_dir)` scores the bundled sample answer key when present.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipeline.textmatch import token_f1, tokens  # noqa: F401 - re-exported for callers

MATCH_F1 = 0.6  # token F1 at which a predicted proposal is the gold one


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match_proposals(pred: list[dict], gold: list[dict]) -> tuple[int, int, int, list[float]]:
    """Greedy one-to-one matching, best token F1 first; optional gold counts neither way."""
    pairs = sorted(((token_f1(p.get("text", ""), g["text"]), i, j)
                    for i, p in enumerate(pred) for j, g in enumerate(gold)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    agreement: list[float] = []
    tp = 0
    for f1, i, j in pairs:
        if f1 < MATCH_F1:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        if gold[j].get("required", True):
            tp += 1
            pg, gg = set(pred[i].get("target_groups") or []), set(gold[j].get("target_groups") or [])
            agreement.append(len(pg & gg) / len(pg | gg) if pg | gg else 1.0)
    fp = len(pred) - len(used_p)
    fn = sum(1 for j, g in enumerate(gold) if g.get("required", True) and j not in used_g)
    return tp, fp, fn, agreement


MISS_KINDS = ("found", "as_commitment", "dropped", "no_candidate")


def miss_kind(gold_text: str, proposals: list[str], commitments: list[str], candidates: list[str]) -> str:
    """Where a required gold proposal went: `found` among the proposals, taken `as_commitment`,
    `dropped` (a candidate matched it and the classifier did not keep it) or `no_candidate`
    (no generator produced it). A match is token F1 ≥ 0.6, as in scoring."""
    def hit(texts: list[str]) -> bool:
        return any(token_f1(t, gold_text) >= MATCH_F1 for t in texts)

    if hit(proposals):
        return "found"
    if hit(commitments):
        return "as_commitment"
    return "dropped" if hit(candidates) else "no_candidate"


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


_COUNT_KEYS = ("props", "groups", "persons", "contacts")


def doc_counts(g: dict, p: dict | None) -> dict[str, Any]:
    """One document's raw counts; `summarise` turns any list of them into the scores, so a
    bootstrap over documents re-sums counts instead of re-matching proposals."""
    c: dict[str, Any] = {k: [0, 0, 0] for k in _COUNT_KEYS}
    c["missing"] = int(p is None)
    p = p or {}
    tp, fp, fn, agree = match_proposals(p.get("proposals") or [], g.get("proposals") or [])
    c["props"] = [tp, fp, fn]
    c["agreement"] = agree
    required = set(g["target_groups"]["required"])
    allowed = required | set(g["target_groups"].get("optional", []))
    got = set(p.get("target_groups") or [])
    c["groups"] = [len(got & required), len(got - allowed), len(required - got)]
    c["muni"] = int(set(p.get("municipality_codes") or []) == set(g.get("municipality_codes") or []))
    c["date"] = [0, 0]
    if "published" in g:
        gd, pd = g.get("published") or "", p.get("published") or ""
        c["date"] = [int(bool(gd) and pd.startswith(gd) or (not gd and not pd)), 1]
    c["type"] = [int(p.get("dialogue_type") == g.get("dialogue_type")), 1] if g.get("dialogue_type") else [0, 0]
    c["count"] = [0, 0]
    for ev in g.get("events") or []:
        if ev.get("participants"):
            c["count"][1] += 1
            c["count"][0] += any((e.get("participants") or {}).get("count") == ev["participants"]["count"]
                                 for e in p.get("events") or [])
    gp, pp = g.get("pii") or {}, p.get("pii") or {}
    gn = {n.lower() for n in gp.get("persons", [])}
    pn = {n.lower() for n in pp.get("persons", [])}
    c["persons"] = [len(gn & pn), len(pn - gn), len(gn - pn)]
    gc = {e.lower() for e in gp.get("emails", [])} | {_digits(x) for x in gp.get("phones", [])}
    pc = {e.lower() for e in pp.get("emails", [])} | {_digits(x) for x in pp.get("phones", [])}
    c["contacts"] = [len(gc & pc), len(pc - gc), len(gc - pc)]
    return c


def summarise(counts: list[dict[str, Any]]) -> dict[str, Any]:
    tot = {k: [sum(c[k][i] for c in counts) for i in range(3)] for k in _COUNT_KEYS}
    pair = {k: [sum(c[k][i] for c in counts) for i in range(2)] for k in ("date", "type", "count")}
    agreement = [a for c in counts for a in c["agreement"]]
    n = len(counts)
    props, groups = prf(*tot["props"]), prf(*tot["groups"])
    return {
        "documents": n,
        "missing_predictions": sum(c["missing"] for c in counts),
        "proposal_precision": props[0],
        "proposal_recall": props[1],
        "proposal_f1": props[2],
        "proposal_target_group_agreement": sum(agreement) / len(agreement) if agreement else None,
        "target_group_precision": groups[0],
        "target_group_recall": groups[1],
        "target_group_f1": groups[2],
        "municipality_accuracy": sum(c["muni"] for c in counts) / n if n else None,
        "published_accuracy": pair["date"][0] / pair["date"][1] if pair["date"][1] else None,
        "dialogue_type_accuracy": pair["type"][0] / pair["type"][1] if pair["type"][1] else None,
        "participant_count_accuracy": pair["count"][0] / pair["count"][1] if pair["count"][1] else None,
        "person_name_f1": prf(*tot["persons"])[2],
        "person_name_recall": prf(*tot["persons"])[1],
        "contact_recall": prf(*tot["contacts"])[1],
    }


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, Any]:
    return summarise([doc_counts(g, pred.get(doc_id)) for doc_id, g in gold.items()])


def load_jsonl(path: str | Path) -> dict[str, dict]:
    from dialogkartan.textio import read_text

    rows: dict[str, dict] = {}
    for line in read_text(Path(path), "JSONL file")[0].split("\n"):  # any encoding `extract` reads
        if line.strip():
            row = json.loads(line)
            rows[str(row["id"])] = row
    return rows


def score_files(gold_path: str | Path, pred_path: str | Path) -> dict[str, Any]:
    return score(load_jsonl(gold_path), load_jsonl(pred_path))


def evaluate(gold_path: str | Path, input_path: str | Path, pred_path: str | Path | None = None,
             nlp: Any = None) -> dict[str, Any]:
    """Run the extraction on `input_path` and score it against `gold_path`."""
    import tempfile

    from pipeline.contract import extract_jsonl

    if pred_path is None:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "pred.jsonl"
            extract_jsonl(input_path, out, nlp=nlp)
            return score_files(gold_path, out)
    extract_jsonl(input_path, pred_path, nlp=nlp)
    return score_files(gold_path, pred_path)


def sample_gold(expected_yaml: str | Path) -> dict[str, dict]:
    """Gold rows (gold-dev format, keyed by URL) from the sample answer key, relevant pages only."""
    import yaml

    data = yaml.safe_load(Path(expected_yaml).read_text(encoding="utf-8")) or {}
    out: dict[str, dict] = {}
    for page in data.get("pages") or []:
        if not page.get("relevant"):
            continue
        tg = page.get("target_groups") or []
        row = {
            "id": page["url"],
            "municipality_codes": page.get("municipality_codes") or [],
            "county_codes": page.get("county_codes") or [],
            "mentioned_municipality_codes": page.get("mentioned_municipality_codes") or [],
            "dialogue_type": page.get("dialogue_type"),
            "events": page.get("events") or [],
            "target_groups": tg if isinstance(tg, dict) else {"required": list(tg), "optional": []},
            "proposals": page.get("proposals") or [],
            "pii": page.get("pii") or {"persons": [], "emails": [], "phones": []},
        }
        if "published" in page:
            row["published"] = page["published"]
        out[row["id"]] = row
    return out

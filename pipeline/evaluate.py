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


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, Any]:
    c = {k: [0, 0, 0] for k in ("props", "groups", "persons", "contacts")}
    agreement: list[float] = []
    muni = date_ok = date_n = type_ok = type_n = count_ok = count_n = missing = 0

    def add(key: str, tp: int, fp: int, fn: int) -> None:
        c[key][0] += tp
        c[key][1] += fp
        c[key][2] += fn

    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        if p is None:
            missing += 1
            p = {}
        tp, fp, fn, agree = match_proposals(p.get("proposals") or [], g.get("proposals") or [])
        add("props", tp, fp, fn)
        agreement += agree
        required = set(g["target_groups"]["required"])
        allowed = required | set(g["target_groups"].get("optional", []))
        got = set(p.get("target_groups") or [])
        add("groups", len(got & required), len(got - allowed), len(required - got))
        muni += set(p.get("municipality_codes") or []) == set(g.get("municipality_codes") or [])
        if "published" in g:
            date_n += 1
            gd, pd = g.get("published") or "", p.get("published") or ""
            date_ok += bool(gd) and pd.startswith(gd) or (not gd and not pd)
        if g.get("dialogue_type"):
            type_n += 1
            type_ok += p.get("dialogue_type") == g.get("dialogue_type")
        for ev in g.get("events") or []:
            if ev.get("participants"):
                count_n += 1
                count_ok += any((e.get("participants") or {}).get("count") == ev["participants"]["count"]
                                for e in p.get("events") or [])
        gp, pp = g.get("pii") or {}, p.get("pii") or {}
        gn = {n.lower() for n in gp.get("persons", [])}
        pn = {n.lower() for n in pp.get("persons", [])}
        add("persons", len(gn & pn), len(pn - gn), len(gn - pn))
        gc = {e.lower() for e in gp.get("emails", [])} | {_digits(x) for x in gp.get("phones", [])}
        pc = {e.lower() for e in pp.get("emails", [])} | {_digits(x) for x in pp.get("phones", [])}
        add("contacts", len(gc & pc), len(pc - gc), len(gc - pc))
    n = len(gold)
    props, groups = prf(*c["props"]), prf(*c["groups"])
    return {
        "documents": n,
        "missing_predictions": missing,
        "proposal_precision": props[0],
        "proposal_recall": props[1],
        "proposal_f1": props[2],
        "proposal_target_group_agreement": sum(agreement) / len(agreement) if agreement else None,
        "target_group_precision": groups[0],
        "target_group_recall": groups[1],
        "target_group_f1": groups[2],
        "municipality_accuracy": muni / n if n else None,
        "published_accuracy": date_ok / date_n if date_n else None,
        "dialogue_type_accuracy": type_ok / type_n if type_n else None,
        "participant_count_accuracy": count_ok / count_n if count_n else None,
        "person_name_f1": prf(*c["persons"])[2],
        "person_name_recall": prf(*c["persons"])[1],
        "contact_recall": prf(*c["contacts"])[1],
    }


def load_jsonl(path: str | Path) -> dict[str, dict]:
    rows: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
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

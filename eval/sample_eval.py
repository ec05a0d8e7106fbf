"""Score the extraction on the sample mini-web against its hand-written answer key.

The answer key (`data/sample/expected.yaml`) was written by the sample's author, independently of
the extraction rules, so this is the project's held-out check in the genre. The input is what the
crawler extracted (`data/crawl/sample/items.jsonl`, produced by `dialogkartan demo`), so it also
measures crawler text quality. Proposal scores use only pages whose proposals were annotated.

    .venv/bin/python eval/sample_eval.py [--items data/crawl/sample/items.jsonl]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from dialogkartan import paths
from pipeline.evaluate import sample_gold, score
from pipeline.extract import extract_many
from pipeline.nlp import load_nlp
from pipeline.types import InputDoc


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=Path, default=paths.crawl_dir() / "sample" / "items.jsonl")
    ap.add_argument("--expected", type=Path, default=paths.SAMPLE_DIR / "expected.yaml")
    args = ap.parse_args(argv)
    if not args.items.exists():
        raise SystemExit(f"error: {args.items} not found; run `dialogkartan demo --no-serve` first")
    gold = sample_gold(args.expected)
    import yaml

    annotated = {
        p["url"] for p in yaml.safe_load(args.expected.read_text(encoding="utf-8"))["pages"] if "proposals" in p
    }
    items = {}
    for line in args.items.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        items[item["url"]] = item
    docs = [
        InputDoc(id=url, text=items[url]["text"], title=items[url].get("title"), url=url,
                 published=items[url].get("published"))
        for url in gold if url in items
    ]
    preds = {ex.id: ex.to_contract() for ex in extract_many(docs, nlp=load_nlp())}
    all_fields = {k: {**g, "proposals": []} for k, g in gold.items() if k in preds}
    no_props = {k: {**p, "proposals": []} for k, p in preds.items()}
    result = score(all_fields, no_props)
    prop = score({k: gold[k] for k in annotated if k in preds}, {k: preds[k] for k in annotated if k in preds})
    for key in ("proposal_precision", "proposal_recall", "proposal_f1", "proposal_target_group_agreement"):
        result[key] = prop[key]
    result["documents"] = len(all_fields)
    result["documents_with_annotated_proposals"] = len([k for k in annotated if k in preds])
    result["missing_in_crawl"] = sorted(set(gold) - set(items))
    for key, value in result.items():
        shown = "n/a" if value is None else (f"{value:.3f}" if isinstance(value, float) else value)
        print(f"{key}: {shown}")
    return result


if __name__ == "__main__":
    main()

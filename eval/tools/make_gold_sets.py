"""Write the regression gold sets in tests/pipeline/data/ from their sources in eval/sets/.

    python eval/tools/make_gold_sets.py

eval/sets/own.yaml (our own annotated genre set) → own_input.jsonl, own_gold.jsonl;
eval/sets/heldout.yaml (written after the rules, never tuned on) → heldout_input.jsonl,
heldout_gold.jsonl. Edit the YAML, then run this; the JSONL is what extraction and scoring read.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from dialogkartan import paths

SETS = paths.ROOT / "eval" / "sets"
OUT = paths.ROOT / "tests" / "pipeline" / "data"


def write_set(source: Path, name: str, out: Path = OUT) -> int:
    docs: list[dict[str, Any]] = yaml.safe_load(source.read_text(encoding="utf-8"))["documents"]
    out.mkdir(parents=True, exist_ok=True)
    with open(out / f"{name}_input.jsonl", "w", encoding="utf-8") as fi, \
            open(out / f"{name}_gold.jsonl", "w", encoding="utf-8") as fg:
        for d in docs:
            # A set without titles takes the text's first line (the held-out set).
            row = {"id": d["id"], "title": d.get("title") or d["text"].splitlines()[0], "url": d["url"], "text": d["text"]}
            if d.get("published"):
                row["published"] = d["published"]
            fi.write(json.dumps(row, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": d["id"], **d["gold"]}, ensure_ascii=False) + "\n")
    return len(docs)


def main(out: Path = OUT) -> None:
    for name in ("own", "heldout"):
        print(f"wrote {write_set(SETS / f'{name}.yaml', name, out)} documents to {out}/{name}_*.jsonl")


if __name__ == "__main__":
    main()

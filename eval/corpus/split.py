"""Split the evaluation corpus once, by author, into train / dev / frozen test.

Whole authors go to one split, so the test measures the extraction on another writer's documents
(as the hidden sets of real pages will). The rule was fixed before any document was scored:
authors a1, a3, a5 → test; a7 → dev; a2, a4, a6 → train. Re-running only lists the ids again.

    .venv/bin/python eval/corpus/split.py        # writes eval/corpus/splits.yaml and prints counts
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RULE = {"a1": "test", "a3": "test", "a5": "test", "a7": "dev", "a2": "train", "a4": "train", "a6": "train"}


def main() -> None:
    splits: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    stats: dict[str, Counter] = {k: Counter() for k in splits}
    for author, split in sorted(RULE.items()):
        gold_path = HERE / "raw" / author / "gold.jsonl"
        inp_path = HERE / "raw" / author / "input.jsonl"
        if not gold_path.exists():
            continue
        genres = {json.loads(l)["id"]: json.loads(l).get("genre") for l in inp_path.read_text().splitlines() if l.strip()}
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            if g["id"] not in genres:
                continue
            splits[split].append(g["id"])
            st = stats[split]
            st["documents"] += 1
            st["required_proposals"] += sum(p.get("required", True) for p in g.get("proposals") or [])
            st["commitments"] += len(g.get("commitments") or [])
            st[f"genre:{genres[g['id']]}"] += 1
            for t in g["target_groups"]["required"]:
                st[f"group:{t}"] += 1
    lines = ["# Frozen split of the evaluation corpus (eval/corpus/split.py). Never tune on `test`.",
             f"# Rule: {json.dumps(RULE)}", "splits:"]
    for k, ids in splits.items():
        lines.append(f"  {k}: [{', '.join(sorted(ids))}]")
    lines.append("counts:")
    for k, st in stats.items():
        lines.append(f"  {k}: {{{', '.join(f'{n}: {v}' for n, v in sorted(st.items()))}}}")
    (HERE / "splits.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for k, st in stats.items():
        print(k, dict(sorted(st.items())))


if __name__ == "__main__":
    main()

"""Split the evaluation corpus once, by author, into train / dev / frozen test.

Whole authors go to one split, so the test measures the extraction on another writer's documents
(as the hidden sets of real pages will). The rule was fixed before any document was scored:
authors a1, a3, a5 → test; a7 → dev; a2, a4, a6 → train. Authors sometimes rewrote the same real
page: a train or dev document that shares its source page with a test document, or a
near-duplicate sentence (token F1 ≥ 0.7, six words or more), is left out of every split, so no
test page is seen in training. Re-running lists the same ids again.

    .venv/bin/python eval/corpus/split.py        # writes eval/corpus/splits.yaml and prints counts
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from pipeline.textmatch import near_duplicates  # noqa: E402

HERE = Path(__file__).resolve().parent
RULE = {"a1": "test", "a3": "test", "a5": "test", "a7": "dev", "a2": "train", "a4": "train", "a6": "train"}


def _sentences(text: str) -> list[str]:
    return [s.strip() for line in text.splitlines() for s in re.split(r"(?<=[.!?])\s+", line) if len(s.split()) >= 6]


def _page(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.split("#")[0]).rstrip("/").lower()


def leaking(docs: dict[str, dict]) -> dict[str, str]:
    """Train/dev documents that rewrite a test document's page: id → the reason."""
    test = [d for d in docs.values() if RULE[d["id"].split("-")[0]] == "test"]
    other = [d for d in docs.values() if RULE[d["id"].split("-")[0]] != "test"]
    pages: dict[str, set[str]] = {}
    for d in test:
        for u in re.split(r"[\s,;]+", d.get("source_url") or ""):
            if u.startswith("http"):
                pages.setdefault(_page(u), set()).add(d["id"])
    out: dict[str, str] = {}
    for d in other:
        for u in re.split(r"[\s,;]+", d.get("source_url") or ""):
            if u.startswith("http") and _page(u) in pages:
                out[d["id"]] = f"same page as {sorted(pages[_page(u)])[0]}"
    ts = [(s, d["id"]) for d in test for s in _sentences(d["text"])]
    os_ = [(s, d["id"]) for d in other for s in _sentences(d["text"])]
    hits = Counter((os_[i][1], ts[j][1]) for i, j, _ in near_duplicates([s for s, _ in os_], [s for s, _ in ts], 0.7, 6))
    for (a, b), n in sorted(hits.items()):
        if a not in out:
            out[a] = f"{n} near-duplicate sentences of {b}"
    return out


def main() -> None:
    docs: dict[str, dict] = {}
    for author in RULE:
        path = HERE / "raw" / author / "input.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    docs[r["id"]] = r
    excluded = leaking(docs)
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
            if g["id"] not in genres or g["id"] in excluded:
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
    lines.append(f"excluded:  # {len(excluded)} train/dev documents that rewrite a test document's page")
    for k, why in sorted(excluded.items()):
        lines.append(f"  {k}: {why}")
    lines.append("counts:")
    for k, st in stats.items():
        lines.append(f"  {k}: {{{', '.join(f'{n}: {v}' for n, v in sorted(st.items()))}}}")
    (HERE / "splits.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for k, st in stats.items():
        print(k, dict(sorted(st.items())))


if __name__ == "__main__":
    main()

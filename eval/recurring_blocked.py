"""How far the blocked recurring-proposal grouping (pipeline.leaders.group_blocked) agrees with
the exact one, and what each costs.

    .venv/bin/python eval/recurring_blocked.py                      # the annotated corpus' proposals
    .venv/bin/python eval/recurring_blocked.py --generated 2000000  # timing on generated proposals

Agreement is over pairs of texts: of the pairs the exact grouping puts together, the share the
blocked one also does (pair recall), and of the blocked one's pairs, the share exact has too
(pair precision; blocked never joins below the threshold, but a text that misses its exact
leader may join another one). Leader clustering depends on the order of the texts, so the exact
grouping of the same texts in another order is printed beside it as the yardstick. Static
vectors and their threshold, as the pipeline uses above `recurring.exact_max`.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter

import numpy as np

from dialogkartan import paths
from pipeline.leaders import group_blocked, group_exact
from pipeline.tables_dashboard import THRESHOLDS, default_embed, normalise


def corpus_texts() -> list[str]:
    texts: list[str] = []
    for gold in sorted((paths.ROOT / "eval" / "corpus" / "raw").glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            texts += [normalise(p["text"]) for p in json.loads(line)["proposals"]]
    return list(dict.fromkeys(texts))


def generated_texts(n: int) -> list[str]:
    """Proposals recombined from the corpus' own halves (`bench.synthetic.varied_proposals`): as
    varied as real proposals, which phrase templates are not."""
    sys.path.insert(0, str(paths.ROOT))  # bench/ is a folder of the checkout, not an installed package
    from bench.synthetic import varied_proposals

    return [normalise(t) for t in varied_proposals(n)]


def pair_counts(labels: np.ndarray) -> int:
    return sum(c * (c - 1) // 2 for c in Counter(labels.tolist()).values())


def agreement(exact: np.ndarray, blocked: np.ndarray) -> dict[str, float]:
    both = pair_counts(exact * (int(blocked.max()) + 1) + blocked)
    e, b = pair_counts(exact), pair_counts(blocked)
    return {"exact_pairs": e, "blocked_pairs": b, "pair_recall": round(both / max(1, e), 3),
            "pair_precision": round(both / max(1, b), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--generated", type=int, default=0, help="time both on this many generated proposals")
    ap.add_argument("--probe", type=int, default=3)
    ap.add_argument("--exact-limit", type=int, default=100_000, help="skip the exact grouping above this many")
    args = ap.parse_args()
    texts = generated_texts(args.generated) if args.generated else corpus_texts()
    t0 = time.perf_counter()
    v = np.asarray(default_embed()(texts), dtype=np.float32)
    out: dict[str, object] = {"texts": len(texts), "embed_s": round(time.perf_counter() - t0, 1),
                              "threshold": THRESHOLDS["static"], "probe": args.probe}
    t0 = time.perf_counter()
    blocked, _ = group_blocked(v, THRESHOLDS["static"], probe=args.probe)
    out["blocked"] = {"seconds": round(time.perf_counter() - t0, 1), "groups": int(blocked.max()) + 1}
    if len(texts) <= args.exact_limit:
        t0 = time.perf_counter()
        exact, _ = group_exact(v, THRESHOLDS["static"])
        out["exact"] = {"seconds": round(time.perf_counter() - t0, 1), "groups": int(exact.max()) + 1}
        out["agreement"] = agreement(exact, blocked)
        # Leader clustering depends on order: the exact grouping of the same texts shuffled is
        # the yardstick for how far any two groupings of these texts can be expected to agree.
        order = np.random.default_rng(0).permutation(len(texts))
        shuffled = np.empty_like(exact)
        shuffled[order] = group_exact(v[order], THRESHOLDS["static"])[0]
        out["exact_vs_exact_shuffled"] = agreement(exact, shuffled)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()

"""Agreement between two reviewers: Cohen's kappa on proposals and on target groups.

Proposals: every proposal the pipeline found in a document both reviewed is one unit, labelled
kept or rejected by each reviewer; proposals a reviewer added are matched across the two like
the scorer matches (token F1 ≥ 0.6, one to one) — a match is a unit both kept, an unmatched
addition a unit only its author kept. Target groups: each document × each of the five target
groups is a unit, labelled by whether the reviewer's document target groups include it.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from pipeline.rows import proposal_id
from pipeline.textmatch import token_f1
from pipeline.types import TARGET_GROUPS
from review.state import Baseline, DocState, fold, partition
from review.store import Review

MATCH_F1 = 0.6


def cohen_kappa(pairs: list[tuple[int, int]]) -> float | None:
    """κ = (p_o − p_e) / (1 − p_e) for binary labels; None when chance agreement is total
    (both reviewers gave one label to every unit: kappa is undefined)."""
    n = len(pairs)
    if not n:
        return None
    po = sum(a == b for a, b in pairs) / n
    a1 = sum(a for a, _ in pairs) / n
    b1 = sum(b for _, b in pairs) / n
    pe = a1 * b1 + (1 - a1) * (1 - b1)
    return None if pe >= 1.0 else (po - pe) / (1 - pe)


def proposal_pairs(base: Baseline, reviews_a: list[Review], reviews_b: list[Review]) -> list[tuple[int, int]]:
    """(kept by A, kept by B) per proposal unit of one document.

    Units come from the table and from the reviews themselves (a rejection already applied has
    removed its row; the review still carries the span). A reviewer's label is their own last
    word on the unit; untouched, a pipeline proposal counts as kept and another's addition as not
    added. Rows an applied edit or addition created belong to that review's unit."""
    doc = base.document_id
    mine = [r for r in reviews_a + reviews_b if r.kind in ("proposal", "theme")]
    added = [r for r in mine if r.action == "add"]
    moved = {proposal_id(doc, r.start, r.end) for r in mine if r.action in ("add", "edit_span") and r.start is not None}
    units: list[set[str]] = [{k} for k in sorted({p.key for p in base.proposals} - moved)]
    # Additions by the two reviewers that the scorer would match are one unit.
    for r in added:
        twin = next((u for u in units if any(token_f1(r.text or "", t) >= MATCH_F1 for t in _added_texts(u, added))), None)
        if twin is not None and not any(x.reviewer == r.reviewer for x in added if x.item in twin):
            twin.add(r.item)
        elif not any(r.item in u for u in units):
            units.append({r.item})
    for r in mine:
        if not any(r.item in u for u in units):
            units.append({r.item})
    added_keys = {r.item for r in added}
    state_a, state_b = fold(base, reviews_a), fold(base, reviews_b)

    def label(unit: set[str], reviews: list[Review], state: DocState) -> int:
        touched = [k for k in unit if any(r.item == k for r in reviews if r.kind in ("proposal", "theme"))]
        if touched:
            return int(any(state.proposals[k].accepted for k in touched if k in state.proposals))
        return int(not unit <= added_keys)

    return [(label(u, reviews_a, state_a), label(u, reviews_b, state_b)) for u in units]


def _added_texts(unit: set[str], added: list[Review]) -> list[str]:
    return [r.text or "" for r in added if r.item in unit]


def group_pairs(base: Baseline, reviews_a: list[Review], reviews_b: list[Review]) -> list[tuple[int, int]]:
    """(A includes, B includes) per target group, when both judged the document's target groups."""
    if not any(r.kind == "target_group" for r in reviews_a) or not any(r.kind == "target_group" for r in reviews_b):
        return []
    a, b = fold(base, reviews_a).target_groups, fold(base, reviews_b).target_groups
    return [(int(g in a), int(g in b)) for g in TARGET_GROUPS]


@dataclass(frozen=True)
class Agreement:
    reviewer_a: str
    reviewer_b: str
    documents: int
    proposal_units: int
    proposal_observed: float | None
    proposal_kappa: float | None
    group_units: int
    group_kappa: float | None

    def as_dict(self) -> dict[str, object]:
        r = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"granskare": [self.reviewer_a, self.reviewer_b], "dokument": self.documents,
                "förslag_enheter": self.proposal_units, "förslag_överensstämmelse": r(self.proposal_observed),
                "förslag_kappa": r(self.proposal_kappa), "målgrupper_enheter": self.group_units,
                "målgrupper_kappa": r(self.group_kappa)}


def agreement(bases: dict[str, Baseline], reviews: dict[str, list[Review]]) -> list[Agreement]:
    """Kappa for every pair of reviewers over the documents both reviewed (`reviews`: the valid
    reviews by document, `bases`: those documents as the database holds them)."""
    by_reviewer: dict[str, dict[str, list[Review]]] = {}
    for doc, rs in reviews.items():
        for r in rs:
            by_reviewer.setdefault(r.reviewer, {}).setdefault(doc, []).append(r)
    out = []
    for ra, rb in combinations(sorted(by_reviewer), 2):
        docs = sorted(set(by_reviewer[ra]) & set(by_reviewer[rb]))
        if not docs:
            continue
        props: list[tuple[int, int]] = []
        groups: list[tuple[int, int]] = []
        for d in docs:
            props += proposal_pairs(bases[d], by_reviewer[ra][d], by_reviewer[rb][d])
            groups += group_pairs(bases[d], by_reviewer[ra][d], by_reviewer[rb][d])
        po = sum(x == y for x, y in props) / len(props) if props else None
        out.append(Agreement(ra, rb, len(docs), len(props), po, cohen_kappa(props), len(groups), cohen_kappa(groups)))
    return out


def agreement_from_db(con, store_path=None) -> list[Agreement]:  # noqa: ANN001 - a DuckDB connection, a Path
    """Every pair of reviewers, from the store and the published database."""
    from review import store
    from review.db import baselines, current_hashes

    valid, _ = partition(store.read(store_path), current_hashes(con))
    return agreement(baselines(con, valid), valid)

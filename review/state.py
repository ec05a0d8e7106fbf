"""Fold reviews over the pipeline's items (pure): what a document looks like once reviewed.

Reviews are replayed in time order; the latest word on an item wins. An item nobody touched
stays as the pipeline left it and counts as accepted: a reviewer goes through the whole
document ("Godkänn resten" confirms what is left explicitly).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from pipeline.rows import proposal_id
from review.store import Review


@dataclass(frozen=True)
class Proposal:
    key: str                     # the id reviews refer to (the pipeline's proposal_id, or a new one)
    start: int
    end: int
    text: str
    target_groups: tuple[str, ...] = ()
    theme_id: str | None = None
    status: str = "pipeline"     # pipeline | confirmed | rejected | edited | added
    confidence: float | None = None
    theme_reviewed: bool = False  # the theme is a reviewer's, not the theme stage's

    @property
    def accepted(self) -> bool:
        return self.status != "rejected"

    @property
    def reviewed(self) -> bool:
        return self.status != "pipeline"


@dataclass(frozen=True)
class Event:
    start: int
    end: int
    date: str | None = None
    place: str | None = None
    count: int | None = None
    qualifier: str | None = None
    status: str = "pipeline"     # pipeline | confirmed | rejected

    @property
    def key(self) -> str:
        return f"{self.start}:{self.end}"


@dataclass(frozen=True)
class Baseline:
    """One document as the published database holds it."""
    document_id: str
    content_hash: str
    text: str
    proposals: tuple[Proposal, ...] = ()
    target_groups: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass
class DocState:
    document_id: str
    proposals: dict[str, Proposal]
    target_groups: list[str]
    events: dict[str, Event]
    groups_reviewed: bool = False
    events_reviewed: bool = False
    reviewers: set[str] = field(default_factory=set)

    def accepted(self) -> list[Proposal]:
        """Accepted proposals in text order, one per span (an edit can land on a span the
        table already holds once the edit was applied)."""
        rejected = {(p.start, p.end) for p in self.proposals.values() if not p.accepted}
        by_span: dict[tuple[int, int], Proposal] = {}
        for p in self.proposals.values():
            span = (p.start, p.end)
            if not p.accepted or (span in rejected and not p.reviewed):
                continue
            if span not in by_span or p.reviewed:
                by_span[span] = p
        return [by_span[s] for s in sorted(by_span)]

    def final_id(self, p: Proposal) -> str:
        """The proposal's id in the published tables: its own key unless a review moved it."""
        return proposal_id(self.document_id, p.start, p.end) if p.status in ("edited", "added") else p.key


def partition(reviews: Iterable[Review], current_hash: dict[str, str]) -> tuple[dict[str, list[Review]], list[tuple[Review, str]]]:
    """Reviews by document for documents whose text is unchanged, and the rest with a reason."""
    valid: dict[str, list[Review]] = defaultdict(list)
    flagged: list[tuple[Review, str]] = []
    for r in reviews:
        now = current_hash.get(r.document_id)
        if now is None:
            flagged.append((r, "dokumentet finns inte längre i databasen"))
        elif now != r.content_hash:
            flagged.append((r, "texten har ändrats sedan granskningen"))
        else:
            valid[r.document_id].append(r)
    for rs in valid.values():
        rs.sort(key=lambda r: r.at)  # stable: equal times keep file order
    return dict(valid), flagged


def fold(base: Baseline, reviews: Iterable[Review]) -> DocState:
    state = DocState(base.document_id, {p.key: p for p in base.proposals}, list(base.target_groups),
                     {e.key: e for e in base.events})
    for r in sorted(reviews, key=lambda r: r.at):
        state.reviewers.add(r.reviewer)
        if r.kind in ("proposal", "theme"):
            _proposal(state, base, r)
        elif r.kind == "target_group":
            _groups(state, r)
        elif r.kind == "event":
            _event(state, r)
    return state


def _from_review(base: Baseline, r: Review, status: str) -> Proposal:
    start, end = int(r.start or 0), int(r.end or 0)
    text = r.text if r.text is not None else base.text[start:end]
    return Proposal(r.item, start, end, text, tuple(r.target_groups or ()), r.theme_id, status, 1.0,
                    theme_reviewed=bool(r.theme_id))


def _proposal(state: DocState, base: Baseline, r: Review) -> None:
    cur = state.proposals.get(r.item)
    if r.action == "add":
        state.proposals[r.item] = _from_review(base, r, "added")
        return
    if cur is None:
        if r.start is None or r.end is None:
            return  # nothing known about the item: nothing to do
        # The pipeline no longer finds it (or an applied edit moved it): the review carries the span.
        cur = _from_review(base, r, "confirmed")
    keep = cur.status if cur.status in ("edited", "added") else "confirmed"
    if r.action == "confirm":
        cur = replace(cur, status=keep)
    elif r.action == "reject":
        cur = replace(cur, status="rejected")
    elif r.action == "edit_span" and r.start is not None and r.end is not None:
        text = r.text if r.text is not None else base.text[r.start:r.end]
        cur = replace(cur, start=int(r.start), end=int(r.end), text=text,
                      status="added" if cur.status == "added" else "edited")
    elif r.action == "change_target_groups":
        cur = replace(cur, target_groups=tuple(r.target_groups or ()), status=_touched(cur.status))
    elif r.action == "change_theme" and r.theme_id:
        cur = replace(cur, theme_id=r.theme_id, status=_touched(cur.status), theme_reviewed=True)
    state.proposals[r.item] = cur


def _touched(status: str) -> str:
    return "confirmed" if status == "pipeline" else status


def _groups(state: DocState, r: Review) -> None:
    state.groups_reviewed = True
    if r.action == "change_target_groups":
        state.target_groups = sorted(dict.fromkeys(r.target_groups or ()))
    elif r.action in ("add", "confirm") and r.item not in state.target_groups:
        state.target_groups = sorted([*state.target_groups, r.item])
    elif r.action == "reject":
        state.target_groups = [g for g in state.target_groups if g != r.item]


def _event(state: DocState, r: Review) -> None:
    state.events_reviewed = True
    cur = state.events.get(r.item)
    if cur is None:
        if r.start is None or r.end is None:
            return
        cur = Event(int(r.start), int(r.end))
    if r.action in ("confirm", "add"):
        state.events[r.item] = replace(cur, status="confirmed")
    elif r.action == "reject":
        state.events[r.item] = replace(cur, status="rejected")

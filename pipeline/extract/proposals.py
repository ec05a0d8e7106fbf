"""Atomic proposals and the organiser's own commitments from the sentences of a dialogue text.

Three steps, each in its own module: cue patterns find where proposals may be (`cues.py`, rules
as data in `patterns/*.jsonl`), candidates cut every such place into atomic spans with features
(`candidates.py`, span mechanics in `spans.py`), and a trained classifier keeps residents'
proposals, sets the municipality's commitments apart and drops the rest (`decide.py`). Every
proposal is an exact substring of the document with its offsets.
"""
from __future__ import annotations

from typing import Any, Callable

from pipeline.extract.candidates import Candidate, CandidateBuilder
from pipeline.extract.cues import cue_matcher, is_imperative_form
from pipeline.extract.decide import decide
from pipeline.extract.spans import Finder, finite_verb
from pipeline.extract.target_groups import text_groups
from pipeline.types import Commitment, Proposal, Section, Sentence


def build_proposals(text: str, sentences: list[Sentence], sections: list[Section], quotes: set[int],
                    headings: set[int], doc: Any = None, lemma: Callable[[str], str | None] | None = None,
                    title: str | None = None, rescore: str = "none") -> tuple[list[Proposal], list[Commitment], list[Candidate]]:
    if doc is None or not text.strip():
        return [], [], []
    cues = cue_matcher(doc.vocab).find(doc)
    builder = CandidateBuilder(text, sentences, sections, quotes, headings, doc, cues, lemma, title)
    cands = builder.build()
    kept, committed = decide(cands, text, rescore=rescore)
    sec_groups = {sec.idx: sec.target_groups for sec in sections}
    sent_section = {s.idx: s.section for s in sentences}
    proposals = []
    for s in kept:
        c = s.cand
        action, obj = _action(builder.finder, c.start, c.end)
        sec = sent_section.get(c.sentence)
        groups = text_groups(text[c.start:c.end]) or list(sec_groups.get(sec, []) if sec is not None else [])
        # "motion" marks an att-sats for the caller, which knows whether the motion was decided
        kind = "motion" if c.source == "motion" else "behov" if c.pattern == "modal.behova" else "förslag"
        proposals.append(Proposal(text=text[c.start:c.end], start=c.start, end=c.end, sentence=c.sentence,
                                  action=action, object=obj, target_groups=groups, kind=kind,
                                  confidence=round(s.p_proposal, 4)))
    commitments = [
        Commitment(text=text[s.cand.start:s.cand.end], start=s.cand.start, end=s.cand.end, sentence=s.cand.sentence,
                   voice="kommun" if not _other_voice(s.cand) else "annan", confidence=round(s.p_commitment, 4))
        for s in committed
    ]
    return proposals, commitments, cands


def _other_voice(c: Candidate) -> bool:
    return not any(k.startswith("voice:voice.k") or k == "org_subject" for k in c.features)


def _action(finder: Finder, a: int, b: int) -> tuple[str | None, str | None]:
    """The action verb's lemma and its object, when the proposal is verbal."""
    text = finder.text
    words = finder.words(a, b)
    if not words:
        return None, None
    first = words[0]
    if first[2].lower() == "att" and len(words) > 1:
        words = words[1:]
        first = words[0]
    if finder.inf_at(first[0], first[2]) or is_imperative_form(first[2]):
        return finder.lemma(first[2], first[0]), text[first[1]:b].strip() or None
    verb = finite_verb(finder, words)
    if verb is not None:
        return finder.lemma(verb[2], verb[0]), text[verb[1]:b].strip() or None
    return None, text[a:b]

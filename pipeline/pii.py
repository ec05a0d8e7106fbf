"""Personal data in page text: detection and the one redaction function every output uses.

Detected: person names (PER: the model's NER plus rules for "Förnamn Efternamn" that need a
known first name or a typical Swedish surname ending, "Efternamn Förnamn" in lists of people and
a known first name alone), e-mail addresses (EMAIL), Swedish phone
numbers (PHONE) and personnummer/samordningsnummer with a valid Luhn check digit (PNR).

    spans = detect_pii(text)            # or detect_pii(text, doc) to reuse a parsed doc
    safe = redact(text)                 # "Ring [telefon] eller mejla [e-post]"
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dialogkartan.pii_patterns import (  # noqa: F401 - the rule set, re-exported for callers
    FIRST_NAMES,
    LABELS,
    OTHER,
    PLACEHOLDERS,
    PiiSpan,
    luhn_ok,
    pattern_spans,
    replace_spans,
    resolve,
)

# spaCy only where a model runs: the dashboard imports pipeline.export, and so this module, for
# its table definitions, and must not load spaCy (tests/test_layout.py).
if TYPE_CHECKING:
    from spacy.tokens import Doc


def _is_common_word(word: str) -> bool:
    """A Swedish dictionary word (or a compound with a known tail): Verksamhetschef,
    Personalbild, Avbryt. Names that are also words (Berg, Holm) are protected by position."""
    from pipeline.nlp import known_lemmas, lemma_table, suffix_lemma

    low = word.lower()
    if low in lemma_table() or low in known_lemmas():
        return True
    # Only long words count as compounds: short names end in word-like tails (Madel-en).
    return len(low) >= 9 and suffix_lemma(low) is not None


def _ner_names(doc: Doc, full_names: set[str]) -> list[tuple[int, int]]:
    """PER entities trimmed of titles and captions glued to them ("Personalbild Malin
    Carlson", "Susanne Westerbring Verksamhetschef"); dropped when nothing name-like is left."""
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        toks = [t for t in ent if not t.is_punct]
        while toks and toks[0].text.lower() not in FIRST_NAMES and _is_common_word(toks[0].text):
            toks = toks[1:]
        while len(toks) > 2 and toks[-1].text.lower() not in FIRST_NAMES and _is_common_word(toks[-1].text.rstrip("-")):
            toks = toks[:-1]
        if not toks or not all(t.text[:1].isupper() and not t.text.isupper() for t in toks):
            continue
        if len(toks) == 1:
            w = toks[0].text
            w = w[:-1] if w.endswith("s") and w[:-1] in full_names else w
            if w.lower() not in FIRST_NAMES and w not in full_names:
                continue
        out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out


# ---------------------------------------------------------------------------- API


def detect_pii(text: str, doc: Doc | None = None, use_ner: bool = True) -> list[PiiSpan]:
    """Personal data spans in `text`, sorted, non-overlapping.

    The rules are `dialogkartan.pii_patterns` (with the lexicon for surname-shaped names);
    `doc` (parsed from exactly `text`) is reused for NER; without it the shared pipeline is
    run when `use_ner` is True and the trained model is available.
    """
    spans = pattern_spans(text, is_common_word=_is_common_word)
    if use_ner:
        if doc is None:
            from pipeline.nlp import is_trained, load_nlp

            nlp = load_nlp()
            if is_trained(nlp) and "ner" in nlp.pipe_names:
                doc = nlp(text)
        if doc is not None and doc.text == text:
            surnames = {w for s in spans if s.label == "PER" and not s.weak for w in s.text.split()}
            # The rules' full names are exact where the model's spans spill into a role or place
            # ("Lund Maja Kultur-", "Norrby Vidar Sjövall"); a first name alone yields to the model.
            # A model's span that only adds a surname after the rule's ("Greta Lönn Abdi") wins.
            found = [PiiSpan(a, b, "PER", text[a:b]) for a, b in _ner_names(doc, surnames)]
            strong = [s for s in spans if not s.weak and not any(
                s.label == "PER" and n.start == s.start and n.end > s.end for n in found)]
            ner = [n for n in found
                   if not any(s.label == "PER" and s.start < n.end and n.start < s.end for s in strong)]
            ner_words = {w.lower() for n in ner for w in n.text.split()}
            spans = strong + ner + [s for s in spans if s.weak and s.text.lower() not in ner_words
                                    and not any(n.start < s.end and s.start < n.end for n in ner)]
    return resolve(spans)


def redact(text: str, spans: list[PiiSpan] | None = None) -> str:
    """`text` with every PII span replaced by its placeholder ("[namn]", "[e-post]",
    "[telefon]", "[personnummer]"). Detects the spans itself when none are given."""
    return replace_spans(text, detect_pii(text) if spans is None else list(spans))

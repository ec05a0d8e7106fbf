"""Noun-phrase chunks from the dependency parse, for keyphrases.

spaCy's Swedish `noun_chunks` skips coordinated nouns and nouns inside prepositional phrases
("stöd till *anhöriga* och *äldre*"). Here every nominal head gets a chunk: the head plus its
adjectival, numeral, compound and name modifiers (determiners and possessives are left out, so
"våra nya mötesplatser" gives "nya mötesplatser"). `extended=True` also yields head + its
prepositional modifier ("mötesplatser för unga").

Without a parser (the blank fallback pipeline) there are no chunks: `noun_chunks` returns [].
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.nlp import lemma_of

NOMINAL_POS = {"NOUN", "PROPN"}
# Adjectives used as nouns ("de äldre", "unga") in a nominal role count as heads.
NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "conj", "appos", "ROOT", "root"}
MODIFIER_DEPS = {"amod", "nummod", "compound", "flat:name", "flat", "fixed"}
PP_DEPS = {"nmod"}
# Quantifiers say nothing about the topic: left out of the phrase lemma (not the text).
QUANTIFIERS = frozenset(
    "fler flera många lite mer mera mindre någon något några olika vissa alla hela övriga ytterligare".split()
)


@dataclass(frozen=True)
class Chunk:
    start_char: int
    end_char: int
    start: int  # token index
    end: int  # token index, exclusive
    text: str
    lemma: str  # lower-cased lemmas joined by spaces ("ny mötesplats")
    head_lemma: str
    extended: bool = False  # True for head + prepositional modifier


def _is_head(tok: Token) -> bool:
    if tok.pos_ in NOMINAL_POS:
        return True
    return tok.pos_ == "ADJ" and tok.dep_ in NOMINAL_DEPS and tok.head.pos_ not in NOMINAL_POS


def _contiguous(tokens: list[Token], head: Token) -> tuple[int, int]:
    """The largest run of `tokens` (sorted) around `head` without gaps."""
    idx = sorted({t.i for t in tokens} | {head.i})
    start = end = idx.index(head.i)
    while start > 0 and idx[start - 1] == idx[start] - 1:
        start -= 1
    while end + 1 < len(idx) and idx[end + 1] == idx[end] + 1:
        end += 1
    return idx[start], idx[end] + 1


def _modifiers(head: Token) -> list[Token]:
    out: list[Token] = []
    for child in head.children:
        # Quantifiers are parsed as det ("fler bänkar"); they stay in the chunk text and are
        # left out of its lemma. Articles and possessives stay out.
        quantifier = child.dep_ == "det" and child.text.lower() in QUANTIFIERS
        if child.dep_ in MODIFIER_DEPS or quantifier:
            # Keep the modifier's own subtree (mycket viktiga) but not punctuation around it.
            out.extend(t for t in child.subtree if not t.is_punct and t.dep_ not in {"cc", "conj"})
    return out


def _word_lemma(tok: Token) -> str:
    """Phrase-friendly lemma: comparatives and suppletive forms keep their surface form
    ("bättre stöd", "äldre personer"), everything else its lemma ("nya" → "ny")."""
    lem = lemma_of(tok).lower()
    low = tok.text.lower()
    if tok.pos_ == "ADJ" and (lem[:2] != low[:2] or "Cmp" in tok.morph.get("Degree")):
        return low
    return lem


def _phrase_lemma(span: Span) -> str:
    words = [t for t in span if not t.is_punct]
    while len(words) > 1 and words[0].text.lower() in QUANTIFIERS:
        words = words[1:]
    return " ".join(_word_lemma(t) for t in words)


def _make(doc: Doc, start: int, end: int, head: Token, extended: bool) -> Chunk:
    span: Span = doc[start:end]
    return Chunk(
        start_char=span.start_char,
        end_char=span.end_char,
        start=start,
        end=end,
        text=span.text,
        lemma=_phrase_lemma(span),
        head_lemma=lemma_of(head).lower(),
        extended=extended,
    )


def iter_chunks(doc: Doc, extended: bool = False) -> Iterator[Chunk]:
    if not doc.has_annotation("DEP"):
        return
    for tok in doc:
        if not _is_head(tok) or tok.is_punct or tok.like_num:
            continue
        start, end = _contiguous(_modifiers(tok), tok)
        yield _make(doc, start, end, tok, False)
        if extended:
            for child in tok.rights:
                if child.dep_ in PP_DEPS and any(c.dep_ == "case" for c in child.children):
                    pp = [t for t in child.subtree if not t.is_punct and t.dep_ not in {"cc", "conj"}]
                    pp_start, pp_end = _contiguous(_modifiers(tok) + pp, tok)
                    if pp_end > end:
                        yield _make(doc, min(start, pp_start), pp_end, tok, True)


def noun_chunks(doc: Doc, extended: bool = False) -> list[Chunk]:
    """Chunks in document order (one per nominal head; plus PP-extended ones if asked)."""
    return sorted(iter_chunks(doc, extended), key=lambda c: (c.start, c.end))


def keyphrases(doc: Doc, min_len: int = 3) -> list[str]:
    """Distinct chunk lemmas, first occurrence order; skips pronoun-like and very short ones."""
    seen: dict[str, None] = {}
    for c in noun_chunks(doc, extended=True):
        if len(c.lemma) >= min_len and c.lemma not in seen:
            seen[c.lemma] = None
    return list(seen)

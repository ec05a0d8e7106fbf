"""Cue patterns: spaCy `Matcher` rules read from `patterns/<kind>.jsonl`, one file per kind.

Each line is one pattern: `id`, a spaCy token `pattern`, an `example` sentence of our own that
it must match and the `match` it must find there (tests/pipeline/test_cue_patterns.py checks
every line), and for some kinds a `label` or `voice`. The patterns only *propose*: the
classifier in `decide.py` keeps or drops what they find, so a pattern may be generous.

Kinds: `report` (reporting verb + att-clause), `np_cue` (a cue before a noun phrase),
`post_cue` (a cue after its content: "X lyftes också", "X var andra förslag"),
`modal` (a need or demand inside a clause), `imperative`, `voice` (who speaks or commits),
`not_proposal` (invitation practicalities, thanks), `heading` (what a section heading announces).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

PATTERN_DIR = Path(__file__).resolve().parent / "patterns"
KINDS = ("report", "np_cue", "post_cue", "modal", "imperative", "voice", "not_proposal", "heading")

# Imperatives are lexical: the model's tagger has no Mood feature. A capitalised first word
# whose table lemma is itself + "a" (bygg → bygga, inför → införa), a first-conjugation verb
# (skapa: "skapar" → "skapa"), or one of the short irregular verbs.
_IRREGULAR_IMPERATIVES = frozenset({"ta", "ge", "se", "gå", "stå", "få", "ha", "bo", "gör", "låt", "sätt", "håll", "ställ"})
_NOT_IMPERATIVES = frozenset({"var", "för", "mer", "där", "vad", "kan", "vill", "ska", "bara", "alla", "andra", "sina",
                              "inga", "många", "flera", "dessa", "hela", "vilka", "nya", "gamla", "unga", "äldre",
                              # determiners, conjunctions and adjectives that look like verb stems + a
                              "nästa", "våra", "era", "dina", "mina", "egna", "enda", "båda", "när", "få", "sista",
                              "bästa", "hemma", "sedan"})


@dataclass(frozen=True)
class CueMatch:
    kind: str
    id: str
    start: int  # character offsets into the document text
    end: int
    label: str | None = None


def is_imperative_form(word: str) -> bool:
    from pipeline.nlp import lemma_table

    w = word.lower()
    if w in _NOT_IMPERATIVES or len(w) < 2 or not w.isalpha():
        return False
    if w in _IRREGULAR_IMPERATIVES:
        return True
    table = lemma_table()
    if table.get(w) == w + "a" and table.get(w + "er") == w + "a" or table.get(w) == w + "a" and table.get(w + "de") == w + "a":
        return True
    if table.get(w) == w + "a" and table.get(w + "te") == w + "a":
        return True
    # "utveckla", "rusta": the past tense lemmatises as its participle (utvecklade → utvecklad)
    past = table.get(w + "de")
    return w.endswith("a") and (past == w or past == w + "d" and table.get(w + "r") == w)


def _imperative_getter(token: Token) -> bool:
    # Only the capitalised first word of a sentence, a line or a list item.
    if not token.text[:1].isupper():
        return False
    if token.i > 0 and not token.is_sent_start:
        prev = token.doc[token.i - 1]
        if not (prev.is_space or "\n" in prev.text_with_ws or prev.text in ("-", "–", "•", "*", ":")):
            return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # "Mörka partier …" describes; "Öppna fritidsgårdarna" (a definite object) still asks
    if token.pos_ == "ADJ" and nxt is not None and nxt.pos_ == "NOUN" and nxt.morph.get("Definite") == ["Ind"]:
        return False
    return is_imperative_form(token.text)


if not Token.has_extension("dk_imperative"):
    Token.set_extension("dk_imperative", getter=_imperative_getter)


@lru_cache(maxsize=1)
def load_patterns() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in KINDS:
        path = PATTERN_DIR / f"{kind}.jsonl"
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path.name}:{n}: not JSON ({e.msg})") from e
            if "id" not in row or "pattern" not in row:
                raise ValueError(f"{path.name}:{n}: a pattern needs 'id' and 'pattern'")
            rows.append(row)
        out[kind] = rows
    return out


_WORD_LIST = re.compile(r"^\^\(([\wåäöÅÄÖé.|]+)\)\$$")


def _compile(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A whole-word alternation ("^(a|b)$") becomes an IN list: same meaning, far cheaper per token."""
    out = []
    for tok in pattern:
        tok = dict(tok)
        for attr in ("LOWER", "ORTH"):
            cond = tok.get(attr)
            if isinstance(cond, dict) and set(cond) == {"REGEX"}:
                m = _WORD_LIST.match(cond["REGEX"])
                if m:
                    tok[attr] = {"IN": [w.replace("\\.", ".") for w in m.group(1).split("|")]}
        out.append(tok)
    return out


class CueMatcher:
    """All cue patterns in one `Matcher`; `find(doc)` returns every match with char offsets."""

    def __init__(self, vocab: Any) -> None:
        self.matcher = Matcher(vocab, validate=True)
        self.meta: dict[str, tuple[str, dict[str, Any]]] = {}
        for kind, rows in load_patterns().items():
            for row in rows:
                self.matcher.add(row["id"], [_compile(row["pattern"])])
                self.meta[row["id"]] = (kind, row)

    def find(self, doc: Doc) -> list[CueMatch]:
        out = []
        strings = doc.vocab.strings
        for match_id, s, e in self.matcher(doc):
            pid = strings[match_id]
            kind, row = self.meta[pid]
            if row.get("anchor") == "start" and not doc[s]._.dk_imperative:
                continue
            span = doc[s:e]
            out.append(CueMatch(kind, pid, span.start_char, span.end_char, row.get("label") or row.get("voice")))
        return sorted(out, key=lambda m: (m.start, -m.end))


_MATCHERS: dict[int, CueMatcher] = {}


def cue_matcher(vocab: Any) -> CueMatcher:
    key = id(vocab)
    if key not in _MATCHERS:
        _MATCHERS[key] = CueMatcher(vocab)
    return _MATCHERS[key]

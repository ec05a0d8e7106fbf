"""Target groups (målgrupper) from the taxonomy file: lexicon, compound parts and headings."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

from dialogkartan import paths
from pipeline.types import TARGET_GROUPS, Section, Sentence, TargetGroupMention

TAXONOMY = paths.TAXONOMY_DIR / "target_groups.yaml"
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+(?:-[A-Za-zÅÄÖåäöÉéÜü]+)*")
# Inflection endings tried when a word is not in the lexicon as written (förskolan → förskola).
_ENDINGS = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "en", "et", "na", "ar", "er",
            "or", "an", "n", "s", "a", "e")
# Words a term must not be read in: "beroende på" (depending on), "äldre än" (older than).
_NOT_AFTER = {"beroende": re.compile(r"^\s+på\b"), "äldre": re.compile(r"^\s+(?:än|tiders?)\b")}


# A phrase's last word may be inflected ("individ- och familjeomsorgen", "särskilda boenden").
_PHRASE_END = r"(?:en|na|n|et|er|ar|s|ens|ets|arna|erna)?(?!\w)"


@dataclass(frozen=True)
class Lexicon:
    terms: dict[str, tuple[str, ...]]        # word → groups
    weak: frozenset[tuple[str, str]]          # (group, word) pairs that only count with support
    prefixes: tuple[tuple[str, str], ...]     # (prefix, group), longest first
    phrases: tuple[tuple[re.Pattern[str], str, str], ...]  # (pattern, group, phrase)
    heading_aliases: dict[str, str]
    # word_groups by (lower-cased word, compounds allowed): a page repeats its words, and the
    # compound splitter is the costly part of a lookup
    memo: dict[tuple[str, bool], list[tuple[str, str, bool]]] = field(
        default_factory=dict, compare=False, repr=False)


_MEMO_SIZE = 200_000


@lru_cache(maxsize=4)
def load_lexicon(path: Path = TAXONOMY) -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms: dict[str, list[str]] = {}
    weak: set[tuple[str, str]] = set()
    prefixes: list[tuple[str, str]] = []
    phrases: list[tuple[re.Pattern[str], str, str]] = []
    for gid, spec in data["groups"].items():
        if gid not in TARGET_GROUPS:
            raise ValueError(f"unknown target group id in taxonomy: {gid}")
        for t in spec.get("terms", []):
            t = str(t).lower()
            if " " in t:
                phrases.append((re.compile(rf"(?<!\w){re.escape(t)}{_PHRASE_END}"), gid, t))
            else:
                terms.setdefault(t, []).append(gid)
        for t in spec.get("weak", []):
            weak.add((gid, str(t).lower()))
        for p in spec.get("prefixes", []):
            prefixes.append((str(p).lower(), gid))
        for ph in spec.get("phrases", []):
            ph = str(ph).lower()
            phrases.append((re.compile(rf"(?<!\w){re.escape(ph)}{_PHRASE_END}"), gid, ph))
    return Lexicon(
        terms={k: tuple(v) for k, v in terms.items()},
        weak=frozenset(weak),
        prefixes=tuple(sorted(prefixes, key=lambda x: -len(x[0]))),
        phrases=tuple(phrases),
        heading_aliases={str(k).lower(): v for k, v in (data.get("heading_aliases") or {}).items()},
    )


def _split_compound(word: str) -> list[str]:
    from pipeline.compounds import split_compound

    return [str(p).lower() for p in split_compound(word) or [] if p]


def word_groups(word: str, lex: Lexicon, allow_compound: bool = True) -> list[tuple[str, str, bool]]:
    """Groups a single word names: (group, matched term, weak) triples."""
    key = (word.lower(), allow_compound)
    hit = lex.memo.get(key)
    if hit is None:
        if len(lex.memo) >= _MEMO_SIZE:
            lex.memo.clear()
        hit = lex.memo[key] = _word_groups(key[0], lex, allow_compound)
    return list(hit)


def _word_groups(low: str, lex: Lexicon, allow_compound: bool) -> list[tuple[str, str, bool]]:
    found: dict[str, tuple[str, bool]] = {}

    def add(term: str, via_weak: bool | None = None) -> None:
        for g in lex.terms.get(term, ()):
            w = (g, term) in lex.weak if via_weak is None else via_weak
            if g not in found or found[g][1] and not w:
                found[g] = (term, w)

    add(low)
    if not found:
        for end in _ENDINGS:
            if low.endswith(end) and len(low) - len(end) >= 3:
                stem = low[: -len(end)]
                for cand in (stem, stem + "a", stem + "e"):
                    add(cand)
                if found:
                    break
    if allow_compound and not found:
        for prefix, g in lex.prefixes:
            if low.startswith(prefix) and len(low) > len(prefix):
                found.setdefault(g, (prefix, False))
        parts = _split_compound(low) if len(low) >= 8 else []
        if parts:
            for part in parts[-1:]:  # the head decides: "trygghetsboende" → boende? no: whole match first
                for g, (t, w) in {g: v for g, v in ((g, (part, (g, part) in lex.weak)) for g in lex.terms.get(part, ()))}.items():
                    found.setdefault(g, (t, w))
        elif len(low) >= 8:
            for term, gs in lex.terms.items():  # compound head: "kvinnojouren" ends with a term
                if len(term) >= 5 and low.endswith(term) and low != term:
                    for g in gs:
                        found.setdefault(g, (term, (g, term) in lex.weak))
    return [(g, t, w) for g, (t, w) in found.items()]


# "belysning längs gångvägen mot skolan": a place named by its institution locates the
# proposal, it does not make it one for the institution's users
_PLACE_BEFORE = re.compile(r"\b(?:vid|bakom|mot|längs|utanför|framför|intill|nära|runt|förbi|bredvid)\s+(?:\w+\s+)?$", re.I)
_PLACE_WORDS = ("skola", "skolan", "skolor", "skolorna", "förskola", "förskolan", "förskolor", "förskolorna",
                "skolgård", "skolgården", "äldreboendet", "äldreboende", "fritidsgården")


def find_mentions(text: str, sentences: Iterable[Sentence] = (), base: int = 0, lex: Lexicon | None = None,
                  via: str = "lexicon") -> list[tuple[TargetGroupMention, bool]]:
    """Target-group mentions in `text` (offsets shifted by `base`), each with its weak flag."""
    lex = lex or load_lexicon()
    sents = sorted(sentences, key=lambda s: s.start)
    low = text.lower()
    out: list[tuple[TargetGroupMention, bool]] = []
    covered: list[tuple[int, int]] = []

    starts = [s.start for s in sents]

    def sentence_of(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and sents[i].start <= pos < sents[i].end:
            return sents[i].idx
        return None

    for pat, g, phrase in lex.phrases:
        if phrase not in low:  # the literal phrase is in every match: skip the regex scan
            continue
        for m in pat.finditer(low):
            out.append((TargetGroupMention(g, base + m.start(), base + m.end(), text[m.start():m.end()],
                                           sentence_of(base + m.start()), via), False))
            covered.append((m.start(), m.end()))
    for m in WORD.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        word = m.group()
        prev = text[max(0, m.start() - 3):m.start()]
        proper = word[0].isupper() and prev.strip() not in ("", ".", "!", "?", "•", "-", "–") and "\n" not in prev
        for g, term, weak in word_groups(word, lex, allow_compound=not proper):
            rule = _NOT_AFTER.get(term)
            if rule and rule.match(text[m.end():m.end() + 12]):
                continue
            if word.lower() in _PLACE_WORDS and _PLACE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
                continue
            kind = via if term == word.lower() or via == "heading" else "compound"
            out.append((TargetGroupMention(g, base + m.start(), base + m.end(), word, sentence_of(base + m.start()),
                                           kind), weak))
    return sorted(out, key=lambda x: (x[0].start, x[0].group))


def heading_groups(heading: str | None, lex: Lexicon | None = None) -> list[str]:
    """Groups a section heading names ("Äldre och Funktionshinder" → aldre, funktionsnedsattning)."""
    if not heading:
        return []
    lex = lex or load_lexicon()
    groups: list[str] = []
    for mention, _weak in find_mentions(heading, lex=lex, via="heading"):
        if mention.group not in groups:
            groups.append(mention.group)
    for word in WORD.findall(heading.lower()):
        g = lex.heading_aliases.get(word)
        if g and g not in groups:
            groups.append(g)
    return [g for g in TARGET_GROUPS if g in groups]


def text_groups(text: str, lex: Lexicon | None = None) -> list[str]:
    """Every group a short text (a proposal) names, weak terms included, in taxonomy order."""
    found = {m.group for m, _ in find_mentions(text, lex=lex)}
    return [g for g in TARGET_GROUPS if g in found]


def group_scores(mentions: list[tuple[TargetGroupMention, bool]], sections: list[Section]) -> dict[str, float]:
    """How strongly the document speaks of each group: a clear term counts 1, each different
    weak term 0.5, a heading naming the group 2."""
    score: dict[str, float] = {}
    weak_terms: dict[str, set[str]] = {}
    for m, weak in mentions:
        if weak:
            weak_terms.setdefault(m.group, set()).add(m.text.lower())
        else:
            score[m.group] = score.get(m.group, 0.0) + 1.0
    for g, terms in weak_terms.items():
        score[g] = score.get(g, 0.0) + 0.5 * len(terms)
    for s in sections:
        for g in s.target_groups:
            score[g] = score.get(g, 0.0) + 2.0
    return score


@lru_cache(maxsize=1)
def _document_spec(path: Path = TAXONOMY) -> tuple[dict[str, float], dict[str, float]]:
    """(minimum score, dominance ratio) per group, from `document:` in the taxonomy."""
    spec = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("document") or {}
    out = []
    for key, default in (("min_score", 1.0), ("dominance", float("inf"))):
        base = float(spec.get(key, default))
        by_group = {str(k): float(v) for k, v in (spec.get(f"{key}_by_group") or {}).items()}
        unknown = set(by_group) - set(TARGET_GROUPS)
        if unknown:
            raise ValueError(f"unknown target group id in the taxonomy's document {key}: {sorted(unknown)}")
        out.append({g: by_group.get(g, base) for g in TARGET_GROUPS})
    return out[0], out[1]


@lru_cache(maxsize=1)
def _publisher_patterns(path: Path = TAXONOMY) -> tuple[tuple[str, re.Pattern[str]], ...]:
    spec = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("publisher_hosts") or {}
    unknown = set(map(str, spec)) - set(TARGET_GROUPS)
    if unknown:
        raise ValueError(f"unknown target group id in the taxonomy's publisher_hosts: {sorted(unknown)}")
    return tuple((str(g), re.compile(str(p))) for g, pats in spec.items() for p in pats)


def publisher_groups(url: str | None) -> list[str]:
    """Groups a page's publisher is about by its nature (a pensioners' organisation: äldre),
    from `publisher_hosts` in the taxonomy."""
    from pipeline.extract.reference import _host

    host = _host(url) if url else ""
    found = {g for g, pat in _publisher_patterns() if host and pat.search(host)}
    return [g for g in TARGET_GROUPS if g in found]


def document_thresholds(path: Path = TAXONOMY) -> dict[str, float]:
    """Each group's minimum score for a document to be about it (`document:` in the taxonomy)."""
    return _document_spec(path)[0]


def document_groups(score: dict[str, float]) -> list[str]:
    """Groups the document is about, from its `group_scores`: those reaching their threshold in
    the taxonomy (two clear mentions, a heading, or clear plus weak terms; a group named once is
    mostly named in passing, which the gold leaves optional) and not dwarfed by the leading
    group (its score `dominance` times theirs)."""
    th, dominance = _document_spec()
    reached = [g for g in TARGET_GROUPS if score.get(g, 0.0) >= th[g]]
    top = max((score[g] for g in reached), default=0.0)
    return [g for g in reached if top < dominance[g] * score[g]]


def primary_group(score: dict[str, float]) -> str | None:
    """The one group a document is clearly about (named at least twice, twice as often as any
    other), or None. A dialogue about elderly care makes "mer avlösning i hemmet" a proposal for
    äldre; in a document about several groups an unmarked proposal gets all of them (the
    extraction's fallback: annotators mark it so more often than they leave it empty)."""
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2.0:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


STRONG_GROUP = 3.0


def fallback_groups(score: dict[str, float]) -> list[str]:
    """The groups an unmarked proposal concerns, from its document's `group_scores`: the one
    group the document is about (`primary_group`, or the only group it names); in a document about
    several groups, those it speaks of strongly (score ≥ 3: a heading and a mention, or three
    clear mentions), since annotators leave a proposal unmarked when a group is only named in
    passing. Per-proposal target-group agreement on a1–a52 (the v10 train; `extract_many` over
    its documents): every named group 0.785, no group beyond the primary 0.795, strong groups
    0.795 (score ≥ 1.5 or 2: 0.791); without any fallback it is 0.57."""
    groups = document_groups(score)
    primary = primary_group(score) or (groups[0] if len(groups) == 1 else None)
    if primary:
        return [primary]
    return [g for g in groups if score.get(g, 0.0) >= STRONG_GROUP]

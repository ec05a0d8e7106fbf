"""Split a document into sections (by headings) and sentences, with offsets into the original text.

Sentences never cross a paragraph or list break: crawler text keeps paragraphs, list items and
headings on their own lines, and the model's sentence splitter only decides boundaries inside a
line. A hard wrap inside a sentence (PDF text, easy-to-read pages set one phrase a line) is no
break: a line without final punctuation continues on the next when that starts in lower case.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from pipeline.types import Section, Sentence

BULLET = re.compile(r"^\s*(?:[•·▪◦●■\-\*–—]|\d{1,2}[.)])\s+")
_FINAL_PUNCT = ".!?:;,"
_SENTENCE_END = ".!?:;"
_MAX_HEADING_CHARS = 90
_MAX_HEADING_WORDS = 12


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding whitespace."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            out.append((m.start() + lead, m.start() + lead + len(body)))
    return out


_CONTACT_START = re.compile(r"\S*@|www\.|https?:")


def logical_lines(text: str) -> list[tuple[int, int]]:
    """`lines_with_offsets` with hard-wrapped lines joined: the next line (no blank line between)
    starts in lower case and neither is a list item, the line before ends without sentence
    punctuation or a digit (a phone number), and the next is no e-mail or web address."""
    out: list[tuple[int, int]] = []
    for s, e in lines_with_offsets(text):
        if out:
            ps, pe = out[-1]
            prev, line = text[ps:pe], text[s:e]
            if (text.count("\n", pe, s) == 1 and line[0].islower() and prev[-1] not in _SENTENCE_END
                    and not prev[-1].isdigit() and not is_bullet(prev) and not is_bullet(line)
                    and not _CONTACT_START.match(line)):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


def looks_like_heading(line: str, next_line: str | None, blank_before: bool, blank_after: bool) -> bool:
    """A short line without final punctuation, on its own paragraph, followed by body text."""
    if not line or is_bullet(line) or next_line is None:
        return False
    if line[-1] in _FINAL_PUNCT or line[0] in "–—\"”«(":
        return False
    if len(line) > _MAX_HEADING_CHARS or len(line.split()) > _MAX_HEADING_WORDS:
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    if not (blank_before and blank_after):
        return False
    if re.fullmatch(r"[\d\-–/ .:]+", line):  # a bare date line is not a heading
        return False
    # the next paragraph should be prose (or a list), not another short label
    return len(next_line) > len(line) or next_line.endswith((".", ":", "!", "?")) or is_bullet(next_line)


def find_headings(text: str) -> list[tuple[int, int, str]]:
    lines = lines_with_offsets(text)
    out = []
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else None
        before = text[lines[i - 1][1]:s] if i else "\n\n"
        after = text[e:lines[i + 1][0]] if i + 1 < len(lines) else ""
        if looks_like_heading(line, nxt, before.count("\n") >= 2 or i == 0, after.count("\n") >= 2):
            out.append((s, e, line))
    return out


def _sentence_starts(doc: Any) -> set[int]:
    starts: set[int] = set()
    if doc is None:
        return starts
    try:
        for sent in doc.sents:
            starts.add(sent[0].idx)
    except ValueError:  # no sentence boundaries set
        pass
    return starts


def _regex_starts(text: str) -> set[int]:
    return {m.end() for m in re.finditer(r"[.!?][”\"»)]?\s+(?=[A-ZÅÄÖ–\"”])", text)}


def segment(text: str, nlp: Any = None, section_hints: Iterable[tuple[int, int, str]] = (), doc: Any = None
            ) -> tuple[list[Section], list[Sentence]]:
    """Sections from headings (crawler hints when given) and sentences from the model's splitter.

    `doc` may be a spaCy Doc of `text` already parsed (saves a second pass); else `nlp(text)`.
    """
    hints = sorted(section_hints)
    if hints:
        heads = []
        for s, e, heading in hints:
            pos = text.find(heading, max(0, s - len(heading) - 2)) if heading else -1
            heads.append((pos, pos + len(heading), heading) if 0 <= pos <= s + 1 else (s, s, heading))
    else:
        heads = find_headings(text)
    sections: list[Section] = []
    if not heads or heads[0][0] > 0 and text[: heads[0][0]].strip():
        first_end = heads[0][0] if heads else len(text)
        sections.append(Section(idx=0, heading=None, start=0, end=first_end))
    for k, (s, e, heading) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        sections.append(Section(idx=len(sections), heading=heading, start=s, end=end))

    if doc is None and nlp is not None:
        doc = nlp(text)
    starts = _sentence_starts(doc) or _regex_starts(text)
    sorted_starts = sorted(starts)
    sentences: list[Sentence] = []
    sec_i = 0
    import bisect

    for ls, le in logical_lines(text):
        cuts = [ls]
        if not is_bullet(text[ls:le]):
            lo = bisect.bisect_right(sorted_starts, ls)
            hi = bisect.bisect_left(sorted_starts, le)
            # the parser may start a sentence at a wrapped line's lower-case first word
            cuts += [c for c in sorted_starts[lo:hi] if not (text[c].islower() and text[c - 1] == "\n")]
        cuts.append(le)
        for a, b in zip(cuts, cuts[1:]):
            seg = text[a:b]
            a2 = a + len(seg) - len(seg.lstrip())
            b2 = a + len(seg.rstrip())
            if b2 <= a2:
                continue
            while sec_i + 1 < len(sections) and sections[sec_i + 1].start <= a2:
                sec_i += 1
            sec = sections[sec_i].idx if sections and sections[sec_i].start <= a2 else None
            sentences.append(Sentence(idx=len(sentences), start=a2, end=b2, section=sec, text=text[a2:b2]))
    return sections, sentences

"""Personal data in page text: detection and the one redaction function every output uses.

Detected: person names (PER: the model's NER plus a rule for "Förnamn Efternamn" that needs a
known first name or a typical Swedish surname ending), e-mail addresses (EMAIL), Swedish phone
numbers (PHONE) and personnummer/samordningsnummer with a valid Luhn check digit (PNR).

    spans = detect_pii(text)            # or detect_pii(text, doc) to reuse a parsed doc
    safe = redact(text)                 # "Ring [telefon] eller mejla [e-post]"
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

LABELS = ("PER", "EMAIL", "PHONE", "PNR")
PLACEHOLDERS = {"PER": "[namn]", "EMAIL": "[e-post]", "PHONE": "[telefon]", "PNR": "[personnummer]"}
OTHER = "[maskerat]"  # a PII label from stored entities that this version does not name
# Higher wins when spans overlap.
_PRIORITY = {"EMAIL": 4, "PNR": 3, "PHONE": 2, "PER": 1}


@dataclass(frozen=True)
class PiiSpan:
    start: int
    end: int
    label: str  # one of LABELS
    text: str


# ---------------------------------------------------------------------------- e-mail

_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?\[at\]\s?|\s?\(at\)\s?)[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w-])"
)

# ---------------------------------------------------------------------------- phone

# National: 0 + area code (1–3 digits) + subscriber groups; international: +46/0046 without
# the leading 0 (optionally "(0)"). Groups separated by spaces or hyphens.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)46[\s-]?(?:\(0\)[\s-]?)?[1-9]\d{0,2}|0[1-9]\d{0,2})"
    r"(?:[\s-]?\d{2,4}){1,4}(?![\w-]|[.,]\d)"
)


def _phone_ok(s: str) -> bool:
    digits = re.sub(r"\D", "", s.replace("(0)", ""))
    if s.startswith("+46"):
        digits = "0" + digits[2:]
    elif s.startswith("0046"):
        digits = "0" + digits[4:]
    # Swedish numbers have 8–10 digits with the leading 0 (08-12 34 56 … 070-123 45 67).
    return 8 <= len(digits) <= 10


# ---------------------------------------------------------------------------- personnummer

_PNR_RE = re.compile(r"(?<![\d-])(19|20)?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?![\d-])")


def luhn_ok(digits: str) -> bool:
    """Luhn check on the 10-digit form YYMMDDNNNC."""
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _pnr_ok(m: re.Match[str]) -> bool:
    century, yy, mm, dd, sep, tail = m.groups()
    if not (century or sep):
        return False  # ten bare digits are more often a phone number than a personnummer
    month, day = int(mm), int(dd)
    if not 1 <= month <= 12:
        return False
    if not (1 <= day <= 31 or 61 <= day <= 91):  # 61–91: samordningsnummer
        return False
    return luhn_ok(f"{yy}{mm}{dd}{tail}")


# ---------------------------------------------------------------------------- names

# Common Swedish first names (a fact list, not from any page).
FIRST_NAMES = frozenset(
    """
    adam agneta agnes albin alexander alexandra alice alma amanda amelia anders andreas
    anette angelica anita ann anna annika anneli anton arvid asta astrid axel barbro bengt
    birgitta björn bo britt camilla carina carl caroline cecilia charlotte christer christian
    christina claes clara daniel david ebba edvin elias elin elisabeth ella ellen elsa emelie
    emil emilia emma erik erika eva evelina felicia felix filip fredrik frida gabriel gunilla
    gunnar gustav göran hampus hanna hannes hans harald harry helen helena henrik hugo ida
    inga inger ingrid isabella isak jakob jan jenny jesper jessica joakim johan johanna
    johannes jonas jonathan josefin julia jörgen kaj karin karl kajsa katarina kent kenneth
    kerstin kjell klara kristina kristoffer lars leif lena lennart leo liam linda linn linnea
    lisa lotta louise lova lucas ludvig magnus maja malin marcus margareta maria marie
    marianne martin mats mattias max mikael moa mohammed monica nathalie nils nina niklas
    noah olivia olle oliver oscar ove patrik per peter petra pia rasmus rebecca robert
    roger rolf rune sanna sara sebastian simon siv sofia sofie stefan stig susanne sven
    therese thomas tina tobias tomas torbjörn ulf ulla ulrika valdemar vera victor viktor
    wilma william yvonne åsa åke örjan
    """.split()
)
# Typical Swedish surname endings; long enough not to catch common words.
_SURNAME_END = re.compile(
    r"(?:sson|son|berg|ström|strom|lund|qvist|kvist|gren|green|ling|blad|dahl|dal|holm|"
    r"stedt|stad|mark|man|ander|ius|ell|én|ér|in|din|back|bäck|borg|gård|vall|fors|wall|lind)$",
    re.IGNORECASE,
)
_CAP_WORD_RE = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéüè]+(?:-[A-ZÅÄÖÉ][a-zåäöéüè]+)?")
# Capitalised words that are never first names even where they could look like one.
_NOT_NAME = frozenset("kommun region stad län sveriges svenska nya stora lilla".split())


def _rule_names(text: str) -> list[tuple[int, int]]:
    """'Förnamn Efternamn' (plus an optional second surname) where the first name is known,
    or, in a short line or comma list, where the surname has a typical Swedish ending."""
    words = list(_CAP_WORD_RE.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(words):
        first, nxt = words[i], words[i + 1]
        if text[first.end() : nxt.start()] != " " or first.group().lower() in _NOT_NAME:
            i += 1
            continue
        first_known = first.group().split("-")[0].lower() in FIRST_NAMES
        surname = nxt.group()
        shaped = bool(_SURNAME_END.search(surname)) and len(surname) > 4
        if surname.lower() in _NOT_NAME or not (
            first_known
            or (shaped and _line_is_name_list(text, first.start()) and not _is_common_word(first.group()))
        ):
            i += 1
            continue
        end, j = nxt.end(), i + 1
        # A double surname: "Eva Börjesson Öhman".
        if j + 1 < len(words) and text[end : words[j + 1].start()] == " ":
            third = words[j + 1].group()
            if _SURNAME_END.search(third) or third[0] in "ÅÄÖ" and len(third) > 3:
                end, j = words[j + 1].end(), j + 1
        out.append((first.start(), end))
        i = j + 1
    return out


def _line_is_name_list(text: str, pos: int) -> bool:
    """True when the line around `pos` is short or comma/och-separated (a list of people)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    return len(line.split()) <= 8 or line.count(",") >= 2


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
        while len(toks) > 2 and toks[-1].text.lower() not in FIRST_NAMES and _is_common_word(toks[-1].text):
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


def _resolve(spans: list[PiiSpan]) -> list[PiiSpan]:
    """Drop overlaps: higher priority first, then longer."""
    chosen: list[PiiSpan] = []
    for s in sorted(spans, key=lambda s: (-_PRIORITY.get(s.label, 0), -(s.end - s.start), s.start)):
        if all(s.end <= c.start or s.start >= c.end for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)


def detect_pii(text: str, doc: Doc | None = None, use_ner: bool = True) -> list[PiiSpan]:
    """Personal data spans in `text`, sorted, non-overlapping.

    `doc` (parsed from exactly `text`) is reused for NER; without it the shared pipeline is
    run when `use_ner` is True and the trained model is available.
    """
    spans: list[PiiSpan] = []

    def add(a: int, b: int, label: str) -> None:
        spans.append(PiiSpan(a, b, label, text[a:b]))

    for m in _EMAIL_RE.finditer(text):
        add(m.start(), m.end(), "EMAIL")
    for m in _PNR_RE.finditer(text):
        if _pnr_ok(m):
            add(m.start(), m.end(), "PNR")
    for m in _PHONE_RE.finditer(text):
        s = m.group(0).rstrip(" -")
        if _phone_ok(s):
            add(m.start(), m.start() + len(s), "PHONE")
    rule = _rule_names(text)
    for a, b in rule:
        add(a, b, "PER")
    if use_ner:
        if doc is None:
            from pipeline.nlp import is_trained, load_nlp

            nlp = load_nlp()
            if is_trained(nlp) and "ner" in nlp.pipe_names:
                doc = nlp(text)
        if doc is not None and doc.text == text:
            surnames = {w for a, b in rule for w in text[a:b].split()}
            for a, b in _ner_names(doc, surnames):
                add(a, b, "PER")
    return _resolve(spans)


def redact(text: str, spans: list[PiiSpan] | None = None) -> str:
    """`text` with every PII span replaced by its placeholder ("[namn]", "[e-post]",
    "[telefon]", "[personnummer]"). Detects the spans itself when none are given."""
    if spans is None:
        spans = detect_pii(text)
    out: list[str] = []
    pos = 0
    for s in _resolve(list(spans)):
        out.append(text[pos : s.start])
        out.append(PLACEHOLDERS.get(s.label, OTHER))
        pos = s.end
    out.append(text[pos:])
    return "".join(out)

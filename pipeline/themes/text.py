"""Swedish-safe terms for topic words: lemmas, compound parts, Swedish stop words.

Never ASCII-folds: "äldreboende" stays "äldreboende" (BERTopic's `language="english"`
preprocessing would make it "ldreboende"). Lemmas come from `pipeline.nlp`'s lookup table and
compound parts from `pipeline.compounds` when those modules are present.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache

from spacy.lang.sv.stop_words import STOP_WORDS

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_WORD = WORD

# Words that occur in nearly every proposal and say nothing about its theme.
DOMAIN_STOP_WORDS = frozenset(
    """
    kommun kommunen förslag föreslå föreslår önskemål önska önskar vilja vill behöva behöver behov
    bra bättre mer mera fler många mycket finnas finns få får kunna kan skulle ska göra gör gjort
    se ser ta tar ge ger också även gärna exempel t.ex bl.a osv eftersom ju nog idag dag år
    deltagare deltagarna fler mången föra invånare tycka tycker tycker att menar mena tas satsa satsning
    """.split()
)
STOP = frozenset(w.lower() for w in STOP_WORDS) | DOMAIN_STOP_WORDS

# Words that say when or how often, not what: fine as topic words, poor as a theme's name.
LABEL_STOP_WORDS = frozenset(
    """
    dag dagar vecka veckan månad timme minut kvart kväll kvällstid kvällar eftermiddag förmiddag morgon
    natt helg helger helgkväll lördag söndag fredag måndag tisdag onsdag torsdag gång gånger tid tidpunkt
    varsel framförhållning plats ställe sätt fråga del första andra enhet minst längre kort kortare
    """.split()
)


@lru_cache(maxsize=1)
def _lemmatizer() -> Callable[[str], str | None]:
    try:
        from pipeline.nlp import known_lemmas, lookup_lemma
    except Exception as exc:  # the language core is optional here: themes still run on forms
        logging.getLogger(__name__).warning("pipeline.nlp unavailable (%s); theme words are not lemmatised", exc)
        return lambda w: None
    known = known_lemmas()
    plural = ("arna", "erna", "orna", "ar", "er", "or")

    def best(word: str) -> str | None:
        if word in known:  # already a base form: "lov" must not become "love"
            return word
        for suffix in plural:  # the table ignores part of speech: "bussar" is buss, not bussa
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3 and stem in known:
                return stem
        return lookup_lemma(word)

    def with_compound_head(word: str) -> str | None:
        found = best(word)
        if found:
            return found
        # Unknown compound: lemmatise its longest known tail ("badplatser" → "badplats").
        for i in range(2, len(word) - 2):
            head = best(word[i:])
            if head and len(word) - i >= 3:
                return word[:i] + head
        return None

    return with_compound_head


@lru_cache(maxsize=1)
def _splitter() -> Callable[[str], list[str]] | None:
    """The compound splitter of `pipeline.compounds`, whatever its function is called."""
    try:
        import pipeline.compounds as compounds
    except Exception as exc:  # a broken splitter must not stop the theme run
        logging.getLogger(__name__).warning("pipeline.compounds unavailable (%s); no compound parts", exc)
        return None
    for name in ("split_compound", "split", "compound_parts", "parts"):
        fn = getattr(compounds, name, None)
        if callable(fn):
            return fn
    return None


def _parts(word: str) -> list[str]:
    split = _splitter()
    if split is None:
        return []
    try:
        result = split(word)
    except Exception:  # a splitter bug must not stop the theme run
        return []
    parts: list[str] = []
    for part in result or []:
        text = part if isinstance(part, str) else getattr(part, "lemma", None) or getattr(part, "text", None) or str(part)
        parts.append(text.lower())
    return parts if len(parts) > 1 else []


# The lookup table ignores part of speech; these forms are kept as written (äldre is a target
# group, not "gammal").
_KEEP_FORM = frozenset({"äldre", "unga", "ungdomar", "barn", "anhöriga", "personal", "lokaler"})


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    low = word.lower()
    if low in _KEEP_FORM:
        return low
    return (_lemmatizer()(low) or low).lower()


@lru_cache(maxsize=200_000)
def terms_of_word(word: str) -> tuple[str, ...]:
    """The lemma of a word plus the lemmas of its compound parts, stop words removed."""
    if word.lower() in STOP:
        return ()
    base = lemma(word)
    out = [base] if base not in STOP and len(base) > 1 else []
    for part in _parts(base):
        p = lemma(part)
        if p not in STOP and len(p) > 2 and p != base:
            out.append(p)
    return tuple(out)


# A proposal's framing ("Deltagarna föreslog att", "Det behövs") says who wants something, not
# what: removed before embedding so proposals group by content rather than by phrasing.
_FRAMING = re.compile(
    r"^\s*(?:(?:vi|jag|många|flera|deltagarna|de|dom|man|ungdomarna|eleverna|de äldre|kommunen|föräldrarna)\s+"
    r"(?:\w+\s+){0,2}?(?:vill ha|vill se|vill|önskar sig|önskar|önskade|föreslår|föreslog|efterfrågar|efterfrågade"
    r"|lyfte behovet av|lyfter behovet av|lyfte fram|saknar|saknade|behöver|borde satsa på|bör satsa på|borde|bör|ska)"
    r"|det\s+(?:behövs|behövdes|saknas|saknades|vore bra med|vore bra om|önskas|finns behov av|efterfrågas))"
    r"\s+(?:att\s+|mer\s+|fler\s+)?",
    re.IGNORECASE,
)


def content_text(text: str) -> str:
    """The text without its leading framing; the original when too little would be left."""
    stripped = _FRAMING.sub("", text, count=1).strip()
    return stripped if len(stripped) >= 4 else text.strip()


def analyze(text: str) -> list[str]:
    """Terms of a text for CountVectorizer(analyzer=analyze)."""
    terms: list[str] = []
    for m in _WORD.finditer(text):
        terms.extend(terms_of_word(m.group(0)))
    return terms


def analyze_words(text: str) -> list[str]:
    """Lemmas of whole words only (stop words removed): theme keywords people see and NPMI counts.
    Compound parts help the topic model match seed words but read badly on their own
    ("handledning" must not show as "hand" and "ledning")."""
    terms: list[str] = []
    for m in _WORD.finditer(text):
        found = terms_of_word(m.group(0))
        if found:
            terms.append(found[0])
    return terms

"""Dictionary-based splitter for Swedish compounds.

Lexicon: the lemmas and word forms of `sv_lemma_lookup` (spacy-lookups-data). A compound is
split into modifiers + head, where each modifier is a word possibly followed by a linking
letter (trygghet-s-boende, kvinn-o-förening via the table's compound form "kvinno") and the
head is a word or an inflected form of one (trygghetsboenden → trygghet + boende).

Among all decompositions the one with the fewest parts wins, then the longest head, then the
fewest linking letters. Parts shorter than MIN_PART letters and words shorter than MIN_WORD
letters are never split, which keeps kommun from becoming kom + mun.
"""
from __future__ import annotations

from functools import lru_cache

from pipeline.nlp import known_lemmas, lemma_table, suffix_lemma

MIN_PART = 3
MIN_WORD = 7
MAX_PARTS = 4
LINKERS = ("s", "e", "a", "u", "o")
# Prepositions and verb particles as first parts make nonsense for theme matching
# (med+arbetare, för+slag, till+gänglighet); treat such words as simple.
BLOCKED_MODIFIERS = frozenset(
    """av bak be bi bort efter fram från för före ge genom hos in kring med mede mot ner ned
    om på sam till tillbaka under upp ut utan vid åter över""".split()
)
# Derivational suffixes that happen to be words (verksam+het, personal → person+len).
BLOCKED_HEADS = frozenset(
    """het heten len lig lighet ning skap else ande ende ism ist are arna erna orna ens ern
    ton tion nen sen ren""".split()
)


def _is_lemma(w: str) -> bool:
    return w in known_lemmas()


def _table_lemma(w: str) -> str | None:
    return lemma_table().get(w)


_ENDINGS = ("erna", "arna", "orna", "ens", "ets", "en", "et", "na", "er", "ar", "or", "n", "t")


def _base_form(w: str) -> str:
    """Lemma of the whole word: the table's, else the word minus an inflectional ending when
    that leaves a known lemma (personalen → personal), else the word."""
    lem = _table_lemma(w)
    if lem is not None:
        return lem
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= MIN_PART and _is_lemma(w[: -len(end)]):
            return w[: -len(end)]
    guess = suffix_lemma(w)  # äldreboendet → äldre + (boendet → boende)
    if guess is not None and len(guess) < len(w):
        return guess
    return w


def _modifier_lemma(surface: str) -> str | None:
    """Lemma of a compound's first part, or None if it is not a word.

    Compound-initial and genitive forms are in the table (kvinno → kvinna, skol → skola,
    trygghets → trygghet); a table lemma that does not share the first letters is another
    word's paradigm (äldre → gammal) and the surface itself is kept.
    """
    if len(surface) < MIN_PART or surface in BLOCKED_MODIFIERS:
        return None
    if _is_lemma(surface):
        return surface
    lem = _table_lemma(surface)
    if lem is None:
        return None
    if lem in BLOCKED_MODIFIERS:
        return None
    return lem if lem[:3] == surface[:3] else surface


def _head_lemma(surface: str) -> str | None:
    """Lemma of a compound's last part (a lemma, or an inflected form in the table)."""
    if len(surface) < MIN_PART or surface in BLOCKED_HEADS:
        return None
    if _is_lemma(surface):
        return surface
    lem = _table_lemma(surface)
    if lem is not None and lem[:2] == surface[:2]:
        return lem
    return None


# A decomposition: (parts, number of linking letters used)
_Split = tuple[tuple[str, ...], int]


def _better(a: _Split, b: _Split | None) -> bool:
    if b is None:
        return True
    ka = (len(a[0]), -len(a[0][-1]), a[1])
    kb = (len(b[0]), -len(b[0][-1]), b[1])
    return ka < kb


def _splits(s: str, depth: int) -> list[_Split]:
    """Every decomposition of `s` into one modifier + the best decomposition of the rest."""
    out: list[_Split] = []
    if depth >= MAX_PARTS:
        return out
    for i in range(MIN_PART, len(s) - MIN_PART + 1):
        left, rest = s[:i], s[i:]
        options: list[tuple[str, int]] = []
        mod = _modifier_lemma(left)
        if mod is not None:
            options.append((mod, 0))
        if left[-1] in LINKERS and len(left) > MIN_PART:
            stem = left[:-1]
            mod = _modifier_lemma(stem)
            if mod is None and left[-1] == "a" and len(stem) > MIN_PART:
                mod = _modifier_lemma(stem[:-1] + "e" + stem[-1])  # föräldra- → förälder
            if mod is not None:
                options.append((mod, 1))
        if not options:
            continue
        tail = _best(rest, depth + 1)
        if tail is None:
            continue
        out.extend(((mod, *tail[0]), linkers + tail[1]) for mod, linkers in options)
    return out


@lru_cache(maxsize=100_000)
def _best(s: str, depth: int) -> _Split | None:
    """Best decomposition of a compound's tail: a single known head beats any split."""
    head = _head_lemma(s)
    if head is not None:
        return ((head,), 0)
    best: _Split | None = None
    for cand in _splits(s, depth):
        if _better(cand, best):
            best = cand
    return best


def _best_split(s: str) -> _Split | None:
    """Best decomposition of a whole word into at least two parts. The word itself being in
    the lexicon says nothing about whether it is a compound (äldreomsorg is a lemma too)."""
    best: _Split | None = None
    for cand in _splits(s, 1):
        if _better(cand, best):
            best = cand
    return best


@lru_cache(maxsize=200_000)
def split_compound(word: str) -> tuple[str, ...]:
    """Parts of a compound as lemmas, e.g. "trygghetsboenden" → ("trygghet", "boende").

    A word that is not a compound (or not known) gives a 1-tuple with its lemma (or the
    lower-cased word).
    """
    w = word.lower().strip()
    base = _base_form(w)
    if word[:1].isupper() and base == w and not _is_lemma(w):
        return (word,)  # an unknown capitalised word is a name: Stockholm is not stock+holme
    if len(base) < MIN_WORD or not base.isalpha():
        return (base,)
    # Split the lemma when the table knows the whole word (its head is then already a lemma);
    # otherwise the surface form, whose head part the table lemmatises.
    candidates = (base,) if _is_lemma(base) else tuple(dict.fromkeys((base, w)))
    for cand in candidates:
        found = _best_split(cand)
        if found is not None:
            return found[0]
    return (base,)


def compound_head(word: str) -> str:
    """The head (last part) of a compound, or the word's lemma when it is not a compound."""
    return split_compound(word)[-1]


def is_compound_of(word: str, part: str) -> bool:
    """True when `part` (a lemma) is one of the parts of `word`."""
    return part.lower() in split_compound(word)

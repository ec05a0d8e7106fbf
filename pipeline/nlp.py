"""Load the Swedish spaCy pipeline, offline, once per process.

`load_nlp()` prefers the trained model shipped in `pipeline/models/sv_dialogkartan/`; when it is
absent (or `prefer_trained=False`) it builds `spacy.blank("sv")` + sentencizer + lookup
lemmatizer so the rest of the pipeline still runs. Either way a last component
(`dk_lemma_backoff`) rewrites `token.lemma_` with `lemma_of`, so callers can simply read
`token.lemma_`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Doc, Token

MODEL_DIR = Path(__file__).resolve().parent / "models" / "sv_dialogkartan"

# Parts of speech whose trained lemma is trusted as is: closed classes (för→för as ADP, not
# föra) and names (the lookup table would lower-case or mangle them).
_TRUST_TRAINED = {"ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART", "AUX", "NUM", "PUNCT", "SYM", "PROPN", "X", "INTJ"}

# Without a tagger the table's POS-blind guesses for function words are wrong (hon→hona,
# för→föra, med→mede): in the blank fallback these are their own lemma.
_FUNCTION_WORDS = frozenset(
    """hon han den det de vi ni jag du man sig för med i på av till om och att som en ett
    men eller från vid under över efter mot utan hos inom genom mellan än så när där här""".split()
)

if not Doc.has_extension("dk_lemmas_done"):
    Doc.set_extension("dk_lemmas_done", default=False)


@lru_cache(maxsize=1)
def lemma_table() -> Table:
    """The `sv_lemma_lookup` table from spacy-lookups-data (form → lemma, ~660k forms).

    A spaCy `Table` keys by string hash: use `.get(word)` and `word in table`.
    """
    from spacy.lookups import load_lookups

    lookups = load_lookups("sv", ["lemma_lookup"], strict=False)
    if not lookups.has_table("lemma_lookup"):
        return Table()
    return lookups.get_table("lemma_lookup")


@lru_cache(maxsize=1)
def known_lemmas() -> frozenset[str]:
    """Every lemma the table produces: a trained lemma outside this set (and not a known form)
    is suspect."""
    return frozenset(lemma_table().values())


def is_known_word(word: str) -> bool:
    """True when the table knows `word` as a form or a lemma."""
    return word in known_lemmas() or word in lemma_table()


@lru_cache(maxsize=200_000)
def lookup_lemma(word: str) -> str | None:
    """Table lemma of a word form, lower-cased first; None when the table does not know it."""
    table = lemma_table()
    low = word.lower()
    return table.get(low) or table.get(word)


@lru_cache(maxsize=200_000)
def suffix_lemma(word: str) -> str | None:
    """Lemma of an unknown (compound) word from its longest known tail:
    dialogmötet → dialog + (mötet → möte) → dialogmöte. None when no tail is known."""
    low = word.lower()
    if not low.isalpha():
        return None
    table = lemma_table()
    for i in range(3, len(low) - 3):
        tail = low[i:]
        lem = table.get(tail)
        if lem is not None and lem[:2] == tail[:2]:
            return low[:i] + lem
        if tail in known_lemmas():
            return low
    return None


def lemma_of(token: Token) -> str:
    """Best lemma of a token: the trained lemma, backed off to the lookup table.

    The trained (edit-tree) lemmatizer knows part of speech (fick→få, för→för) but invents
    forms for unseen words; the table knows 660k forms but ignores part of speech. Rule:
    trust the trained lemma for closed classes and names, and for open classes when it is a
    word the table knows; otherwise use the table (lower-cased form first); otherwise the
    lower-cased form.
    """
    if token.doc._.dk_lemmas_done:
        return token.lemma_
    return _compute_lemma(token)


def _compute_lemma(token: Token) -> str:
    form = token.text
    trained = token.lemma_
    pos = token.pos_
    table_lemma = lookup_lemma(form)
    if pos == "PROPN":
        # A capitalised first word is often a common noun the tagger took for a name.
        if token.is_sent_start and form[:1].isupper() and form[1:].islower():
            guess = table_lemma or suffix_lemma(form)
            if guess is not None and len(guess) < len(form):
                return guess
        return trained or form
    if trained and pos:  # a trained pipeline tagged this token
        t_low = trained.lower()
        low = form.lower()
        if pos in _TRUST_TRAINED or t_low in known_lemmas():
            return t_low
        if t_low != low and t_low in lemma_table():
            # The edit trees changed the word into a known word form (trycket → tryck); an
            # unknown result is an invented stem (dialogmötet → dialogmöt).
            return t_low
        # Unchanged words are either their own lemma (fall, många) or an inflection the
        # trees never saw (männen, föräldrarna): only an ending-stripping lemma from the
        # table (or from a compound's known tail) counts as evidence for the latter.
        must_shorten = t_low == low
        for cand in (table_lemma, suffix_lemma(form)):
            if cand is not None and (len(cand) < len(low) or not must_shorten):
                return cand
        return t_low
    # No trained lemmatizer (blank fallback): table first, then the compound tail.
    if form.lower() in _FUNCTION_WORDS:
        return form.lower()
    guess = suffix_lemma(form)
    return table_lemma or (guess if guess is not None and len(guess) <= len(form) else form.lower())


@Language.component("dk_lemma_backoff")
def lemma_backoff(doc: Doc) -> Doc:
    """Pipeline component: apply `lemma_of` to every token once."""
    for token in doc:
        token.lemma_ = _compute_lemma(token)
    doc._.dk_lemmas_done = True
    return doc


def _blank_pipeline() -> Language:
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@lru_cache(maxsize=2)
def load_nlp(prefer_trained: bool = True) -> Language:
    """The shared Swedish pipeline (cached). Never downloads anything."""
    if prefer_trained and (MODEL_DIR / "config.cfg").exists():
        nlp = spacy.load(MODEL_DIR)
    else:
        nlp = _blank_pipeline()
    nlp.add_pipe("dk_lemma_backoff", last=True)
    nlp.max_length = 2_000_000
    return nlp


def is_trained(nlp: Language) -> bool:
    """True when `nlp` has a parser (the shipped model), False for the blank fallback."""
    return "parser" in nlp.pipe_names

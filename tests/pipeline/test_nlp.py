"""The shipped Swedish model: offline loading, lemmas, sentences."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dialogkartan import paths
from pipeline.nlp import MODEL_DIR, is_trained, lemma_of, load_nlp

SEEDS = paths.SHARED_DIR / "seeds"


@pytest.fixture(scope="module")
def nlp():
    assert (MODEL_DIR / "config.cfg").exists(), "pipeline/models/sv_dialogkartan is missing"
    return load_nlp()


def test_model_loads_offline_without_network():
    # A fresh interpreter where every socket connect fails: loading must not touch the net.
    code = (
        "import socket\n"
        "def _no(*a, **k): raise OSError('network disabled in test')\n"
        "socket.socket.connect = _no\n"
        "socket.create_connection = _no\n"
        "from pipeline.nlp import load_nlp, is_trained\n"
        "nlp = load_nlp()\n"
        "import json; print(json.dumps({'trained': is_trained(nlp), 'pipes': nlp.pipe_names}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=paths.ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout.strip().splitlines()[-1])
    assert info["trained"] is True
    for pipe in ("tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner", "entity_ruler"):
        assert pipe in info["pipes"]


def test_meta_records_license_and_scores(nlp):
    meta = nlp.meta
    assert meta["license"] == "CC BY-SA 4.0"
    perf = meta["performance"]
    assert perf["pos_acc"] >= 94
    assert perf["dep_las"] > 70
    assert perf["ents_f_ner_test"] >= 72


def test_lemmas_use_part_of_speech(nlp):
    doc = nlp("Vi fick många förslag från invånarna och tackar för alla synpunkter.")
    by_text = {t.text: t for t in doc}
    assert lemma_of(by_text["fick"]) == "få"
    assert by_text["för"].pos_ == "ADP"
    assert lemma_of(by_text["för"]) == "för"
    assert lemma_of(by_text["invånarna"]) == "invånare"
    assert lemma_of(by_text["synpunkter"]) == "synpunkt"
    # token.lemma_ already carries the back-off
    assert by_text["fick"].lemma_ == "få"


def test_unknown_compound_gets_lookup_backoff(nlp):
    doc = nlp("Dialogmötena om trygghetsboendena lockade många pensionärer.")
    assert lemma_of(doc[0]) == "dialogmöte"
    assert lemma_of(doc[2]) == "trygghetsboende"


def test_sentences_on_municipal_text(nlp):
    text = (
        "Kommunen bjöd in till medborgardialog den 12 mars. Ett trettiotal invånare kom, bl.a. "
        "från föreningen för äldre. Vad tycker du om förslagen? Lämna dina synpunkter senast "
        "den 30 april."
    )
    sents = [s.text for s in nlp(text).sents]
    assert len(sents) == 4
    assert sents[1].startswith("Ett trettiotal")
    assert sents[2] == "Vad tycker du om förslagen?"


def test_entities_include_ruler_and_model(nlp):
    doc = nlp("Region Västernorrland och Sollefteå kommun träffade Anna Lindqvist från Försäkringskassan i Kramfors.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Region Västernorrland", "ORG") in ents
    assert ("Sollefteå kommun", "ORG") in ents
    assert ("Försäkringskassan", "ORG") in ents
    assert ("Kramfors", "LOC") in ents
    assert ("Anna Lindqvist", "PER") in ents


def test_seed_texts_parse_into_sentences(nlp):
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.exists() else []
    if not files:
        pytest.skip(f"no seed texts in {SEEDS}")
    for f in files:
        text = f.read_text(encoding="utf-8")
        doc = nlp(text)
        sents = list(doc.sents)
        assert len(sents) >= 3, f.name
        # Sentences tile the document: no text is lost.
        assert sents[0].start_char <= len(text) - len(text.lstrip())
        assert all(len(s.text) < 2000 for s in sents), f.name


def test_blank_fallback_still_works():
    nlp = load_nlp(prefer_trained=False)
    assert not is_trained(nlp)
    doc = nlp("Hon fick för lite stöd av hemtjänsten. Det ska bli bättre.")
    assert len(list(doc.sents)) == 2
    assert [t.lemma_ for t in doc][:3] == ["hon", "ficka", "för"]  # POS-blind table, as documented
    assert doc[6].lemma_ == "hemtjänst"

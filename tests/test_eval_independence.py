"""Evaluation sets stay independent: nothing we train on, tune on or write rules from is a
near-duplicate (token F1 ≥ the bar) of a text in a frozen test set."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
import yaml

from dialogkartan import paths
from pipeline.extract.cues import load_patterns
from pipeline.extract.train import CURRENT_SPLIT, SPLIT_FILES
from pipeline.textmatch import near_duplicates, page_keys

CORPUS = paths.ROOT / "eval" / "corpus"
SENTENCE_BAR = 0.7   # whole sentences of six words or more
PROPOSAL_BAR = 0.6   # theme proposals of three words or more (the scorer's own match bar)
TAXONOMY_BAR = 0.7   # taxonomy texts and theme examples against corpus test proposals of four words or more:
                     # the examples predate the corpus and share its three-word genre phrases at 0.6
FIXTURE_BAR = 0.8    # rules' examples and fixtures against test proposals of five words or more: generic
                     # genre phrases ("fler bänkar i parken") may recur; a reworded test proposal may not


def _sentences(text: str) -> list[str]:
    return [s.strip() for line in text.splitlines() for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]


def _split(name: str) -> tuple[list[dict], dict[str, dict]]:
    from pipeline.extract.train import load_split

    return load_split(name)


def _fixture_strings() -> list[str]:
    """String literals of the test modules and texts of the pipeline's own data files."""
    out: list[str] = []
    for f in (paths.ROOT / "tests").rglob("*.py"):
        if f.name == Path(__file__).name:
            continue
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 4:
                out += _sentences(node.value)
    for f in (paths.ROOT / "tests").rglob("*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out += _sentences(json.loads(line).get("text") or "")
    return out


def _rules_and_examples() -> list[str]:
    out = [row["example"] for rows in load_patterns().values() for row in rows]
    for f in sorted((paths.CONFIG_DIR / "taxonomy" / "theme_examples").glob("*.yaml")):
        out += [p["text"] for p in yaml.safe_load(f.read_text(encoding="utf-8"))["proposals"]]
    # comments and string literals of the extraction code
    for f in (paths.ROOT / "pipeline" / "extract").rglob("*.py"):
        src = f.read_text(encoding="utf-8")
        out += [m.group(1) for m in re.finditer(r"#\s*(.{20,})", src)]
        out += [m.group(1) for m in re.finditer(r'"([^"\n]{25,})"', src)]
    return out


# Every split the extraction knows (each earlier test scored once, the last the current one). Each
# version's train and dev must stay clear of its own test, and no rule or fixture may hold any test's text.
VERSIONS = SPLIT_FILES


@pytest.fixture(scope="module", params=sorted(VERSIONS))
def version(request):
    if not (CORPUS / VERSIONS[request.param]).exists():
        pytest.skip(f"eval/corpus/{VERSIONS[request.param]} not found")
    return request.param


@pytest.fixture(scope="module")
def test_split(version):
    inputs, gold = _split(f"{version}:test")
    sentences = [s for r in inputs for s in _sentences(r["text"])]
    proposals = [p["text"] for g in gold.values() for p in (g.get("proposals") or []) + (g.get("commitments") or [])]
    return sentences, proposals


def test_split_is_by_author_and_disjoint(version):
    data = yaml.safe_load((CORPUS / VERSIONS[version]).read_text(encoding="utf-8"))["splits"]
    ids = {k: set(v) for k, v in data.items()}
    assert not ids["train"] & ids["test"] and not ids["dev"] & ids["test"] and not ids["train"] & ids["dev"]
    authors = {k: {i.split("-")[0] for i in v} for k, v in ids.items()}
    assert not authors["test"] & (authors["train"] | authors["dev"])
    assert len(ids["test"]) >= 60


def test_the_current_test_counts_each_real_page_once():
    # test authors working side by side sometimes rewrote the same page (eval/corpus/split.py, v7 on)
    inputs, _ = _split(f"{CURRENT_SPLIT}:test")
    seen: dict[str, str] = {}
    for r in inputs:
        for key in page_keys(r):
            assert key not in seen, f"{r['id']} and {seen[key]} rewrite the same page"
            seen[key] = r["id"]
    assert len(seen) >= 60


def test_training_and_dev_texts_are_not_rewordings_of_test_texts(version, test_split):
    sentences, proposals = test_split
    pool = []
    for split in ("train", "dev"):
        inputs, gold = _split(f"{version}:{split}")
        pool += [s for r in inputs for s in _sentences(r["text"])]
    hits = near_duplicates(sentences, pool, SENTENCE_BAR, min_tokens=6)
    hits += near_duplicates(proposals, pool, 0.9, min_tokens=5)
    shown = sorted({(sentences[i] if i < len(sentences) else "?", pool[j]) for i, j, _ in hits})[:5]
    assert not hits, f"{len(hits)} near-duplicates, e.g. {shown}"


def test_rules_examples_and_fixtures_hold_no_test_text(test_split):
    sentences, proposals = test_split
    pool = _rules_and_examples() + _fixture_strings()
    hits = near_duplicates(pool, sentences, FIXTURE_BAR, min_tokens=6)
    hits += near_duplicates(pool, proposals, FIXTURE_BAR, min_tokens=5)
    assert not hits, [(pool[i], round(f, 2)) for i, _, f in hits[:5]]


def test_theme_examples_are_not_rewordings_of_the_theme_test_set():
    test = [p["text"] for p in yaml.safe_load((paths.ROOT / "eval/themes/test.yaml").read_text(encoding="utf-8"))["proposals"]]
    pool = []
    for f in sorted((paths.CONFIG_DIR / "taxonomy" / "theme_examples").glob("*.yaml")):
        pool += [p["text"] for p in yaml.safe_load(f.read_text(encoding="utf-8"))["proposals"]]
    hits = near_duplicates(test, pool, PROPOSAL_BAR, min_tokens=3)
    assert not hits, [(test[i], pool[j], round(f, 2)) for i, j, f in hits[:5]]


_LEXICON_KEYS = frozenset({"terms", "prefixes", "phrases", "weak"})


def _taxonomy_texts() -> list[str]:
    """Everything under config/taxonomy/ a person wrote (labels, descriptions, seeds, examples,
    comments) and the train-only relabels of the theme trainer."""
    out: list[str] = []
    for f in sorted((paths.CONFIG_DIR / "taxonomy").rglob("*.yaml")):
        text = f.read_text(encoding="utf-8")
        out += [m.group(1) for m in re.finditer(r"#\s*(.{20,})", text)]

        def walk(node: object) -> None:
            if isinstance(node, str):
                out.append(node)
            elif isinstance(node, dict):
                for k, v in node.items():
                    # a target group's lexicon ("mäns våld mot kvinnor") is the field's fixed
                    # vocabulary, which proposals use too; it labels no proposal
                    if k not in _LEXICON_KEYS:
                        walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
        walk(yaml.safe_load(text))
    from pipeline.themes.train import RELABEL

    out += [t for texts in RELABEL.values() for t in texts]
    return out


def test_taxonomy_and_theme_training_hold_no_corpus_test_proposal(test_split):
    """The theme labels of the corpus's test split stay unseen: no taxonomy text, theme example or
    train relabel rewords one of its proposals."""
    _, proposals = test_split
    pool = _taxonomy_texts()
    hits = near_duplicates(pool, proposals, TAXONOMY_BAR, min_tokens=4)
    assert not hits, [(pool[i], proposals[j], round(f, 2)) for i, j, f in hits[:5]]


def test_the_guard_catches_a_reworded_sentence():
    a = "Deltagarna föreslog att kommunen bygger en ny lekplats vid torget i Björkhagen."
    b = "Deltagarna föreslog att kommunen bygger en ny lekplats vid torget i Hökarängen."
    assert near_duplicates([a], [b], SENTENCE_BAR, min_tokens=6)
    assert not near_duplicates([a], ["Många ville ha bättre belysning på gångvägen till tunnelbanan."], SENTENCE_BAR)

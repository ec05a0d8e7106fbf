"""The one language check (dialogkartan.lang), used by the crawler and the pipeline."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dialogkartan.lang import _WORD, MIN_WORDS, detect_language, is_swedish

SNIPPETS = yaml.safe_load((Path(__file__).parent / "data" / "lang_snippets.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, texts in SNIPPETS.items() for t in texts])
def test_snippet_language(lang: str, text: str) -> None:
    # Below MIN_WORDS a text is "too short to tell" (given the benefit of the doubt), by design.
    assert detect_language(text) == (lang if len(_WORD.findall(text)) >= MIN_WORDS else None)


def test_neighbours_are_not_swedish() -> None:
    for lang, texts in SNIPPETS.items():
        long_enough = [t for t in texts if len(_WORD.findall(t)) >= MIN_WORDS]
        assert all(is_swedish(detect_language(t)) == (lang == "sv") for t in long_enough), lang


def test_short_text_takes_the_page_hint_or_is_unknown() -> None:
    assert detect_language("Kontakt", hint="sv-SE") == "sv"
    assert detect_language("Kontakt") is None and is_swedish(None)  # too short to flag
    assert detect_language("Contact us", hint="en") == "en" and not is_swedish("en")


def test_english_page_is_flagged() -> None:
    english = ("Welcome to our municipality. On this page you can read about how we work with dialogue "
               "with the people who live here, and how you can take part in the planning of the new library.")
    assert detect_language(english) == "en"


def test_crawler_imports_it_without_the_pipeline() -> None:
    code = ("import sys, crawl.extractors, dialogkartan.lang, dialogkartan.dates\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pipeline', 'spacy', 'duckdb', 'py3langid'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"  # nor is the language model loaded before it is needed

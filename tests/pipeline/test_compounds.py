"""Dictionary-based compound splitting with linking letters."""
from __future__ import annotations

import time

import pytest

from pipeline.compounds import compound_head, is_compound_of, split_compound


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("trygghetsboenden", ("trygghet", "boende")),
        ("äldreomsorgen", ("äldre", "omsorg")),
        ("stödinsatser", ("stöd", "insats")),
        ("brukardialogerna", ("brukare", "dialog")),
        ("ungdomsrådet", ("ungdom", "råd")),
        ("kvinnoföreningen", ("kvinna", "förening")),
        ("föräldrastöd", ("förälder", "stöd")),
        ("funktionshinderråd", ("funktionshinder", "råd")),
    ],
)
def test_splits(word, parts):
    assert split_compound(word) == parts


@pytest.mark.parametrize("word", ["kommun", "kommunerna", "medarbetare", "verksamheten", "personalen", "förslagen"])
def test_simple_words_stay_whole(word):
    assert len(split_compound(word)) == 1


def test_names_are_not_split():
    assert split_compound("Stockholm") == ("Stockholm",)


def test_helpers_and_case():
    assert compound_head("Äldreboendet") == "boende"
    assert is_compound_of("hemtjänsten", "hem")
    assert not is_compound_of("hemtjänsten", "barn")


def test_fast_with_cache():
    words = ["anhörigstödet", "dialogmötena", "fritidsgårdarna", "pensionärsrådet"] * 250
    split_compound("uppvärmning")  # load the table once
    t = time.perf_counter()
    for w in words:
        split_compound(w)
    assert time.perf_counter() - t < 0.5

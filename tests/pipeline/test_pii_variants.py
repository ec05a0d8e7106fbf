"""Written variants of personal data, and things that only look like it: one table, one rule set.

Both redaction paths (the pipeline's `pipeline.pii` and the dashboard's `dashboard.redact`) must
treat every row the same way, because both use `dialogkartan.pii_patterns`.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from dashboard.redact import redact as dashboard_redact
from dialogkartan import paths
from dialogkartan.pii_patterns import pattern_spans, resolve
from pipeline.pii import detect_pii

# (text, label, the exact span that must be found)
POSITIVES = [
    ("Personnumret 811218 9876 ska strykas.", "PNR", "811218 9876"),
    ("Sökandens pnr 19811218 9876.", "PNR", "19811218 9876"),
    ("Sökandens pnr 811218-9876.", "PNR", "811218-9876"),
    ("Pnr 811218+9876 (född 1881).", "PNR", "811218+9876"),
    ("Pnr 198112189876.", "PNR", "198112189876"),
    ("Samordningsnummer 701063-2391.", "PNR", "701063-2391"),
    ("Ring 070.123.45.67 i dag.", "PHONE", "070.123.45.67"),
    ("Ring 08.123 456 78.", "PHONE", "08.123 456 78"),
    ("Ring (08) 123 456 78.", "PHONE", "(08) 123 456 78"),
    ("Ring (0611) 34 80 12.", "PHONE", "(0611) 34 80 12"),
    ("Ring +46 (0)70-123 45 67.", "PHONE", "+46 (0)70-123 45 67"),
    ("Ring +46 70 123 45 67.", "PHONE", "+46 70 123 45 67"),
    ("Ring +46701234567.", "PHONE", "+46701234567"),
    ("Ring 0046 8 123 456 78.", "PHONE", "0046 8 123 456 78"),
    ("Ring 070 - 123 45 67.", "PHONE", "070 - 123 45 67"),
    ("Ring 0611-34 80 12.", "PHONE", "0611-34 80 12"),
    ("Mejla karin.sjoberg snabel-a harnosand.se i dag.", "EMAIL", "karin.sjoberg snabel-a harnosand.se"),
    ("Mejla karin.sjoberg(at)harnosand.se i dag.", "EMAIL", "karin.sjoberg(at)harnosand.se"),
    ("Mejla karin.sjoberg [at] harnosand.se i dag.", "EMAIL", "karin.sjoberg [at] harnosand.se"),
    ("Mejla karin (snabel-a) harnosand (punkt) se.", "EMAIL", "karin (snabel-a) harnosand (punkt) se"),
    ("Mejla karin[at]harnosand[dot]se.", "EMAIL", "karin[at]harnosand[dot]se"),
    ("Mejla karin @ harnosand.se.", "EMAIL", "karin @ harnosand.se"),
    ("Mejla Karin.Sjoberg(AT)Harnosand.se.", "EMAIL", "Karin.Sjoberg(AT)Harnosand.se"),
    ("Mejla karin.sjoberg@harnosand.se.", "EMAIL", "karin.sjoberg@harnosand.se"),
]

# Dates, times, case numbers, postal codes, money, organisation numbers: never personal data.
NEGATIVES = [
    "Mötet hölls 2024-05-14 kl. 18.00.",
    "Datum 14.05.2024 och 01.02.2024.",
    "Beslut 2024.05.14 i nämnden.",
    "Från 05/14/24.",
    "Dnr 2024/123 och KS 2023/0456.",
    "Dnr KS-2024-0123.",
    "Sammanträdet 2024-03-12, § 45, dnr 2024/00123.",
    "Adress: Storgatan 12, 871 31 Härnösand.",
    "Postnummer SE-112 51 Stockholm.",
    "Budgeten är 1 500 000 kronor.",
    "Kostnad 2,5 miljoner kr, 50 000 kr per år.",
    "0,5 procent av 0 800 000 kr.",
    "Öppet 08.30 09.30 och 10.00–12.00.",
    "Telefontid 08.00-10.00 vardagar.",
    "Klockan 08.00 samlades 40 personer.",
    "Organisationsnummer 212000-2627.",
    "Bankgiro 5050-1055.",
    "Åren 2019-2023.",
    "Mellan 0 och 18 år.",
    "Sida 12 av 340.",
    "Uppdaterad 2023-06-14 15.40 av redaktionen.",
    "Publicerad 2021-11-04 09.30, uppdaterad 2021-11-05 13.45.",
]


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.label, s.text) for s in resolve(pattern_spans(text, names=False))}


@pytest.mark.parametrize(("text", "label", "span"), POSITIVES, ids=[p[2] for p in POSITIVES])
def test_variant_is_found_and_redacted_on_both_paths(text: str, label: str, span: str) -> None:
    assert (label, span) in _found(text)
    assert (label, span) in {(s.label, s.text) for s in detect_pii(text, use_ner=False)}
    shown = dashboard_redact(text, [])
    assert span not in shown and "[" in shown


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alike_is_left_alone_on_both_paths(text: str) -> None:
    assert _found(text) == set()
    assert [s for s in detect_pii(text, use_ner=False) if s.label != "PER"] == []
    assert dashboard_redact(text, []) == text


def test_the_dashboard_redacts_without_loading_spacy() -> None:
    code = "import sys, dashboard.redact as r; r.redact('Ring 070-123 45 67', []); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=paths.ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

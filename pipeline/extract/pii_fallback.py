"""Minimal contact detection used only when `pipeline.pii` is absent: e-mail and phone numbers."""
from __future__ import annotations

import re
from dataclasses import dataclass

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\d-])(?:\+46\s?|0)\d{1,3}[- ]?\d{2,3}(?:[ -]?\d{2}){1,3}(?![\d-])")


@dataclass(frozen=True)
class FallbackSpan:
    start: int
    end: int
    label: str
    text: str


def detect_contacts(text: str) -> list[FallbackSpan]:
    out = [FallbackSpan(m.start(), m.end(), "EMAIL", m.group().rstrip(".")) for m in EMAIL.finditer(text)]
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 8 <= len(digits) <= 12 and not re.match(r"(?:19|20)\d\d-\d\d-\d\d", m.group()):
            out.append(FallbackSpan(m.start(), m.end(), "PHONE", m.group().strip()))
    return out

"""Word-token overlap between two texts: the reference scorer's proposal-matching measure,
also used by extraction to collapse repeated wordings of one proposal."""
from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def token_f1(pred: str, gold: str) -> float:
    p, g = tokens(pred), tokens(gold)
    if not p or not g:
        return 0.0
    rest = list(g)
    common = 0
    for t in p:
        if t in rest:
            rest.remove(t)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)

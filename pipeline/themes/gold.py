"""Theme assignment accuracy against hand-labelled proposals (`eval/themes/*.yaml`).

Each gold proposal names the theme a coordinator would file it under (`theme`), other themes
that would also be accepted (`also`), or `nytt` when no taxonomy theme fits. The proposals are
themed by the real stage (`run_themes`) in a database of their own, so the number measures what
users get, clustering and corrections included.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dialogkartan.config import read_yaml
from dialogkartan.errors import UserError
from pipeline.themes.identity import DISCOVERED_PREFIX, OUTLIER_ID

NEW = "nytt"  # gold label: no taxonomy theme fits


@dataclass(frozen=True)
class GoldProposal:
    text: str
    theme: str
    also: tuple[str, ...] = ()

    @property
    def accepted(self) -> frozenset[str]:
        return frozenset((self.theme, *self.also))


def load_gold(path: Path, theme_ids: Sequence[str]) -> list[GoldProposal]:
    """Read a gold file; unknown theme ids and duplicate texts are errors, not silent misses."""
    data = read_yaml(path, "labelled proposals file")
    valid = set(theme_ids) | {NEW}
    out: list[GoldProposal] = []
    seen: set[str] = set()
    for i, entry in enumerate(data.get("proposals") or [], start=1):
        text = str(entry.get("text") or "").strip()
        theme = str(entry.get("theme") or "")
        also = tuple(str(a) for a in entry.get("also") or ())
        bad = [t for t in (theme, *also) if t not in valid]
        if not text or bad:
            raise UserError(f"{path}: proposal #{i} needs a text and known theme ids (unknown: {bad})")
        if text in seen:
            raise UserError(f"{path}: proposal #{i} repeats an earlier text")
        seen.add(text)
        out.append(GoldProposal(text, theme, also))
    if not out:
        raise UserError(f"{path}: no proposals")
    return out


def is_new(theme_id: str) -> bool:
    return theme_id == OUTLIER_ID or theme_id.startswith(DISCOVERED_PREFIX)


def score(gold: Sequence[GoldProposal], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy (strict: the gold theme; lenient: any accepted theme) and per-theme P/R/F1.

    A `nytt` gold item is right when the model put it outside the taxonomy (a discovered theme
    or Övrigt); per-theme figures use the lenient match, so an accepted alternative counts as
    the prediction's theme being right.
    """
    if len(gold) != len(predicted):
        raise ValueError("one prediction per gold proposal")
    strict = lenient = 0
    tp: Counter[str] = Counter()      # right, by predicted theme (precision)
    found: Counter[str] = Counter()   # right, by gold theme (recall: landed in it or an accepted alternative)
    pred_n: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    errors = []
    for g, p in zip(gold, predicted, strict=True):
        p_key = NEW if is_new(p) else p
        ok_strict = p_key == g.theme
        ok = p_key in g.accepted
        strict += ok_strict
        lenient += ok
        pred_n[p_key] += 1
        gold_n[g.theme] += 1
        if ok:
            tp[p_key] += 1
            found[g.theme] += 1
        else:
            errors.append({"text": g.text, "gold": sorted(g.accepted), "predicted": p})
    per_theme = {}
    for t in sorted(set(gold_n) | set(pred_n)):
        prec = tp[t] / pred_n[t] if pred_n[t] else 0.0
        rec = found[t] / gold_n[t] if gold_n[t] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_theme[t] = {"gold": gold_n[t], "predicted": pred_n[t], "precision": round(prec, 3),
                        "recall": round(rec, 3), "f1": round(f1, 3)}
    taxonomy_f1 = [v["f1"] for t, v in per_theme.items() if t != NEW and v["gold"]]
    n = len(gold)
    return {
        "proposals": n,
        "accuracy": round(lenient / n, 4),
        "accuracy_strict": round(strict / n, 4),
        "macro_f1": round(sum(taxonomy_f1) / len(taxonomy_f1), 4) if taxonomy_f1 else None,
        "outside_taxonomy": round(sum(1 for p in predicted if is_new(p)) / n, 4),
        "per_theme": per_theme,
        "errors": errors,
    }


def _rows(gold: Sequence[GoldProposal], per_doc: int = 5) -> tuple[list[list], list[list], list[list]]:
    """Documents, sentences and proposals rows: each proposal is a sentence of its own."""
    docs, sents, props = [], [], []
    for d in range(0, len(gold), per_doc):
        chunk = gold[d : d + per_doc]
        doc_id = hashlib.sha256(f"gold|{d}|{chunk[0].text}".encode()).hexdigest()[:16]
        text, spans = "", []
        for g in chunk:
            spans.append((len(text), len(text) + len(g.text)))
            text += g.text + ".\n"
        docs.append([doc_id, "gold", "0000", "00", f"gold:{doc_id}", f"gold:{doc_id}", "gold", "Guldförslag",
                     date(2024, 1, 1), True, True, text, hashlib.sha256(text.encode()).hexdigest()])
        for i, (g, (start, end)) in enumerate(zip(chunk, spans, strict=True)):
            sents.append([doc_id, i, start, end + 1, g.text + "."])
            pid = hashlib.sha256(f"{doc_id}|{i}".encode()).hexdigest()[:16]
            props.append([pid, doc_id, i, start, end, g.text])
    return docs, sents, props


def predict(gold: Sequence[GoldProposal], settings: dict[str, Any], db: Path) -> tuple[list[str], dict[str, Any]]:
    """Theme id per gold proposal from a theme run in `db` (rebuilt; its embedding cache is kept)."""
    from dialogkartan.db import writer
    from pipeline.themes.run import run_themes

    docs, sents, props = _rows(gold)
    with writer(db) as con:
        # the incremental state too: left behind, it would call the rebuilt proposals unchanged
        # and the run would place none of them
        for table in ("proposal_themes", "document_themes", "theme_quotes", "themes", "theme_registry", "theme_inputs",
                      "theme_state", "proposals", "sentences", "documents"):
            con.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
        con.executemany(
            "INSERT INTO documents (document_id, source_id, municipality_code, county_code, url, canonical_url, kind,"
            " title, published_date, relevant, is_swedish, text, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            docs,
        )
        con.executemany("INSERT INTO sentences (document_id, sentence_no, start_char, end_char, text) VALUES (?, ?, ?, ?, ?)", sents)
        con.executemany(
            "INSERT INTO proposals (proposal_id, document_id, sentence_no, start_char, end_char, text) VALUES (?, ?, ?, ?, ?, ?)",
            props,
        )
        summary = run_themes(con, settings)
        got = {r[0]: r[1:] for r in con.execute(
            "SELECT proposal_id, theme_id, confidence, assigned_by FROM proposal_themes").fetchall()}
    # What users see beside a placement (the classifier's probability and how it was placed),
    # aligned with the gold: the reliability diagram reads it.
    summary["placements"] = [{"confidence": got[p[0]][1], "assigned_by": got[p[0]][2]} for p in props]
    return [got[p[0]][0] for p in props], summary

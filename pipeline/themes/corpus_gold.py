"""Theme gold from the evaluation corpus: every proposal of a split with its `theme` and `also`.

The corpus (`eval/corpus/raw/<author>/gold.jsonl`) was annotated with the taxonomy as it stood
then; a theme added since has no gold label of its own (see `eval/themes/TAXONOMY_REVIEW.md` for
how such themes are scored). Split names are read by `pipeline.extract.train.split_ids`, the one
reader of the split files: `train`, `dev`, `test` name split v2 (`splits_v2.yaml`), `v1:test` etc.
split v1 (`splits.yaml`). Only the authors named for the split are opened: folders outside the
split (later held-out sets) are never read.
"""
from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from dialogkartan import paths
from dialogkartan.errors import UserError
from pipeline.themes.gold import NEW, GoldProposal

CORPUS_DIR = paths.ROOT / "eval" / "corpus"


@dataclass(frozen=True)
class CorpusProposal:
    document_id: str
    gold: GoldProposal
    required: bool


def split_documents(split: str, corpus: Path = CORPUS_DIR) -> list[str]:
    from pipeline.extract.train import CURRENT_SPLIT, SPLIT_FILES, split_ids

    try:
        return split_ids(split, corpus)
    except (KeyError, FileNotFoundError) as exc:
        earlier = [f"{v}:test" for v in SPLIT_FILES if v != CURRENT_SPLIT]  # also v1:train, v2:train etc.
        raise UserError(f"unknown corpus split {split!r}: use {', '.join(['train', 'dev', 'test', *earlier])}") from exc


def fold_gold(gold: Sequence[GoldProposal], new_themes: Collection[str]) -> list[GoldProposal]:
    """Gold as scored when `new_themes` count as `nytt` (TAXONOMY_REVIEW.md): a gold label naming
    such a theme (an annotator who had it) becomes `nytt` too, so a label and a placement in it
    agree whichever taxonomy the annotator had."""
    out = []
    for g in gold:
        theme = NEW if g.theme in new_themes else g.theme
        also = tuple(dict.fromkeys(NEW if a in new_themes else a for a in g.also if (NEW if a in new_themes else a) != theme))
        out.append(g if (theme, also) == (g.theme, g.also) else GoldProposal(g.text, theme, also))
    return out


def load_split(split: str, theme_ids: Sequence[str], corpus: Path = CORPUS_DIR) -> list[CorpusProposal]:
    """The split's proposals in document order; an unknown theme id is an error, not a silent miss."""
    wanted = set(split_documents(split, corpus))
    valid = set(theme_ids) | {NEW}
    out: list[CorpusProposal] = []
    for author in sorted({d.split("-")[0] for d in wanted}):
        gold_file = corpus / "raw" / author / "gold.jsonl"
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            if doc["id"] not in wanted:
                continue
            for p in doc.get("proposals") or []:
                text, theme = str(p.get("text") or "").strip(), str(p.get("theme") or "")
                also = tuple(a for a in (p.get("also") or ()) if a != theme)
                if not text or not theme:
                    continue  # a proposal without a theme label is not theme gold
                bad = [t for t in (theme, *also) if t not in valid]
                if bad:
                    raise UserError(f"{gold_file}: {doc['id']} proposal {text!r} has unknown themes {bad}")
                out.append(CorpusProposal(doc["id"], GoldProposal(text, theme, also), bool(p.get("required", True))))
    out.sort(key=lambda c: c.document_id)  # stable: proposals keep their order within a document
    return out

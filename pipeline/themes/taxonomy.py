"""The theme taxonomy (`config/taxonomy/themes.yaml`) and a coordinator's overrides
(`config/theme_overrides.yaml`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dialogkartan import paths
from dialogkartan.config import read_yaml
from dialogkartan.errors import UserError

TAXONOMY_FILE = paths.TAXONOMY_DIR / "themes.yaml"
OVERRIDES_FILE = paths.CONFIG_DIR / "theme_overrides.yaml"
EXAMPLES_DIR = paths.TAXONOMY_DIR / "theme_examples"
_ID = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class TaxonomyTheme:
    id: str
    label: str
    description: str
    seeds: tuple[str, ...]

    def anchor_text(self) -> str:
        """What the theme is embedded as: label, description and seed words, in Swedish."""
        return f"{self.label}: {self.description} {', '.join(self.seeds)}."


@dataclass(frozen=True)
class Overrides:
    rename: dict[str, str] = field(default_factory=dict)
    merge: dict[str, str] = field(default_factory=dict)

    def final_id(self, theme_id: str) -> str:
        """Follow merges (a→b→c) to the theme that finally holds the proposals."""
        seen = {theme_id}
        while theme_id in self.merge:
            theme_id = self.merge[theme_id]
            if theme_id in seen:
                raise UserError(f"theme overrides: merge cycle through {theme_id!r}")
            seen.add(theme_id)
        return theme_id


def load_taxonomy(path: Path = TAXONOMY_FILE) -> list[TaxonomyTheme]:
    if not path.exists():
        raise UserError(f"theme taxonomy not found: {path}")
    themes = []
    for i, entry in enumerate(read_yaml(path, "theme taxonomy").get("themes") or []):
        tid = str(entry.get("id", ""))
        if not _ID.match(tid) or not entry.get("label"):
            raise UserError(f"{path}: theme #{i + 1} needs an id ([a-z0-9_]) and a label")
        themes.append(
            TaxonomyTheme(
                id=tid, label=str(entry["label"]), description=str(entry.get("description") or ""),
                seeds=tuple(str(s) for s in entry.get("seeds") or ()),
            )
        )
    if len({t.id for t in themes}) != len(themes):
        raise UserError(f"{path}: duplicate theme ids")
    return themes


def load_overrides(path: Path = OVERRIDES_FILE) -> Overrides:
    if not path.exists():  # no coordinator edits yet
        return Overrides()
    data = read_yaml(path, "theme overrides")
    rename = {str(k): str(v) for k, v in (data.get("rename") or {}).items()}
    merge = {str(k): str(v) for k, v in (data.get("merge") or {}).items()}
    return Overrides(rename=rename, merge=merge)


HISTORY_FILE = paths.TAXONOMY_DIR / "theme_history.yaml"


@dataclass(frozen=True)
class History:
    """How the taxonomy changed since gold sets were labelled (`theme_history.yaml`)."""

    added: dict[str, str] = field(default_factory=dict)     # theme id -> date it was added
    migrate: dict[str, str] = field(default_factory=dict)   # retired id -> id its placements move to

    def added_since(self, labelled: str) -> set[str]:
        """Themes an annotator working on `labelled` (ISO date) could not choose."""
        return {t for t, d in self.added.items() if d >= labelled}  # same day: labelled first, then reviewed


def load_history(path: Path = HISTORY_FILE) -> History:
    if not path.exists():
        return History()
    data = read_yaml(path, "theme history")
    return History(added={str(k): str(v) for k, v in (data.get("added") or {}).items()},
                   migrate={str(k): str(v) for k, v in (data.get("migrate") or {}).items()})


def labelled_on(gold_set: str, path: Path = HISTORY_FILE) -> str:
    """ISO date the gold set was labelled (`labelled:` in theme_history.yaml); '' if unknown."""
    if not path.exists():
        return ""
    return str((read_yaml(path, "theme history").get("labelled") or {}).get(gold_set) or "")

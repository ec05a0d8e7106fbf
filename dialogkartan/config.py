"""Settings from `config/settings.yaml`, and the hash that decides when to re-process."""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dialogkartan import paths
from dialogkartan.errors import UserError


@lru_cache(maxsize=4)
def read_yaml(path: Path, what: str) -> dict[str, Any]:
    """A YAML file that must exist and hold a mapping; anything else is one clear UserError."""
    from crawl.registry import yaml_problem  # one wording for every YAML file we read
    from dialogkartan.textio import read_text

    text, _ = read_text(path, what)  # missing, directory, binary: one clear line
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise UserError(f"{what} is not valid YAML: {path}: {yaml_problem(exc)}") from exc
    if not isinstance(data, dict):
        raise UserError(f"{what} must hold a mapping: {path}")
    return data


def load_settings(path: Path = paths.SETTINGS_FILE) -> dict[str, Any]:
    return read_yaml(path, "settings file")


def config_hash(*parts: Any) -> str:
    """A short stable hash of settings and data files that shape the pipeline's output."""
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, Path):
            h.update(part.read_bytes() if part.exists() else b"<missing>")
        else:
            h.update(json.dumps(part, sort_keys=True, ensure_ascii=False, default=str).encode())
    return h.hexdigest()[:16]

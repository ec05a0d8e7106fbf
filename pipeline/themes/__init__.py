"""Themes across municipalities: embeddings, guided BERTopic, stable ids, aggregate tables.

`run_themes(con, settings)` is the stage; `quality.evaluate_themes(con)` reports on it.
"""
from __future__ import annotations

from typing import Any


def run_themes(con, settings: dict[str, Any]) -> dict[str, Any]:
    from pipeline.themes.run import run_themes as _run_themes  # late: keeps `import pipeline.themes` light

    return _run_themes(con, settings)


__all__ = ["run_themes"]

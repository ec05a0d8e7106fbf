"""Dialogkartan's polite, incremental crawler (Scrapy).

Public API: `crawl.registry.load_sources`, `crawl.run.crawl`, `crawl.miniweb.serve`.
"""
from __future__ import annotations

# dialogkartan.paths is standard library only, so the crawler still imports nothing of the pipeline.
from dialogkartan.paths import CONFIG_DIR, ROOT

__all__ = ["CONFIG_DIR", "ROOT"]

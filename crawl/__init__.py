"""Dialogkartan's polite, incremental crawler (Scrapy).

Public API: `crawl.registry.load_sources`, `crawl.run.crawl`, `crawl.miniweb.serve`.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = ROOT / "config"

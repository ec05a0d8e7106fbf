"""Every path the project uses, computed once (cookiecutter-data-science style).

`DIALOGKARTAN_HOME` moves the data directory (tests point it at a temp dir); `DIALOGKARTAN_DB`
moves only the database file; `DIALOGKARTAN_SHARED` names the shared reference folder (gold-dev,
seeds, reference corpora; read in place, never copied), by default `../shared` beside the repository.
Nothing else computes the repository root. Standard library only: the crawler imports this.

In a non-editable install ROOT is site-packages: config/ (settings, sources, taxonomies and the
municipality tables) is installed there beside the packages (pyproject.toml,
tests/test_packaging.py); data/ is not: an installed package keeps its database, crawl jobs and
reviews in the user's data folder (`$XDG_DATA_HOME/dialogkartan`) unless DIALOGKARTAN_HOME names
another (the bundled sample corpus for `demo` lives in a checkout only).
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = ROOT / "config"
SETTINGS_FILE = CONFIG_DIR / "settings.yaml"
SOURCES_DIR = CONFIG_DIR / "sources"
TAXONOMY_DIR = CONFIG_DIR / "taxonomy"
REFERENCE_DIR = CONFIG_DIR / "reference"  # municipality and county tables (SCB codes)
SAMPLE_DIR = ROOT / "data" / "sample"
SHARED_DIR = Path(os.environ.get("DIALOGKARTAN_SHARED") or ROOT.parent / "shared")


def data_dir() -> Path:
    """DIALOGKARTAN_HOME, else `data/` of a checkout, else (an installed package, whose ROOT is
    site-packages) the user's data folder, `$XDG_DATA_HOME/dialogkartan` (~/.local/share/…)."""
    if os.environ.get("DIALOGKARTAN_HOME"):
        return Path(os.environ["DIALOGKARTAN_HOME"])
    if (ROOT / "pyproject.toml").exists():
        return ROOT / "data"
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "dialogkartan"


def db_path() -> Path:
    return Path(os.environ.get("DIALOGKARTAN_DB", data_dir() / "dialogkartan.duckdb"))


def crawl_dir() -> Path:
    return data_dir() / "crawl"

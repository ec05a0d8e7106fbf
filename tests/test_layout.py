"""One home per fact (docs/architecture.md): paths, dates and the language check each exist once."""
from __future__ import annotations

import re

from dialogkartan import paths

CODE_DIRS = ("crawl", "dialogkartan", "pipeline", "dashboard", "review", "eval", "bench", "tests", "scripts")
ROOT_RECOMPUTED = re.compile(r"__file__\)\.resolve\(\)\.(?:parent\.parent|parents\[\d\])")


def _python_files():
    for d in CODE_DIRS:
        yield from (paths.ROOT / d).rglob("*.py")


def test_only_paths_computes_the_repository_root() -> None:
    offenders = [str(f.relative_to(paths.ROOT)) for f in _python_files()
                 if f != paths.ROOT / "dialogkartan" / "paths.py" and ROOT_RECOMPUTED.search(f.read_text(encoding="utf-8"))]
    assert offenders == [], "use dialogkartan.paths"


def test_no_machine_paths_for_shared_data() -> None:
    machine = "/" + "work/"  # split so this file does not match itself
    offenders = [str(f.relative_to(paths.ROOT)) for f in _python_files() if machine in f.read_text(encoding="utf-8")]
    assert offenders == [], "use dialogkartan.paths.SHARED_DIR (DIALOGKARTAN_SHARED)"


def test_one_date_parser_and_one_language_check() -> None:
    month_tables = re.compile(r"""["']januari["']\s*:\s*1""")
    dates = [str(f.relative_to(paths.ROOT)) for f in _python_files() if month_tables.search(f.read_text(encoding="utf-8"))]
    assert dates == ["dialogkartan/dates.py"]
    langs = [str(f.relative_to(paths.ROOT)) for f in _python_files()
             if re.search(r"^def detect_language\(", f.read_text(encoding="utf-8"), re.M)]
    assert langs == ["dialogkartan/lang.py"]

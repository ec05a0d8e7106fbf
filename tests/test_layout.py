"""One home per fact (docs/architecture.md): paths, dates and the language check each exist once;
the dashboard only reads."""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys

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


# The dashboard reads finished tables (docs/architecture.md): no language model, no extraction,
# and none of the writer's stages.
DASHBOARD_MUST_NOT_LOAD = ("spacy", "pipeline.extract", "pipeline.nlp", "pipeline.run", "pipeline.stages",
                           "pipeline.search_index")


def _dashboard_imports() -> set[str]:
    """Every module name a dashboard file imports, `from a import b` also as a.b."""
    names: set[str] = set()
    for f in (paths.ROOT / "dashboard").rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _forbidden(modules) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in DASHBOARD_MUST_NOT_LOAD))


def test_dashboard_loads_neither_spacy_nor_extraction_nor_the_writers_stages() -> None:
    named = _dashboard_imports()
    assert _forbidden(named) == []
    # What those imports pull in when loaded (a fresh interpreter: this one has loaded everything).
    probe = (
        "import importlib, importlib.util, json, sys\n"
        "for m in json.loads(sys.argv[1]):\n"
        "    try:\n"
        "        found = importlib.util.find_spec(m)\n"
        "    except ImportError:\n"
        "        continue  # `from a import b` where b is a name, not a module\n"
        "    if found is not None:\n"
        "        importlib.import_module(m)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    wanted = sorted(m for m in named if m.split(".")[0] in ("dashboard", "dialogkartan", "pipeline", "review"))
    done = subprocess.run([sys.executable, "-c", probe, json.dumps(wanted)], cwd=paths.ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert _forbidden(json.loads(done.stdout.splitlines()[-1])) == []

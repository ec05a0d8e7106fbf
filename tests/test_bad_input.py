"""Every command over a table of bad inputs: one clear line, a non-zero exit, nothing stored changed.

Each case builds its inputs in a fresh directory, hashes every file there, runs the command and
hashes again. A bad input must end in exit code != 0 with no traceback and leave every file as it
was (no half-written registry, no temp copy left behind); the few inputs that are merely unusual
(UTF-16, Latin-1, a UTF-8 BOM) must be read correctly instead. A full disk is simulated with
RLIMIT_FSIZE in a child process (SIGXFSZ ignored, so writes fail with EFBIG as on a full disk).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest

from dialogkartan import cli, paths
from dialogkartan.db import latest_version, migrate, writer
from pipeline.contract import MAX_LINE_CHARS

# --- inputs, all our own writing -----------------------------------------------------------------

DOC = {"id": "umea-1", "url": "https://www.umea.se/dialog",
       "text": "Tack för dialogen om äldreomsorgen i Umeå. Den 4 mars kom 40 seniorer till Ersboda. "
               "Deltagarna föreslog att kommunen ska bygga fler trygghetsboenden för äldre."}
DOC_LINE = json.dumps(DOC, ensure_ascii=False) + "\n"
GOOD_ENTRY = """\
  # Umeå: sitemap kontrollerad för hand
  - id: umea
    name: Umeå kommun
    kind: kommun
    municipality_code: "2480"
    county_code: "24"
    domains: [www.umea.se]
    start_urls: [https://www.umea.se/]
"""
REGISTRY = "# Lokala källor, skrivna för hand.\nsources:\n" + GOOD_ENTRY
GOLD_ROW = {"id": "umea-1", "municipality_codes": ["2480"], "target_groups": {"required": ["aldre"]},
            "proposals": [{"text": "bygga fler trygghetsboenden för äldre"}]}


def entry(**changes: object) -> str:
    """The good registry with one field of the entry replaced (a wrong type, a bad regex ...)."""
    text = REGISTRY
    for key, value in changes.items():
        line = f"    {key}: {json.dumps(value, ensure_ascii=False)}\n"
        lines = [x for x in text.splitlines(keepends=True) if not x.startswith(f"    {key}:")]
        text = "".join(lines) + line
    return text


@dataclass
class Env:
    root: Path
    good_db_template: Path

    def file(self, name: str, data: bytes | str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def dir(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def registry(self) -> Path:
        path = self.root / "reg" / "local.yaml"
        if not path.exists():
            self.file("reg/local.yaml", REGISTRY)
        return path

    def db(self, kind: str = "good") -> Path:
        path = self.root / "db" / f"{kind}.duckdb"
        if path.exists():
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind in ("good", "newer"):
            shutil.copyfile(self.good_db_template, path)
        if kind == "newer":
            con = duckdb.connect(str(path))
            con.execute("INSERT INTO schema_version (version, name) VALUES (999, '999_framtid')")
            con.close()
        elif kind == "older":  # one migration behind, as the previous Dialogkartan left it
            con = duckdb.connect(str(path))
            migrate(con, upto=latest_version() - 1)
            con.close()
        elif kind == "foreign":
            con = duckdb.connect(str(path))
            con.execute("CREATE TABLE kunder (id INTEGER, namn VARCHAR)")
            con.execute("INSERT INTO kunder VALUES (1, 'Annan tillämpning AB')")
            con.close()
        elif kind == "garbage":
            path.write_text("inte en databas\n" * 500)
        return path


@dataclass
class Case:
    id: str
    args: Callable[[Env], list[str]]
    needle: str = ""  # must appear in the error line (or, for "ok", on stdout)
    expect: str = "error"  # error | usage | ok | partial (bad lines skipped, the rest written, exit 1)
    check: Callable[[Env, str], None] | None = None  # extra assertions on an "ok" run
    fsize: int | None = None  # run in a child process with this RLIMIT_FSIZE (a full disk)
    readonly: str | None = None  # directory (under the case root) made read-only first
    marks: list = field(default_factory=list)


def ok_output(expected_ids: list[str], text_contains: str | None = None) -> Callable[[Env, str], None]:
    def check(env: Env, out: str) -> None:
        rows = [json.loads(x) for x in (env.root / "out.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in rows] == expected_ids
        if text_contains:
            assert any(text_contains in p["text"] for r in rows for p in r["proposals"]), rows
    return check


def extract(name: str, data: bytes | str, *extra: str) -> Callable[[Env], list[str]]:
    return lambda e: ["extract", str(e.file(name, data)), "-o", str(e.root / "out.jsonl"), *extra]


def reg(*command: str) -> Callable[[Env], list[str]]:
    return lambda e: ["sources", *command, "--registry", str(e.registry)]


def add(*extra: str, target: Callable[[Env], Path] | None = None) -> Callable[[Env], list[str]]:
    def args(e: Env) -> list[str]:
        path = target(e) if target else e.registry
        return ["sources", "add", "lulea", "--name", "Luleå kommun", "--domain", "www.lulea.se",
                "--municipality-code", "2580", "--county-code", "25", "--registry-file", str(path), *extra]
    return args


def bad_registry(text: bytes | str) -> Callable[[Env], Path]:
    return lambda e: e.file("reg/local.yaml", text)


UTF16_DOC = DOC_LINE
LATIN1 = DOC_LINE.encode("latin-1")
CP1252 = json.dumps({**DOC, "text": DOC["text"] + " ”Äntligen”, sa en deltagare – och fler bänkar."},
                    ensure_ascii=False).encode("cp1252") + b"\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8

CASES: list[Case] = [
    # --- sources list / check: the registry as read -------------------------------------------------
    Case("list-missing", lambda e: ["sources", "list", "--registry", str(e.root / "finns-inte.yaml")], "not found"),
    Case("list-empty", lambda e: ["sources", "list", "--registry", str(e.file("tom.yaml", ""))], "no sources"),
    Case("list-empty-dir", lambda e: ["sources", "list", "--registry", str(e.dir("tomkatalog"))], "no sources"),
    Case("list-binary", lambda e: ["sources", "list", "--registry", str(e.file("bin.yaml", PNG))], "not UTF-8"),
    Case("list-latin1", lambda e: ["sources", "list", "--registry", str(e.file("l1.yaml", REGISTRY.encode("latin-1")))],
         "not UTF-8"),
    Case("list-utf16-bom", lambda e: ["sources", "list", "--registry", str(e.file("u16.yaml", REGISTRY.encode("utf-16")))],
         "not UTF-8"),
    Case("list-utf16-no-bom", lambda e: ["sources", "list", "--registry",
                                         str(e.file("u16le.yaml", REGISTRY.encode("utf-16-le")))], ""),
    Case("list-utf8-bom", lambda e: ["sources", "list", "--registry", str(e.file("bom.yaml", "\ufeff" + REGISTRY))],
         "umea\t2480", expect="ok"),
    Case("list-invalid-yaml", lambda e: ["sources", "list", "--registry", str(e.file("x.yaml", "sources:\n  - id: [a\n"))],
         "not valid YAML"),
    Case("list-top-level-list", lambda e: ["sources", "list", "--registry", str(e.file("x.yaml", "- id: umea\n"))],
         "top-level 'sources:'"),
    Case("list-code-wrong-type", lambda e: ["sources", "list", "--registry",
                                            str(e.file("x.yaml", entry(municipality_code=["x"])))], "municipality_code"),
    Case("list-name-wrong-type", lambda e: ["sources", "list", "--registry", str(e.file("x.yaml", entry(name={"a": 1})))],
         "'name'"),
    Case("list-verified-wrong-type", lambda e: ["sources", "list", "--registry",
                                                str(e.file("x.yaml", entry(verified="ja")))], "'verified'"),
    Case("list-bad-regex", lambda e: ["sources", "list", "--registry", str(e.file("x.yaml", entry(include=["(dialog"])))],
         "not a regex"),
    Case("list-bad-domain", lambda e: ["sources", "list", "--registry",
                                       str(e.file("x.yaml", entry(domains=["https://www.umea.se/"])))], "bad domain"),
    Case("list-duplicate-id", lambda e: ["sources", "list", "--registry",
                                         str(e.file("x.yaml", REGISTRY + GOOD_ENTRY))], "duplicate source id"),
    Case("check-duplicate-across-files", lambda e: (e.file("d/a.yaml", REGISTRY), e.file("d/b.yaml", REGISTRY),
                                                    ["sources", "check", "--registry", str(e.root / "d")])[-1],
         "duplicate source id"),
    Case("check-missing", lambda e: ["sources", "check", "--registry", str(e.root / "nej")], "not found"),
    Case("check-directory-named-yaml", lambda e: (e.dir("d/konstig.yaml"), e.file("d/a.yaml", REGISTRY),
                                                  ["sources", "check", "--registry", str(e.root / "d")])[-1],
         "is a directory"),
    Case("check-invalid-yaml", lambda e: ["sources", "check", "--registry", str(e.file("x.yaml", "sources: [\n"))],
         "not valid YAML"),
    # --- sources add / edit / remove: the registry as written -------------------------------------
    Case("add-bad-domain", lambda e: [("http://www.lulea.se/" if a == "www.lulea.se" else a) for a in add()(e)],
         "bad domain"),
    Case("add-bad-code", lambda e: [("12" if a == "2580" else a) for a in add()(e)], "municipality_code"),
    Case("add-bad-regex", add("--include", "(dialog"), "not a regex"),
    Case("add-duplicate-id", lambda e: [("umea" if a == "lulea" else a) for a in add()(e)], "already exists"),
    Case("add-registry-is-directory", add(target=lambda e: e.dir("reg/mapp.yaml")), "is a directory"),
    Case("add-registry-invalid-yaml", add(target=bad_registry("# kommentar\nsources:\n  - id: [x\n")), "not valid YAML"),
    Case("add-registry-latin1", add(target=bad_registry(REGISTRY.encode("latin-1"))), "not UTF-8"),
    Case("add-registry-wrong-type", add(target=bad_registry(entry(county_code=[24]))), "county_code"),
    Case("add-read-only-dir", add(), "cannot write", readonly="reg"),
    Case("add-full-disk", add(), "disk is full", fsize=64),
    Case("edit-unknown-id", reg("edit", "finns-inte", "--name", "X"), "no source with id"),
    Case("edit-nothing", reg("edit", "umea"), "nothing to change"),
    Case("edit-bad-code", reg("edit", "umea", "--municipality-code", "abcd"), "municipality_code"),
    Case("edit-bad-domain", reg("edit", "umea", "--domain", "www.umea.se/sida"), "bad domain"),
    Case("edit-bad-regex", reg("edit", "umea", "--exclude", "[a-"), "not a regex"),
    Case("edit-registry-missing", lambda e: ["sources", "edit", "umea", "--name", "X", "--registry",
                                             str(e.root / "nej.yaml")], "no such registry"),
    Case("edit-read-only-dir", reg("edit", "umea", "--name", "Umeå"), "cannot write", readonly="reg"),
    Case("edit-full-disk", reg("edit", "umea", "--name", "Umeå kommun, Västerbotten"), "disk is full", fsize=64),
    Case("remove-unknown-id", reg("remove", "finns-inte"), "no source with id"),
    Case("remove-registry-binary", lambda e: ["sources", "remove", "umea", "--registry", str(e.file("reg/b.yaml", PNG))],
         "not UTF-8"),
    Case("remove-read-only-dir", reg("remove", "umea"), "cannot write", readonly="reg"),
    Case("remove-full-disk", reg("remove", "umea"), "disk is full", fsize=16),
    # --- extract: any encoding it can detect; bad lines reported by number ---------------------------
    Case("extract-missing", lambda e: ["extract", str(e.root / "nej.jsonl"), "-o", str(e.root / "out.jsonl")],
         "input not found"),
    Case("extract-empty", extract("in.jsonl", ""), "no usable lines"),
    Case("extract-blank-lines", extract("in.jsonl", "\n\n  \n"), "no usable lines"),
    Case("extract-directory", lambda e: ["extract", str(e.dir("in.jsonl")), "-o", str(e.root / "out.jsonl")],
         "is a directory"),
    Case("extract-binary", extract("in.jsonl", PNG), "not a text file"),
    Case("extract-latin1", extract("in.jsonl", LATIN1), "wrote 1 lines", "ok",
         check=ok_output(["umea-1"], "trygghetsboenden för äldre")),
    Case("extract-cp1252", extract("in.jsonl", CP1252), "wrote 1 lines", "ok", check=ok_output(["umea-1"])),
    Case("extract-utf16-bom", extract("in.jsonl", UTF16_DOC.encode("utf-16")), "wrote 1 lines", "ok",
         check=ok_output(["umea-1"], "trygghetsboenden för äldre")),
    Case("extract-utf16le-no-bom", extract("in.jsonl", UTF16_DOC.encode("utf-16-le")), "wrote 1 lines", "ok",
         check=ok_output(["umea-1"], "trygghetsboenden för äldre")),
    Case("extract-utf16be-no-bom", extract("in.jsonl", UTF16_DOC.encode("utf-16-be")), "wrote 1 lines", "ok",
         check=ok_output(["umea-1"], "trygghetsboenden för äldre")),
    Case("extract-utf8-bom", extract("in.jsonl", "\ufeff" + DOC_LINE), "wrote 1 lines", "ok",
         check=ok_output(["umea-1"], "trygghetsboenden för äldre")),
    Case("extract-huge-line", extract("in.jsonl", json.dumps({"id": "stor", "text": "a " * (MAX_LINE_CHARS // 2 + 10)})
                                      + "\n" + DOC_LINE), "skipped 1 bad line", "partial", check=ok_output(["umea-1"])),
    Case("extract-wrong-field-type", extract("in.jsonl", json.dumps({**DOC, "id": "fel", "municipality_code": ["x"]})
                                             + "\n" + DOC_LINE), "skipped 1 bad line", "partial",
         check=ok_output(["umea-1"], "trygghetsboenden för äldre")),
    Case("extract-id-wrong-type", extract("in.jsonl", json.dumps({**DOC, "id": ["a"]}) + "\n" + DOC_LINE),
         "skipped 1 bad line", "partial", check=ok_output(["umea-1"])),
    Case("extract-strict", extract("in.jsonl", DOC_LINE + "{inte json\n", "--strict"), "line 2"),
    Case("extract-all-lines-bad", extract("in.jsonl", "{inte json\n[1, 2]\n"), "no usable lines"),
    Case("extract-output-is-directory", lambda e: ["extract", str(e.file("in.jsonl", DOC_LINE)), "-o", str(e.dir("ut"))],
         "is a directory"),
    Case("extract-output-read-only", lambda e: ["extract", str(e.file("in.jsonl", DOC_LINE)), "-o",
                                                str(e.dir("ro") / "out.jsonl")], "not writable", readonly="ro"),
    Case("extract-full-disk", lambda e: (e.file("out.jsonl", "tidigare utdata\n"),
                                         ["extract", str(e.file("in.jsonl", DOC_LINE)), "-o", str(e.root / "out.jsonl")])[-1],
         "disk is full", fsize=64),
    # --- run: the database as written ---------------------------------------------------------------
    Case("run-missing-db", lambda e: ["run", "--db", str(e.root / "nej.duckdb")], "no database"),
    Case("run-db-is-directory", lambda e: ["run", "--db", str(e.dir("db.duckdb"))], "is a directory"),
    Case("run-garbage-db", lambda e: ["run", "--db", str(e.db("garbage"))], "not a valid DuckDB file"),
    Case("run-foreign-db", lambda e: ["run", "--db", str(e.db("foreign"))], "not a Dialogkartan database"),
    Case("run-newer-schema", lambda e: ["run", "--db", str(e.db("newer"))], "newer than this Dialogkartan"),
    Case("run-read-only-dir", lambda e: ["run", "--db", str(e.db("good"))], "cannot", readonly="db"),
    Case("run-full-disk", lambda e: ["run", "--db", str(e.db("good"))], "disk is full", fsize=4096),
    # --- export -----------------------------------------------------------------------------------
    Case("export-missing-db", lambda e: ["export", "--db", str(e.root / "nej.duckdb"), "-o", str(e.root / "ut")],
         "no database"),
    Case("export-foreign-db", lambda e: ["export", "--db", str(e.db("foreign")), "-o", str(e.root / "ut")],
         "not a Dialogkartan database"),
    Case("export-newer-schema", lambda e: ["export", "--db", str(e.db("newer")), "-o", str(e.root / "ut")],
         "newer than this Dialogkartan"),
    Case("export-older-schema", lambda e: ["export", "--db", str(e.db("older")), "-o", str(e.root / "ut")],
         "update it with `dialogkartan run --db"),
    Case("export-out-is-file", lambda e: ["export", "--db", str(e.db("good")), "-o", str(e.file("ut.csv", "x"))],
         "is a file"),
    Case("export-read-only-dir", lambda e: ["export", "--db", str(e.db("good")), "-o", str(e.dir("ro"))],
         "cannot", readonly="ro"),
    Case("export-full-disk", lambda e: ["export", "--db", str(e.db("good")), "-o", str(e.dir("ut"))], "disk is full",
         fsize=16),
    Case("export-bad-format", lambda e: ["export", "--db", str(e.db("good")), "--format", "docx"], "unknown format"),
    # --- eval: gold files -------------------------------------------------------------------------
    Case("eval-empty-gold", lambda e: ["eval", "--gold", str(e.file("gold.jsonl", "")), "--input",
                                       str(e.file("input.jsonl", DOC_LINE))], "no gold documents"),
    Case("eval-missing-gold", lambda e: ["eval", "--gold", str(e.root / "nej.jsonl"), "--input",
                                         str(e.file("input.jsonl", DOC_LINE))], "not found"),
    Case("eval-gold-directory", lambda e: ["eval", "--gold", str(e.dir("gold.jsonl")), "--input",
                                           str(e.file("input.jsonl", DOC_LINE))], "is a directory"),
    Case("eval-gold-binary", lambda e: ["eval", "--gold", str(e.file("gold.jsonl", PNG)), "--input",
                                        str(e.file("input.jsonl", DOC_LINE))], "not a text file"),
    Case("eval-gold-invalid-json", lambda e: ["eval", "--gold", str(e.file("gold.jsonl", "{id: 1}\n")), "--input",
                                              str(e.file("input.jsonl", DOC_LINE))], "line 1"),
    Case("eval-gold-wrong-shape", lambda e: ["eval", "--gold", str(e.file("gold.jsonl", '{"id": "a"}\n')), "--input",
                                             str(e.file("input.jsonl", DOC_LINE))], "target_groups"),
    Case("eval-missing-input", lambda e: ["eval", "--gold", str(e.file("gold.jsonl", json.dumps(GOLD_ROW))), "--input",
                                          str(e.root / "nej.jsonl")], "not found"),
    Case("eval-corpus-bad-split", lambda e: ["eval", "corpus", "--split", "allt"], "unknown split"),
    Case("eval-corpus-empty-split", lambda e: ["eval", "corpus", "--split", "dev"], "holds no documents"),
    Case("eval-corpus-output-directory", lambda e: ["eval", "corpus", "-o", str(e.dir("ut"))], "is a directory"),
    Case("eval-corpus-output-read-only", lambda e: ["eval", "corpus", "-o", str(e.dir("ro") / "s.json")],
         "not writable", readonly="ro"),
    Case("eval-themes-missing-gold", lambda e: ["eval", "themes", "--gold", str(e.root / "nej.yaml")], "not found"),
    Case("eval-themes-empty-gold", lambda e: ["eval", "themes", "--gold", str(e.file("g.yaml", ""))], "no proposals"),
    Case("eval-themes-gold-directory", lambda e: ["eval", "themes", "--gold", str(e.dir("g.yaml"))], "is a directory"),
    Case("eval-themes-gold-binary", lambda e: ["eval", "themes", "--gold", str(e.file("g.yaml", PNG))], "not a text file"),
    Case("eval-themes-gold-invalid-yaml", lambda e: ["eval", "themes", "--gold", str(e.file("g.yaml", "proposals: [\n"))],
         "not valid YAML"),
    Case("eval-themes-foreign-db", lambda e: ["eval", "themes", "--db", str(e.db("foreign"))], "not a Dialogkartan"),
    Case("eval-themes-newer-schema", lambda e: ["eval", "themes", "--db", str(e.db("newer"))], "newer than"),
    Case("eval-themes-older-schema", lambda e: ["eval", "themes", "--db", str(e.db("older"))],
         "update it with `dialogkartan run --db"),
    Case("review-older-schema", lambda e: ["review", "export", "--gold", str(e.root / "g.jsonl"), "--db",
                                           str(e.db("older"))], "update it with `dialogkartan run --db"),
    # --- dashboard and demo: argument errors -----------------------------------------------------------
    Case("dashboard-missing-db", lambda e: ["dashboard", "--db", str(e.root / "nej.duckdb"), "--port", str(free_port())],
         "no database"),
    Case("dashboard-foreign-db", lambda e: ["dashboard", "--db", str(e.db("foreign")), "--port", str(free_port())],
         "not a Dialogkartan database"),
    Case("dashboard-newer-schema", lambda e: ["dashboard", "--db", str(e.db("newer")), "--port", str(free_port())],
         "newer than"),
    Case("dashboard-older-schema", lambda e: ["dashboard", "--db", str(e.db("older")), "--port", str(free_port())],
         "update it with `dialogkartan run --db"),
    Case("dashboard-db-is-directory", lambda e: ["dashboard", "--db", str(e.dir("d.duckdb")), "--port", str(free_port())],
         "is a directory"),
    Case("dashboard-port-out-of-range", lambda e: ["dashboard", "--port", "70000"], "", expect="usage"),
    Case("dashboard-port-not-a-number", lambda e: ["dashboard", "--port", "åtta"], "", expect="usage"),
    Case("demo-missing-sample", lambda e: ["demo", "--no-serve", "--sample-dir", str(e.root / "nej")], "sample corpus missing"),
    Case("demo-invalid-sources", lambda e: (e.dir("s/sites"), e.file("s/sources.yaml", "sources:\n  - id: [\n"),
                                            ["demo", "--no-serve", "--sample-dir", str(e.root / "s")])[-1],
         "not valid YAML"),
    Case("demo-port-out-of-range", lambda e: ["demo", "--port", "-1"], "", expect="usage"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- running ----------------------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` (lock files aside: a writer may leave its empty lock)."""
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.name.endswith(".lock"):
            out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@contextlib.contextmanager
def read_only(directory: Path) -> Iterator[None]:
    """A directory nobody can create files in. Root ignores permission bits, so as root the
    directory is made immutable (chattr +i) instead."""
    if os.geteuid() != 0:
        directory.chmod(0o555)
        try:
            yield
        finally:
            directory.chmod(0o755)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(directory)], capture_output=True).returncode:
        pytest.skip("running as root and cannot make a directory immutable (chattr +i) here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(directory)], check=True)


def _limit_file_size(limit: int) -> Callable[[], None]:
    def in_child() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so a write fails with EFBIG, like a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return in_child


def run_child(args: list[str], home: Path, fsize: int) -> tuple[int, str, str]:
    env = {**os.environ, "DIALOGKARTAN_HOME": str(home)}
    env.pop("DIALOGKARTAN_DB", None)
    proc = subprocess.run([sys.executable, "-m", "dialogkartan.cli", *args], cwd=paths.ROOT, env=env,
                          capture_output=True, text=True, preexec_fn=_limit_file_size(fsize), timeout=900)
    return proc.returncode, proc.stdout, proc.stderr


def run_in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["dialogkartan", *args])
    code = 0
    try:
        cli.main()  # an exception other than SystemExit fails the test: that would be a traceback
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def good_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "dialogkartan.duckdb"
    with writer(path):
        pass
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path: Path, good_db_template: Path, isolated_home: Path,
                   monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    env = Env(tmp_path / "case", good_db_template)
    env.root.mkdir()
    args = case.args(env)
    if case.fsize:
        env.registry  # noqa: B018 - make sure the stored files exist before hashing
    before = snapshot(env.root)
    with read_only(env.root / case.readonly) if case.readonly else contextlib.nullcontext():
        if case.fsize:
            code, out, err = run_child(args, isolated_home, case.fsize)
        else:
            code, out, err = run_in_process(monkeypatch, capsys, args)
    after = snapshot(env.root)

    assert "Traceback" not in out + err, err
    if case.expect == "ok":
        assert code == 0, err
        assert case.needle in out
        if case.check:
            case.check(env, out)
        assert {k: v for k, v in after.items() if k in before} == before  # inputs untouched
        return
    assert code != 0, out + err
    if case.expect == "partial":
        last = [line for line in err.splitlines() if line.strip()][-1]
        assert last.startswith("error: ") and case.needle in last, err
        assert "line 1" in err  # the bad line, by number
        case.check(env, out)
        assert {k: v for k, v in after.items() if k in before} == before
        return
    if case.expect == "usage":
        assert code == 2 and "Usage" in err, err
    else:
        last = [line for line in err.splitlines() if line.strip()][-1]
        assert last.startswith("error: ") and case.needle in last, err
    assert after == before, "a failed command changed or left files behind"


def test_ingest_turns_wrong_field_types_into_nulls_not_a_failed_load(tmp_path: Path) -> None:
    """A crawl job directory is a user's path: a hand-edited or truncated one still loads."""
    from dialogkartan.ingest import ingest_job

    job = tmp_path / "job"
    job.mkdir()
    items = [{"url": ["x"], "text": "a"}, {"url": "https://www.umea.se/1", "text": 5},
             {"url": "https://www.umea.se/2", "text": DOC["text"], "published": ["2024"], "fetched_at": "igår",
              "relevance": "ja", "sections": "x", "archive": [1], "title": {"a": 1}},
             {"url": "https://www.umea.se/3", "text": DOC["text"], "relevance": {"terms": "x", "score": "hög"},
              "sections": [{"start": "a", "end": 3}], "published": "2024-13-40"}]
    (job / "items.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items) + "{trasig\n", encoding="utf-8")
    (job / "fetchlog.jsonl").write_text(json.dumps({"url": "https://www.umea.se/2", "status": "200", "bytes": "9",
                                                    "fetched_at": 5, "duration_ms": "x"}) + "\n", encoding="utf-8")
    (job / "report.json").write_text("{inte json", encoding="utf-8")
    with writer(tmp_path / "db.duckdb") as con:
        report = ingest_job(con, job)
        rows = con.execute("SELECT url, title, published_date, fetched_at FROM documents ORDER BY url").fetchall()
    assert report.documents_new == 2 and report.pages == 1 and len(report.bad_lines) == 4
    assert rows == [("https://www.umea.se/2", None, None, None), ("https://www.umea.se/3", None, None, None)]


def test_the_command_the_older_schema_error_names_fixes_it(tmp_path: Path, good_db_template: Path,
                                                            isolated_home: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    env = Env(tmp_path, good_db_template)
    older = str(env.db("older"))
    code, _, err = run_in_process(monkeypatch, capsys, ["export", "--db", older, "-o", str(tmp_path / "ut")])
    fix = err.strip().splitlines()[-1].split("`")[1]
    assert code != 0 and fix == f"dialogkartan run --db {older}"
    code, _, err = run_in_process(monkeypatch, capsys, [*fix.split()[1:], "--no-themes"])
    assert code == 0, err
    code, out, err = run_in_process(monkeypatch, capsys, ["export", "--db", older, "-o", str(tmp_path / "ut")])
    assert code == 0 and out.strip().endswith(".zip"), err

"""SIGKILL in the middle: `run` leaves the published database as it was and the next start removes
the killed writer's temp copy; `dashboard` takes its Streamlit child down with it.

Real processes, real signals. Every wait polls for a state (a file, a port, a pid) with a generous
deadline, so a loaded machine makes the test slower, never wrong.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dialogkartan import paths
from dialogkartan.db import connect_readonly, temp_copies, writer
from dialogkartan.ingest import ingest_job

pytestmark = pytest.mark.slow  # real subprocesses: run first (tests/conftest.py)

DEADLINE = 600.0  # seconds; only ever reached when something is broken

SUMMARY = ("Tack för dialogen om äldreomsorgen\n\nDen 4 mars samlades ett 40-tal personer i Medborgarhuset i "
           "Nordmaling. Deltagarna föreslog att kommunen ska bygga fler trygghetsboenden och ordna "
           "träffpunkter på kvällstid.\n\nUnga i kommunen vill ha en ny fritidsgård och bättre busstrafik.")


class Source:
    id, name, kind, municipality_code, county_code = "nordmaling", "Nordmalings kommun", "kommun", "2401", "24"
    domains, cms, verified = ["www.nordmaling.se"], "sitevision", True


def wait_for(what: str, condition: Callable[[], bool], deadline: float = DEADLINE) -> None:
    end = time.monotonic() + deadline
    while not condition():
        if time.monotonic() > end:
            pytest.fail(f"gave up after {deadline:.0f}s waiting for {what}")
        time.sleep(0.05)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(*args: str, home: Path) -> subprocess.Popen:
    env = {**os.environ, "DIALOGKARTAN_HOME": str(home)}
    env.pop("DIALOGKARTAN_DB", None)
    # Its own session, so the test can clean up whatever it started even if an assertion fails.
    return subprocess.Popen([sys.executable, "-m", "dialogkartan.cli", *args], cwd=paths.ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


@pytest.fixture
def reaper() -> Iterator[list[subprocess.Popen]]:
    started: list[subprocess.Popen] = []
    yield started
    for proc in started:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait()


def small_database(path: Path, job: Path) -> None:
    job.mkdir(parents=True)
    items = [{"url": f"https://www.nordmaling.se/dialog-{i}", "canonical_url": f"https://www.nordmaling.se/dialog-{i}",
              "source_id": "nordmaling", "title": f"Dialog {i}", "text": SUMMARY, "published": "2024-03-12",
              "language": "sv", "relevance": {"score": 3.0, "relevant": True, "terms": []}} for i in range(12)]
    (job / "items.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    (job / "report.json").write_text(json.dumps({"crawl_id": "kill-test"}))
    with writer(path) as con:
        ingest_job(con, job, [Source()])


def test_killed_run_leaves_the_published_database_and_the_next_run_cleans_up(
        tmp_path: Path, isolated_home: Path, reaper: list[subprocess.Popen]) -> None:
    db = tmp_path / "db" / "dialogkartan.duckdb"
    small_database(db, tmp_path / "job")
    published = sha256(db)

    proc = cli("run", "--db", str(db), "--no-themes", home=isolated_home)
    reaper.append(proc)
    tmp_copy = db.with_name(f".{db.name}.tmp-{proc.pid}")
    wait_for("the run's temp copy", lambda: tmp_copy.exists() or proc.poll() is not None)
    assert proc.poll() is None, f"run ended before it could be killed: {proc.communicate()}"
    proc.kill()  # SIGKILL: no finally block, no cleanup
    proc.wait()

    assert sha256(db) == published  # readers still see the last good database, whole
    assert tmp_copy in temp_copies(db)  # the killed writer could not clean up after itself
    connect_readonly(db).close()

    again = cli("run", "--db", str(db), "--no-themes", home=isolated_home)
    reaper.append(again)
    out, err = again.communicate(timeout=DEADLINE)
    assert again.returncode == 0, err
    assert temp_copies(db) == []  # the next start removed the stale copy (and its WAL)
    assert sha256(db) != published  # and published its own work
    con = connect_readonly(db)
    try:
        assert con.execute("SELECT count(*) FROM proposals").fetchone()[0] > 0
    finally:
        con.close()


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's prctl")
def test_killed_dashboard_takes_streamlit_down(tmp_path: Path, isolated_home: Path,
                                               reaper: list[subprocess.Popen]) -> None:
    db = tmp_path / "dialogkartan.duckdb"
    with writer(db):
        pass
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    proc = cli("dashboard", "--db", str(db), "--port", str(port), home=isolated_home)
    reaper.append(proc)
    wait_for(f"the dashboard on port {port}", lambda: _listening(port) or proc.poll() is not None)
    assert proc.poll() is None, proc.communicate()
    streamlit = _children(proc.pid)
    assert streamlit, "the dashboard command serves through a child process"

    proc.kill()  # SIGKILL the parent only: no cleanup code of ours runs
    proc.wait()
    wait_for("Streamlit to exit after its parent", lambda: not any(_alive(pid) for pid in streamlit))
    wait_for(f"port {port} to be free", lambda: not _listening(port))

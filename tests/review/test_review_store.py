"""The review store: durable appends, a reviewer's name required, and a writer killed mid-write
loses nothing it had already saved."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialogkartan import paths
from review import store
from review.store import Review

WRITER = """
import sys
from pathlib import Path
from review.store import Review, append

path = Path(sys.argv[1])
for i in range(100000):
    # Large lines: a kill is likely to land inside a write.
    r = Review(reviewer="Dödad skrivare", document_id=f"d{i}", content_hash="h", kind="proposal", action="add",
               item=f"p{i}", start=0, end=10, text="fler bänkar i parken " * 20000)
    append(r, path)
    print(r.review_id, flush=True)  # acknowledged: the app says "sparat" only now
"""


def _review(n: int, reviewer: str = "Anna Lindqvist") -> Review:
    return Review(reviewer=reviewer, document_id="d1", content_hash="h1", kind="proposal", action="confirm",
                  item=f"p{n}", start=n, end=n + 5, text="fem tecken")


def test_append_and_read_round_trip(tmp_path: Path):
    path = tmp_path / "reviews.jsonl"
    for n in range(3):
        store.append(_review(n), path)
    got = store.read(path)
    assert [r.item for r in got] == ["p0", "p1", "p2"]
    line = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert line["reviewer"] == "Anna Lindqvist" and line["at"].endswith("+00:00") and line["content_hash"] == "h1"


def test_default_path_follows_the_data_dir(isolated_home: Path, monkeypatch: pytest.MonkeyPatch):
    assert store.default_path() == isolated_home / "reviews" / "reviews.jsonl"
    monkeypatch.setenv("DIALOGKARTAN_REVIEWS", "/tmp/annan.jsonl")
    assert store.default_path() == Path("/tmp/annan.jsonl")


def test_a_review_needs_a_name():
    with pytest.raises(ValueError):
        _review(0, reviewer="  ")


def test_torn_last_line_is_skipped_and_the_next_append_starts_a_new_line(tmp_path: Path):
    path = tmp_path / "reviews.jsonl"
    store.append(_review(0), path)
    with open(path, "ab") as f:  # what a kill in the middle of a write leaves
        f.write(b'{"reviewer":"Anna Lindqvist","document_id":"d1","con')
    assert [r.item for r in store.read(path)] == ["p0"]
    store.append(_review(1), path)
    assert [r.item for r in store.read(path)] == ["p0", "p1"]


def test_killed_mid_write_loses_nothing_already_saved(tmp_path: Path):
    path = tmp_path / "reviews.jsonl"
    root = paths.ROOT
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    acked: list[str] = []
    deadline = time.monotonic() + 180  # generous: the machine is shared
    try:
        while len(acked) < 8 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acked.append(line.strip())
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        proc.stdout.close()
    assert len(acked) == 8, "the writer did not acknowledge its reviews in time"
    saved = {r.review_id for r in store.read(path)}
    assert set(acked) <= saved
    # The store stays usable: the next review is readable after whatever the kill left.
    store.append(_review(99), path)
    after = store.read(path)
    assert after[-1].item == "p99" and set(acked) <= {r.review_id for r in after}

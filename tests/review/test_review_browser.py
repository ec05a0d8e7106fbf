"""End to end in a real browser: `streamlit run review/app.py` on 127.0.0.1 in headless Debian
chromium. A reviewer confirms one proposal, rejects one, changes a theme, selects a missed
proposal in the text and adds it, and confirms the rest by keyboard; the run applies the reviews
and the dashboard's data layer and the export show the corrected data."""
from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from review_fixture import DOC_ID, MISSED, proposal_key
from test_review_apply import run

from dialogkartan import paths
from review import store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = paths.ROOT
SHOTS = ROOT / "tests" / "_artifacts" / "screenshots"
NAME = "Anna Lindqvist"

pytestmark = [pytest.mark.slow, pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"),
                                 reason="Debian chromium is not installed (apt-get install -y chromium)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db_file: Path, reviews: Path, log_file: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "DIALOGKARTAN_DB": str(db_file), "DIALOGKARTAN_REVIEWS": str(reviews),
           "DIALOGKARTAN_HOME": str(db_file.parent)}
    log = open(log_file, "w")  # noqa: SIM115 - the child writes it; closed with the test's tmp dir
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "review" / "app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc, url
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"streamlit did not start: {log_file.read_text()[-2000:]}")
        time.sleep(0.3)


def _settle(page) -> None:
    """Wait until Streamlit is connected and the script has finished running."""
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60000)
    page.wait_for_timeout(300)  # let the last deltas paint
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60000)


def _wait_reviews(path: Path, n: int) -> list:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        got = store.read(path)
        if len(got) >= n:
            return got
        time.sleep(0.3)
    return store.read(path)


def _click(page, key: str) -> None:
    page.locator(f".st-key-{key} button").click()
    _settle(page)


def _choose(page, key: str, option: str) -> None:
    """Pick an option of a select box: type it and press Enter (the list is filtered to it)."""
    box = page.locator(f".st-key-{key} input[role='combobox']")
    box.click()
    box.fill(option)
    page.locator("[role='option']", has_text=option).first.wait_for(timeout=30000)
    box.press("Enter")
    _settle(page)
    assert box.input_value() == option


def _exported_proposals(out_dir: Path) -> pd.DataFrame:
    """The export's proposals-with-themes table, whether written as files or in a zip."""
    members: dict[str, bytes] = {}
    for f in out_dir.rglob("*"):
        if f.suffix == ".zip":
            with zipfile.ZipFile(f) as z:
                members.update({n: z.read(n) for n in z.namelist()})
        elif f.suffix == ".csv":
            members[f.name] = f.read_bytes()
    for wanted in ("forslag.csv", "forslag_per_tema.csv"):
        for name, data in members.items():
            if Path(name).name == wanted:
                return pd.read_csv(io.BytesIO(data), sep=None, engine="python", encoding="utf-8-sig")
    raise AssertionError(f"no proposals table in the export: {sorted(members)}")


SELECT_MISSED = """quote => {
    const box = document.querySelector('.st-key-dokumenttext');
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(quote);
        if (at >= 0) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + quote.length);
            const sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
            return sel.toString();
        }
    }
    return null;
}"""


def test_review_a_document_end_to_end(review_db, tmp_path, monkeypatch):
    from playwright.sync_api import sync_playwright

    reviews = tmp_path / "reviews.jsonl"
    proc, url = _serve(review_db, reviews, tmp_path / "streamlit.log")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            page.goto(url, wait_until="domcontentloaded")
            page.wait_for_selector("h1", timeout=60000)
            _settle(page)
            assert "Skriv ditt namn" in page.inner_text("body")
            page.locator(".st-key-granskare input").fill(NAME)
            page.locator(".st-key-granskare input").press("Enter")
            _settle(page)
            page.wait_for_selector(".st-key-dokumenttext", timeout=60000)
            assert "Dialogkväll om parken i Sjöstaden" in page.inner_text("body")  # lowest confidence first

            _click(page, f"ok-{proposal_key(2)}")          # confirm
            _click(page, f"nej-{proposal_key(3)}")         # reject
            _choose(page, f"tema-{proposal_key(4)}", "Mötesplatser och aktiviteter")
            _click(page, f"byt-tema-{proposal_key(4)}")    # change the theme
            # Add the missed proposal: select it in the rendered text, as a reviewer would, and
            # paste the selection into the form.
            selected = page.evaluate(SELECT_MISSED, MISSED)
            assert selected == MISSED
            page.locator(".st-key-ny-text textarea").fill(selected)
            page.locator(".st-key-ny-text textarea").press("Tab")
            _settle(page)
            _choose(page, "ny-tema", "Trygghet och våld")
            _click(page, "lagg-till")
            _wait_reviews(reviews, 4)
            # Keyboard: K confirms what is left (the meeting, the document's target groups).
            page.locator("h1").first.click()
            page.keyboard.press("k")
            _settle(page)
            got = _wait_reviews(reviews, 6)
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "granska.png"), full_page=True)
            assert page.locator("[data-testid='stException']").count() == 0
            browser.close()
    finally:
        proc.kill()  # SIGKILL: the app gets no chance to flush anything
        proc.wait(timeout=60)

    # Everything the app acknowledged is still in the store after the kill.
    assert [r.review_id for r in store.read(reviews)] == [r.review_id for r in got]
    assert {r.reviewer for r in got} == {NAME}
    moves = [(r.kind, r.action) for r in got]
    assert moves[:4] == [("proposal", "confirm"), ("proposal", "reject"), ("theme", "change_theme"), ("proposal", "add")]
    assert ("target_group", "change_target_groups") in moves and ("event", "confirm") in moves
    added = got[3]
    assert (added.text, added.theme_id) == (MISSED, "trygghet_vald")

    # The next run applies them ...
    monkeypatch.setenv("DIALOGKARTAN_REVIEWS", str(reviews))
    summary = run(review_db)["reviews"]
    assert summary["flagged"] == 0 and summary["rejected"] == 1 and summary["added"] == 1

    # ... and the dashboard's data layer shows the corrected proposals,
    from dashboard import queries

    df, _ = queries.proposals(queries.current_key(), None, ("2480",), (), (), (), None, 500)
    mine = df[df["document_id"] == DOC_ID]
    assert MISSED in set(mine["forslag"])
    assert "kvällsmötet borde ha legat på en lördag" not in set(mine["forslag"])
    # ... as does the export (theme tables: the new theme, by the reviewer).
    out = subprocess.run([sys.executable, "-m", "dialogkartan.cli", "export", "--out", str(tmp_path / "export"),
                          "--db", str(review_db)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    per_theme = _exported_proposals(tmp_path / "export")
    rows = per_theme[per_theme["document_id"] == DOC_ID].set_index("text")
    assert rows.loc[MISSED, "theme_id"] == "trygghet_vald" and rows.loc[MISSED, "assigned_by"] == "granskare"
    assert rows.loc["sittplatser med ryggstöd längs promenadstråket", "theme_id"] == "motesplatser_aktiviteter"
    assert "kvällsmötet borde ha legat på en lördag" not in rows.index

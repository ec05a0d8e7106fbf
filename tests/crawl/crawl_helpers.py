"""Helpers shared by the crawler tests (a uniquely named module: tests/ has its own conftest)."""
from __future__ import annotations

import datetime
import shutil
from pathlib import Path

FILES = Path(__file__).parent / "files"
PAGES = FILES / "pages"
SITES = FILES / "sites"
SOURCES = FILES / "sources.yaml"


def make_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A small real PDF written at test time (binary fixtures are never committed)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_creation_date(datetime.datetime(2024, 6, 10, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for p in paragraphs:
        pdf.multi_cell(0, 7, p)
        pdf.ln(5)
    return bytes(pdf.output())


PDF_PARAGRAPHS = [
    "Sammanfattning av medborgardialogen",
    "Socialförvaltningen i Sjövik bjöd in till medborgardialog om omsorgen i maj. Ett trettiotal invånare deltog.",
    "Förslag om äldreomsorgen",
    "Deltagarna föreslog fler träffpunkter med öppet på helger och en promenadgrupp från trygghetsboendet.",
]


def copy_sites(dest: Path) -> Path:
    """A writable copy of the test sites (incremental tests edit pages) plus a generated PDF."""
    shutil.copytree(SITES, dest)
    pdf_dir = dest / "www.sjovik.se" / "download" / "18.1f2e3d" / "1717400000000"
    pdf_dir.mkdir(parents=True)
    (pdf_dir / "sammanfattning-dialog.pdf").write_bytes(make_pdf("Sammanfattning av medborgardialogen",
                                                                 PDF_PARAGRAPHS))
    return dest


def listening_sockets(pid: int) -> list[str]:
    """Local addresses (hex, as in /proc/net/tcp) of the TCP sockets process `pid` listens on."""
    import os

    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed while we looked
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    found = []
    for table in ("tcp", "tcp6"):
        path = Path(f"/proc/{pid}/net/{table}")
        rows = path.read_text().splitlines()[1:] if path.exists() else []
        found += [f[1] for f in (r.split() for r in rows) if f[3] == "0A" and f[9] in inodes]  # 0A: LISTEN
    return found


def process_gone(pid: int) -> bool:
    """True when `pid` has exited (a zombie nobody reaped yet counts as exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return any(line.startswith("State:") and line.split()[1] in ("Z", "X") for line in status.splitlines())

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

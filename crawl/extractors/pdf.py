"""PDF text with pypdf: paragraphs rebuilt from lines, short capitalised lines as headings."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader

from crawl.extractors.base import Block

_END = re.compile(r"[.!?:;]$")


def _pdf_date(value: object) -> str | None:
    m = re.match(r"D?:?(\d{4})(\d\d)(\d\d)", str(value or ""))
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def pdf_blocks(data: bytes) -> tuple[list[Block], dict]:
    """Blocks and metadata {"title", "published", "updated", "pages"}; raises on unreadable files."""
    reader = PdfReader(io.BytesIO(data))
    info = reader.metadata or {}
    blocks: list[Block] = []
    for page in reader.pages:
        lines = [ln.strip() for ln in (page.extract_text() or "").splitlines()]
        para: list[str] = []
        for i, line in enumerate(lines + [""]):
            if not line:
                if para:
                    blocks.append(Block("para", " ".join(para)))
                    para = []
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            heading = (not para and len(line) <= 60 and not _END.search(line) and line[:1].isupper()
                       and len(line.split()) <= 8 and (not nxt or len(nxt) > len(line)))
            if heading:
                blocks.append(Block("heading", line, 2))
                continue
            para.append(line)
            if _END.search(line) and len(line) < 50:
                blocks.append(Block("para", " ".join(para)))
                para = []
    meta = {
        "title": str(info.get("/Title") or "").strip() or None,
        "published": _pdf_date(info.get("/CreationDate")),
        "updated": _pdf_date(info.get("/ModDate")),
        "pages": len(reader.pages),
    }
    return blocks, meta

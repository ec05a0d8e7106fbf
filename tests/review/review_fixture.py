"""A small database for the review tests, written with the project's writer (our own Swedish):
one document to review — three proposals the pipeline found (one wrongly, one with the wrong
theme), one it missed, a dialogue meeting — with the lowest confidence, so the app shows it
first, and a second document from another municipality."""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from dialogkartan.db import writer

TITLE = "Dialogkväll om parken i Sjöstaden"
SENTENCES = [
    "Kommunen bjöd in till en dialogkväll om parken i Sjöstaden den 14 oktober 2025.",
    "Ett fyrtiotal boende kom till mötet i Sjöstadens skola.",
    "Flera föräldrar föreslog en inhägnad lekplats för de minsta barnen.",
    "Några tyckte att kvällsmötet borde ha legat på en lördag.",
    "Äldre boende bad om sittplatser med ryggstöd längs promenadstråket.",
    "En deltagare föreslog belysning i hela parken så att det känns tryggt på kvällen.",
]
# (sentence index, quote, target groups, theme, confidence): what the "pipeline" found
FOUND = [
    (2, "en inhägnad lekplats för de minsta barnen", ["barn_och_unga"], "motesplatser_aktiviteter", 0.35),
    (3, "kvällsmötet borde ha legat på en lördag", [], "motesplatser_aktiviteter", 0.30),
    (4, "sittplatser med ryggstöd längs promenadstråket", ["aldre"], "boende", 0.40),
]
MISSED = "belysning i hela parken så att det känns tryggt på kvällen"
URL = "https://www.umea.se/dialog/sjostaden-park"
DOC_ID = hashlib.sha256(URL.encode()).hexdigest()[:16]


def text() -> str:
    return "\n\n".join(SENTENCES)


THEMES = {
    "motesplatser_aktiviteter": "Mötesplatser och aktiviteter",
    "trygghet_vald": "Trygghet och våld",
    "boende": "Boende",
    "digitalisering": "Digitalisering",
}
OTHER = ("Dialog om biblioteket i Nordmaling", "Besökarna önskade längre öppettider på lördagar.",
         "längre öppettider på lördagar", "motesplatser_aktiviteter")
OTHER_URL = "https://www.nordmaling.se/dialog/biblioteket"
OTHER_ID = hashlib.sha256(OTHER_URL.encode()).hexdigest()[:16]


def _base(path: Path) -> None:
    with writer(path) as con:
        con.execute("INSERT INTO sources VALUES ('umea', 'Umeå kommun', 'kommun', '2480', '24', ['www.umea.se'],"
                    " 'sitevision', true)")
        con.execute("INSERT INTO sources VALUES ('nordmaling', 'Nordmalings kommun', 'kommun', '2401', '24',"
                    " ['www.nordmaling.se'], 'sitevision', true)")
        for theme_id, label in THEMES.items():
            con.execute("INSERT INTO themes (theme_id, label, origin, keywords, run_id) VALUES (?, ?, 'taxonomy', [], 'r3')",
                        [theme_id, label])
        con.execute("INSERT INTO runs VALUES ('r3', 'themes', '2026-11-20 09:40', '2026-11-20 09:41', 'ok', '0.1.0',"
                    " 'abc', '{}', '{}', '{}', NULL)")
        title, sentence, quote, theme = OTHER
        _document(con, OTHER_ID, "nordmaling", "2401", OTHER_URL, title, sentence, [])
        con.execute("INSERT INTO sentences VALUES (?, 0, 0, 0, ?, ?)", [OTHER_ID, len(sentence), sentence])
        a = sentence.index(quote)
        con.execute("INSERT INTO proposals VALUES ('annat01', ?, 0, ?, ?, ?, NULL, NULL, [], 'förslag', 'deltagare',"
                    " NULL, 0.9)", [OTHER_ID, a, a + len(quote), quote])
        con.execute("INSERT INTO proposal_themes VALUES ('annat01', ?, 0.7, 'r3', ?, 0.9, 'klassificerare')", [theme, theme])


def _document(con: duckdb.DuckDBPyConnection, doc_id: str, source: str, muni: str, url: str, title: str, body: str,
              groups: list[str]) -> None:
    con.execute(
        "INSERT INTO documents (document_id, source_id, municipality_code, county_code, url, canonical_url, kind,"
        " title, published, published_date, language, is_swedish, text, content_hash, fetched_at,"
        " relevance_score, relevant, relevance_terms, dialogue_type, target_groups)"
        " VALUES (?, ?, ?, '24', ?, ?, 'html', ?, '2025-10-20', DATE '2025-10-20', 'sv', true, ?, ?,"
        " TIMESTAMP '2026-11-20 08:30', 3.0, true, ['medborgardialog'], 'medborgardialog', ?)",
        [doc_id, source, muni, url, url, title, body, content_hash(body), groups],
    )
    con.execute("INSERT INTO document_municipalities VALUES (?, ?, 'publisher')", [doc_id, muni])


def build(path: Path) -> Path:
    _base(path)
    body = text()
    starts = []
    at = 0
    for s in SENTENCES:
        starts.append(at)
        at += len(s) + 2
    with writer(path) as con:
        _document(con, DOC_ID, "umea", "2480", URL, TITLE, body, ["aldre", "barn_och_unga"])
        for n, (s, a) in enumerate(zip(SENTENCES, starts)):
            con.execute("INSERT INTO sentences VALUES (?, ?, 0, ?, ?, ?)", [DOC_ID, n, a, a + len(s), s])
        for n, quote, groups, theme, conf in FOUND:
            qa = starts[n] + SENTENCES[n].index(quote)
            pid = proposal_key(n)
            con.execute("INSERT INTO proposals VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, 'förslag', 'deltagare', NULL, ?)",
                        [pid, DOC_ID, n, qa, qa + len(quote), quote, groups, conf])
            con.execute("INSERT INTO proposal_themes VALUES (?, ?, 0.6, 'r3', ?, ?, 'klassificerare')",
                        [pid, theme, theme, conf])
        con.execute("INSERT INTO events VALUES (?, 0, 1, ?, ?, '2025-10-14', 'Sjöstadens skola', 40, 'cirka', ['boende'])",
                    [DOC_ID, starts[1], starts[1] + len(SENTENCES[1])])
        for n, word, group in ((2, "barnen", "barn_och_unga"), (4, "Äldre", "aldre")):
            a = starts[n] + SENTENCES[n].index(word)
            con.execute("INSERT INTO target_group_mentions VALUES (?, ?, ?, ?, ?, ?, 'lexicon')",
                        [DOC_ID, n, group, a, a + len(word), word])
    return path


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def proposal_key(sentence: int) -> str:
    return f"granska{sentence:02d}"


def span_of(quote: str) -> tuple[int, int]:
    a = text().index(quote)
    return a, a + len(quote)


def mark_processed(path: Path) -> None:
    """Mark every document done for the current pipeline, so `run` applies reviews without
    re-extracting the fixture's hand-made rows."""
    from dialogkartan.config import load_settings
    from pipeline.run import pipeline_config_hash

    key = pipeline_config_hash(load_settings())
    with writer(path) as con:
        con.execute("UPDATE documents SET processed_key = content_hash || ':' || ?", [key])


def rows(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()

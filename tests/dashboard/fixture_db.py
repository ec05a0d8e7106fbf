"""A small, realistic Dialogkartan database for the dashboard tests (our own Swedish rows).

Six municipalities in three counties and a region, fifteen documents 2019–2025 (one undated),
proposals with target groups, themes and a status, dialogue events, theme quotes, PII entities,
an HTML-looking proposal, a list-item proposal ("- …"), a fetch log with failures and a missing
robots.txt, and runs with quality figures. Built with the project's writer; the recurring
proposals and the proposal facts come from pipeline.tables_dashboard, as the pipeline writes them.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from dialogkartan.db import writer

MUNICIPALITIES = {  # code → (source_id, name, county)
    "2480": ("umea", "Umeå kommun", "24"),
    "2401": ("nordmaling", "Nordmalings kommun", "24"),
    "2460": ("vannas", "Vännäs kommun", "24"),
    "0380": ("uppsala", "Uppsala kommun", "03"),
    "0381": ("enkoping", "Enköpings kommun", "03"),
    "1281": ("lund", "Lunds kommun", "12"),
}
# A region publishes on its own behalf; the extraction gives its page the municipality its text
# names most (Vännäs), which the dashboard must not credit.
REGION = ("regionvb", "Region Västerbotten", "24", "2460")
THEMES = {
    "motesplatser_aktiviteter": "Mötesplatser och aktiviteter",
    "trygghet_vald": "Trygghet och våld",
    "digitalisering": "Digitalisering",
    "boende": "Boende",
    "stod_insatser": "Stöd och insatser",
}
PII = ["Karin Blomqvist", "karin.blomqvist@umea.example.se", "090-16 10 00", "Per-Olof Lind", "0935-140 00"]
PII_LABELS = {"Karin Blomqvist": "PER", "Per-Olof Lind": "PER", "karin.blomqvist@umea.example.se": "EMAIL",
              "090-16 10 00": "PHONE", "0935-140 00": "PHONE"}
NON_PII = {"Ersboda": "LOC", "Gottsunda": "LOC"}
HTML_PROPOSAL = "De föreslog också <b>gratis</b> bussresor till aktiviteter <script>alert(1)</script>."


@dataclass
class Doc:
    muni: str
    published: str | None
    title: str
    # (sentence, proposal: (kind, groups, theme[, quote inside the sentence]) or None)
    sentences: list[tuple[str, tuple | None]] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)  # municipality codes the text names (extraction)


DOCS = [
    Doc("2480", "2022-03-14", "Medborgardialog om Ersboda centrum", [
        ("Kommunen bjöd in boende i Ersboda till en medborgardialog i mars.", None),
        ("Flera deltagare föreslog en ny mötesplats för unga i centrumhuset.",
         ("förslag", ["barn_och_unga"], "motesplatser_aktiviteter", "en ny mötesplats för unga i centrumhuset")),
        ("Andra ville ha starkare belysning vid gångtunneln i Kungsängen.", ("förslag", [], "trygghet_vald")),
        ("Kontaktperson är Karin Blomqvist, karin.blomqvist@umea.example.se, telefon 090-16 10 00.", None),
    ]),
    Doc("2480", "2023-05-02", "Dialog med seniorer om digitala tjänster", [
        ("Seniorerna önskade kurser i hur man använder kommunens e-tjänster.", ("behov", ["aldre"], "digitalisering")),
        ("Karin Blomqvist föreslog att biblioteket erbjuder digital hjälp varje vecka.",
         ("förslag", ["aldre"], "digitalisering")),
    ]),
    Doc("2480", "2024-09-20", "Ungdomsdialog <i>2024</i>", [
        ("Ungdomarna vill att fritidsgården håller öppet på fredagskvällar.",
         ("förslag", ["barn_och_unga"], "motesplatser_aktiviteter")),
        (HTML_PROPOSAL, ("förslag", ["barn_och_unga"], "motesplatser_aktiviteter")),
    ]),
    Doc("2480", "2021-11-08", "Brukardialog inom hemtjänsten", [
        ("Brukarna vill träffa samma personal oftare.", ("behov", ["aldre"], "stod_insatser")),
    ]),
    Doc("2401", "2020-06-03", "Medborgardialog om trygghet i Nordmaling", [
        ("Invånarna föreslog fler trygghetsvandringar i centrum.", ("förslag", [], "trygghet_vald")),
        ("Man vill också ha bättre belysning vid skolan.", ("förslag", ["barn_och_unga"], "trygghet_vald")),
    ]),
    Doc("2401", "2022-10-12", "Dialog om framtidens äldreboende", [
        ("Många önskade fler trygghetsboenden i kommunen.", ("behov", ["aldre"], "boende")),
    ]),
    Doc("2401", "2024-02-28", "Samråd om ny mötesplats", [
        ("Föreningarna vill ha en gemensam lokal för aktiviteter.", ("förslag", [], "motesplatser_aktiviteter")),
    ]),
    Doc("2460", "2023-04-18", "Anhörigdialog i Vännäs", [
        ("Kommunen bör anordna träffar för anhöriga till personer med demens.", ("förslag", ["aldre"], "stod_insatser")),
        ("Ring Per-Olof Lind på 0935-140 00 för mer information.", None),
    ]),
    Doc("2460", "2025-01-15", "Elevrådets dialog", [
        ("Eleverna föreslog en digital förslagslåda för skolan.", ("förslag", ["barn_och_unga"], "digitalisering")),
        # Recurs (same words) after Uppsala's 2024 proposal: one recurring group, two municipalities.
        ("Eleverna ville också ha fler nattvandrare på helgerna.",
         ("förslag", ["barn_och_unga"], "trygghet_vald", "fler nattvandrare på helgerna")),
    ]),
    Doc("0380", "2019-09-10", "Medborgarbudget i Gottsunda", [
        ("Boende föreslog en ny lekplats i Gottsunda.", ("förslag", ["barn_och_unga"], "motesplatser_aktiviteter")),
        ("Flera ville ha fler parkbänkar längs ån.", ("förslag", [], "motesplatser_aktiviteter")),
    ]),
    Doc("0380", "2021-03-22", "Dialog om funktionshinderpolitik", [
        ("Deltagarna vill att kommunens webbplats blir lättare att läsa.",
         ("förslag", ["funktionsnedsattning"], "digitalisering")),
        ("Personer med funktionsnedsättning föreslog fler anpassade bostäder.",
         ("förslag", ["funktionsnedsattning"], "boende")),
    ]),
    Doc("0380", "2024-11-05", "Trygghetsdialog i Uppsala", [
        ("Invånarna föreslog fler nattvandrare på helgerna.",
         ("förslag", ["barn_och_unga"], "trygghet_vald", "fler nattvandrare på helgerna")),
    ]),
    Doc("0381", "2023-08-30", "Dialog om bostäder för unga", [
        ("Unga vuxna vill ha fler små hyreslägenheter.", ("behov", [], "boende")),
    ]),
    Doc("1281", None, "Medborgardialog om stadsparken", [
        ("Deltagarna föreslog fler sittplatser i stadsparken.", ("förslag", [], "motesplatser_aktiviteter")),
    ]),
    # Its text names Vännäs (the extraction's pick, in the region's county: credited "via regional
    # dialog") and Uppsala (another county: never credited).
    Doc("region", "2023-06-01", "Regional dialogdag om psykisk hälsa", [
        ("Dialogdagen hölls i Vännäs med unga från hela länet.", None),
        ("- Fler samtalsgrupper för unga i skolan", ("förslag", ["barn_och_unga"], "stod_insatser")),
        ("Ungdomsrådet i Uppsala följde dagen digitalt.", None),
    ], mentioned=["0380"]),
]
STATUS = {"Invånarna föreslog fler nattvandrare på helgerna.": "bifallen"}
# document number (1-based) → (date, place, count, qualifier, participant kinds)
EVENTS = {
    1: ("2022-03-10", "Ersboda centrumhus", 45, "ungefär", ["invånare"]),
    5: ("2020-05-20", "Folkets hus", 30, None, ["invånare"]),
    8: ("2023-04", "Vännäs bibliotek", None, None, ["anhöriga"]),
    15: ("2023-05-15", "Vännäs", 120, "drygt", ["unga"]),
}
THEME_INFO = {  # theme → (description, keywords, label_source)
    "motesplatser_aktiviteter": ("Platser och aktiviteter där människor kan träffas.", ["mötesplats", "aktivitet"],
                                 "taxonomi"),
    "trygghet_vald": ("Trygghet i det offentliga rummet och skydd mot våld.", ["belysning", "trygghet"], "manuell"),
}

FAILED_URLS = [
    ("nordmaling", "https://www.nordmaling.se/gammal-dialogsida", 404, "HTTP 404"),
    ("vannas", "https://www.vannas.se/dokument/dialog-2019.pdf", None, "TimeoutError: ingen svar efter 30 s"),
]


def _hash(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:16]


def build(path: Path) -> Path:
    """Write the fixture database to `path` with the project's writer."""
    with writer(path) as con:
        for code, (sid, name, county) in MUNICIPALITIES.items():
            host = f"www.{sid}.se"
            con.execute("INSERT INTO sources VALUES (?, ?, 'kommun', ?, ?, ?, 'sitevision', true)",
                        [sid, name, code, county, [host]])
        con.execute("INSERT INTO crawls VALUES ('c1', '2026-10-01 08:00', '2026-10-01 09:00', 'data/crawl/c1', '{}')")
        con.execute("INSERT INTO crawls VALUES ('c2', '2026-11-20 08:00', '2026-11-20 09:30', 'data/crawl/c2', '{}')")
        con.execute("INSERT INTO sources VALUES (?, ?, 'region', NULL, ?, ?, 'sitevision', true)",
                    [REGION[0], REGION[1], REGION[2], [f"www.{REGION[0]}.se"]])
        # Umeå's newsroom: a second source of one publisher (Källor shows one row per publisher).
        con.execute("INSERT INTO sources VALUES ('umea_nyheter', 'Umeå kommun nyhetsrum', 'kommun', '2480', '24',"
                    " ['news.umea.se'], 'mynewsdesk', true)")
        quotes: dict[str, list[tuple[str, str, str]]] = {}
        for i, d in enumerate(DOCS, start=1):
            sid, _, county = (REGION[0], REGION[1], REGION[2]) if d.muni == "region" else MUNICIPALITIES[d.muni]
            muni = REGION[3] if d.muni == "region" else d.muni
            url = f"https://www.{sid}.se/dialog/{i:02d}"
            doc_id = _hash(url)
            text, offsets = "", []
            for sent, _ in d.sentences:
                text += ("\n\n" if text else "")
                offsets.append((len(text), len(text) + len(sent)))
                text += sent
            groups = sorted({g for _, p in d.sentences if p for g in p[1]})
            pub_date = date.fromisoformat(d.published) if d.published else None
            fetched = datetime(2026, 11, 20, 8, 30) if i % 2 else datetime(2026, 10, 1, 8, 15)
            con.execute(
                "INSERT INTO documents (document_id, source_id, municipality_code, county_code, url, canonical_url, kind,"
                " title, published, published_date, language, is_swedish, text, content_hash, fetched_at,"
                " relevance_score, relevant, relevance_terms, dialogue_type, target_groups)"
                " VALUES (?, ?, ?, ?, ?, ?, 'html', ?, ?, ?, 'sv', true, ?, ?, ?, 3.0, true, ['medborgardialog'],"
                " 'medborgardialog', ?)",
                [doc_id, sid, muni, county, url, url, d.title, d.published, pub_date, text, _hash(text), fetched, groups],
            )
            con.execute("INSERT INTO pages VALUES (?, ?, ?, ?, 200, 'new', NULL, 'text/html', 20000, 120.0, ?)",
                        ["c2" if i % 2 else "c1", url, sid, fetched, _hash(text)])
            for n, ((sent, prop), (a, b)) in enumerate(zip(d.sentences, offsets)):
                con.execute("INSERT INTO sentences VALUES (?, ?, 0, ?, ?, ?)", [doc_id, n, a, b, sent])
                for needle, label in [*((p, PII_LABELS[p]) for p in PII), *NON_PII.items()]:
                    at = sent.find(needle)
                    if at >= 0:
                        con.execute("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)",
                                    [doc_id, n, a + at, a + at + len(needle), label, needle, needle in PII_LABELS])
                if prop:
                    kind, pgroups, theme = prop[:3]
                    quote = prop[3] if len(prop) > 3 else sent
                    qa = a + sent.index(quote)
                    pid = _hash(f"{doc_id}:{qa}")
                    con.execute(
                        "INSERT INTO proposals VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, 'deltagare', ?, 0.8)",
                        [pid, doc_id, n, qa, qa + len(quote), quote, pgroups, kind, STATUS.get(sent)],
                    )
                    quotes.setdefault(theme, []).append((pid, doc_id, quote))
                    con.execute("INSERT INTO proposal_themes VALUES (?, ?, 0.7, 'r3', NULL, 0.7, 'klassificerare')", [pid, theme])
            con.execute("INSERT INTO document_municipalities VALUES (?, ?, 'publisher')", [doc_id, muni])
            for code in d.mentioned:
                con.execute("INSERT INTO document_municipalities VALUES (?, ?, 'mentioned')", [doc_id, code])
            if i in EVENTS:
                day, place, count, qualifier, kinds = EVENTS[i]
                con.execute("INSERT INTO events VALUES (?, 0, 0, ?, ?, ?, ?, ?, ?, ?)",
                            [doc_id, offsets[0][0], offsets[0][1], day, place, count, qualifier, kinds])
        for theme_id, label in THEMES.items():
            desc, keywords, label_source = THEME_INFO.get(theme_id, (None, [], "taxonomi"))
            con.execute("INSERT INTO themes (theme_id, label, origin, keywords, description, label_source, run_id)"
                        " VALUES (?, ?, 'taxonomy', ?, ?, ?, 'r3')", [theme_id, label, keywords, desc, label_source])
            for rank, (pid, doc_id, quote) in enumerate(quotes.get(theme_id, [])[:3], start=1):
                con.execute("INSERT INTO theme_quotes VALUES (?, ?, ?, ?, ?, 0.8, 'r3')", [theme_id, rank, pid, doc_id, quote])
        for sid, url, status, error in FAILED_URLS:
            con.execute("INSERT INTO pages VALUES ('c2', ?, ?, '2026-11-20 09:00', ?, 'failed', ?, NULL, 0, 30000, NULL)",
                        [url, sid, status, error])
        con.execute("INSERT INTO pages VALUES ('c2', 'https://www.umea.se/kontakt', 'umea', '2026-11-20 09:05', 200,"
                    " 'irrelevant', NULL, 'text/html', 5000, 80, 'x')")
        con.execute("INSERT INTO pages VALUES ('c2', 'https://news.umea.se/', 'umea_nyheter', '2026-11-20 09:07', 200,"
                    " 'irrelevant', NULL, 'text/html', 3000, 50, 'y')")
        # A site without robots.txt: normal, everything may be fetched (not a failure to show).
        con.execute("INSERT INTO pages VALUES ('c2', 'https://www.lund.se/robots.txt', 'lund', '2026-11-20 09:06', 404,"
                    " 'failed', 'HTTP 404', NULL, 0, 20, NULL)")
        runs = [
            ("r1", "ingest", "2026-11-20 09:31", {"documents_new": 15}, {}),
            ("r2", "pipeline", "2026-11-20 09:35", {"documents": 15, "proposals": 22}, {}),
            ("r3", "themes", "2026-11-20 09:40", {"themes": 5},
             {"mode": "taxonomy_assignment", "coherence_npmi": 0.137, "outlier_share": 0.0,
              "classifier": {"cross_validated": {"examples": 539, "accuracy": 0.7421, "accuracy_strict": 0.6419}}}),
        ]
        for run_id, kind, started, counts, quality in runs:
            con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, 'ok', '0.1.0', 'abc', ?, '{}', ?, NULL)",
                        [run_id, kind, started, started, json.dumps(counts), json.dumps(quality)])
        from pipeline.tables_dashboard import write_facts, write_recurring

        write_recurring(con)
        write_facts(con)
    return path

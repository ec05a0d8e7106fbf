"""`dialogkartan review`: serve the review app; `review export`, `review agreement`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from dialogkartan import paths
from dialogkartan.errors import UserError

review_app = typer.Typer(
    help="Granska: correct the extraction; reviews override the pipeline at the next run and become gold.",
    invoke_without_command=True,
)
DbOption = Annotated[Optional[Path], typer.Option("--db", help="DuckDB file (default data/dialogkartan.duckdb)")]
StoreOption = Annotated[Optional[Path], typer.Option(
    "--store", help="Review store (default data/reviews/reviews.jsonl; env DIALOGKARTAN_REVIEWS)")]


def _readonly(db: Path | None):  # noqa: ANN202 - a DuckDB connection
    from dialogkartan.db import connect_readonly

    return connect_readonly(db or paths.db_path())


@review_app.callback()
def review(
    ctx: typer.Context,
    port: Annotated[int, typer.Option(help="Port")] = 8502,
    host: Annotated[str, typer.Option(help="Address to bind; keep 127.0.0.1 behind a reverse proxy (README)")] = "127.0.0.1",
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """Start the review app (Streamlit) on 127.0.0.1:8502."""
    if ctx.invoked_subcommand:
        return
    from dialogkartan.cli import port_free
    from review.store import default_path

    db_file = db or paths.db_path()
    _readonly(db_file).close()  # a clear error now beats a broken page later
    if not port_free(port, host):
        raise UserError(f"port {port} is in use; choose another with --port")
    store_file = store or default_path()
    from dialogkartan.children import serve_streamlit  # the app dies with this command, however it ends

    typer.echo(f"Granska: http://{host}:{port}/  (granskningar sparas i {store_file}; Ctrl-C stoppar)")
    serve_streamlit(paths.ROOT / "review" / "app.py", host, port,
                    {"DIALOGKARTAN_DB": str(db_file), "DIALOGKARTAN_REVIEWS": str(store_file)}, "review app")


@review_app.command("export")
def review_export(
    gold: Annotated[Optional[Path], typer.Option(help="gold.jsonl to write (input.jsonl is written beside it)")] = None,
    input_path: Annotated[Optional[Path], typer.Option("--input", help="input.jsonl (default beside --gold)")] = None,
    theme_examples: Annotated[Optional[Path], typer.Option(
        help="Also write reviewed themes as labelled examples (YAML for themes.examples)")] = None,
    training: Annotated[Optional[Path], typer.Option(
        help="Also write DIR/input.jsonl and DIR/gold.jsonl for training, without texts that reword a frozen test text")] = None,
    reviewer: Annotated[Optional[str], typer.Option(help="Only this reviewer's reviews (default: all, latest wins)")] = None,
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """Reviewed documents as gold (../shared/gold-dev format): `dialogkartan eval --gold FILE` scores on them."""
    from review.gold import export_gold, write_theme_examples, write_training

    if not gold and not theme_examples and not training:
        raise UserError("name what to write: --gold FILE, --training DIR and/or --theme-examples FILE")
    con = _readonly(db)
    try:
        if gold:
            g, i, n = export_gold(con, gold, input_path, store, reviewer)
            if not n:
                raise UserError("no reviewed documents to export (review some with `dialogkartan review`)")
            typer.echo(f"wrote {n} reviewed documents to {g} (texts in {i})")
        if training:
            n, left_out = write_training(con, training, store)
            typer.echo(f"wrote {n} reviewed documents for training to {training} ({left_out} left out: near a test text)")
        if theme_examples:
            n = write_theme_examples(con, theme_examples, store)
            typer.echo(f"wrote {n} reviewed themes to {theme_examples}")
    finally:
        con.close()


@review_app.command("agreement")
def review_agreement(db: DbOption = None, store: StoreOption = None) -> None:
    """Cohen's kappa between every two reviewers on the documents both reviewed."""
    from review.agreement import agreement_from_db

    con = _readonly(db)
    try:
        rows = [a.as_dict() for a in agreement_from_db(con, store)]
    finally:
        con.close()
    if not rows:
        raise UserError("no document has been reviewed by two reviewers")
    typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))


@review_app.command("flags")
def review_flags(db: DbOption = None, store: StoreOption = None) -> None:
    """Reviews not applied because their document's text changed (or the document is gone)."""
    from review import store as review_store
    from review.db import current_hashes
    from review.state import partition

    con = _readonly(db)
    try:
        _, flagged = partition(review_store.read(store), current_hashes(con))
    finally:
        con.close()
    for r, why in flagged:
        typer.echo(f"{r.at}\t{r.reviewer}\t{r.document_id}\t{r.kind}/{r.action}\t{why}")
    typer.echo(f"{len(flagged)} reviews not applied")

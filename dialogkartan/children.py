"""Child processes that never outlive the command that started them.

A parent killed with SIGKILL runs no cleanup, so the kernel must do it: on Linux the child asks,
right after fork, for SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG). A normal exit,
an exception or Ctrl-C in the parent terminates the child in `child_process`'s finally block.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with(parent_pid: int) -> Callable[[], None]:
    # Looked up in the parent: between fork and exec the child should only make plain calls.
    prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None

    def in_child() -> None:
        if prctl is not None:
            prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before the request took effect
            os.kill(os.getpid(), signal.SIGTERM)

    return in_child


@contextlib.contextmanager
def child_process(cmd: list[str], stop_timeout: float = 20.0, **popen: Any) -> Iterator[subprocess.Popen]:
    """`subprocess.Popen(cmd)` that dies with this process, however this process ends."""
    proc = subprocess.Popen(cmd, preexec_fn=_die_with(os.getpid()), **popen)  # noqa: PLW1509 - see _die_with
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=stop_timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def serve_streamlit(app_file: Path, host: str, port: int, env: dict[str, str], name: str) -> None:
    """Run a Streamlit app headless on host:port until it stops or Ctrl-C. The app dies with this
    command; an exit other than by a signal we or the user sent is one error line naming `name`."""
    from dialogkartan.errors import UserError

    cmd = [sys.executable, "-m", "streamlit", "run", str(app_file), "--server.address", host,
           "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--client.toolbarMode", "minimal"]  # no Deploy button: a read-only app, not a dev server
    with child_process(cmd, env={**os.environ, **env}) as proc:
        try:
            code = proc.wait()
        except KeyboardInterrupt:
            return
    if code not in (0, -signal.SIGTERM, -signal.SIGINT):
        raise UserError(f"the {name} stopped with exit code {code} (see Streamlit's messages above)")

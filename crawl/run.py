"""Run a crawl in a child process (Twisted's reactor cannot restart in one process).

    crawl(sources, job_dir, proxy=..., settings=...) -> CrawlReport
    python -m crawl.run --input JOB_DIR/crawl-input.json      (what crawl() launches)
    python -m crawl.run --sources config/sources --job-dir data/crawl/job1 [--proxy URL]

Resumable: job_dir/run.json says "running" until the crawl finishes ("interrupted" after a
SIGTERM/SIGINT shutdown). Calling crawl() on a job directory whose last run did not finish --
stopped, or killed outright with SIGKILL -- resumes it from job_dir/frontier.jsonl (crawl.frontier:
pending requests re-created, finished ones not fetched again; outputs appended). Calling it on a
finished job directory starts a new incremental run that keeps state.json. One crawl at a time
per job directory (a lock, job_dir/.lock). The child dies with the process that started it
(Linux: prctl PR_SET_PDEATHSIG), so killing `dialogkartan crawl` leaves no crawler behind.
"""
from __future__ import annotations

import argparse
import ctypes
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawl import ROOT
from crawl.registry import Source, load_sources, source_from_dict
from crawl.settings import build_settings

COUNT_KEYS = ("fetched", "new", "changed", "unchanged", "failed", "irrelevant", "skipped", "items", "invalid",
              "discovery")


PARENT_ENV = "DIALOGKARTAN_CRAWL_PARENT"
EXIT_BUSY = 3


class CrawlError(RuntimeError):
    """The crawl process failed before it could write its report."""


@dataclass
class SourceCounts:
    fetched: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    irrelevant: int = 0
    skipped: int = 0
    items: int = 0
    invalid: int = 0
    discovery: int = 0
    status: str = "ok"


@dataclass
class CrawlReport:
    job_dir: Path
    sources: dict[str, SourceCounts]
    totals: dict[str, int]
    finish_reason: str
    raw: dict[str, Any] = field(repr=False, default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"job_dir": str(self.job_dir), "finish_reason": self.finish_reason, "ok": self.ok,
                "totals": self.totals, "sources": {k: asdict(v) for k, v in self.sources.items()}}

    @property
    def ok(self) -> bool:
        return all(c.status == "ok" for c in self.sources.values())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CrawlReport":
        sources = {sid: SourceCounts(**{k: row.get(k, 0) for k in COUNT_KEYS}, status=row.get("status", "ok"))
                   for sid, row in data.get("sources", {}).items()}
        return cls(job_dir=Path(data["job_dir"]), sources=sources, totals=data.get("totals", {}),
                   finish_reason=data.get("finish_reason", "?"), raw=data)


def _run_marker(job_dir: Path) -> dict[str, Any]:
    try:
        return json.loads((job_dir / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _prepare(sources: list[Source], job_dir: Path, proxy: str | None, settings: dict | None
             ) -> tuple[list[str], dict[str, str], Path]:
    job_dir = Path(job_dir).resolve()
    job_dir.mkdir(parents=True, exist_ok=True)
    payload = {"sources": [s.to_dict() for s in sources], "job_dir": str(job_dir), "proxy": proxy,
               "settings": settings or {}}
    input_path = job_dir / "crawl-input.json"
    input_path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           PARENT_ENV: str(os.getpid())}
    return [sys.executable, "-m", "crawl.run", "--input", str(input_path)], env, job_dir


def start_crawl(sources: list[Source], job_dir: Path, *, proxy: str | None = None,
                settings: dict | None = None) -> subprocess.Popen:
    """Launch the crawl process and return at once (stop it gracefully with SIGTERM; a later
    crawl() on the same job_dir resumes it, also after SIGKILL). Its report is job_dir/report.json.
    The child dies with the thread that called this (Linux death signal): call it from a thread
    that outlives the crawl."""
    cmd, env, _ = _prepare(sources, job_dir, proxy, settings)
    return subprocess.Popen(cmd, cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def crawl(sources: list[Source], job_dir: Path, *, proxy: str | None = None,
          settings: dict | None = None, timeout: float | None = None) -> CrawlReport:
    """Crawl `sources` into `job_dir` in a child Python process and return its report."""
    cmd, env, job_dir = _prepare(sources, job_dir, proxy, settings)
    report_path = job_dir / "report.json"
    report_path.unlink(missing_ok=True)
    proc = subprocess.run(cmd, cwd=str(ROOT), env=env, capture_output=True, text=True, timeout=timeout)
    if proc.returncode == EXIT_BUSY:
        lines = (proc.stderr or "").strip().splitlines() or [f"the job directory {job_dir} is in use by another crawl"]
        raise CrawlError(lines[-1].removeprefix("ERROR: "))
    if proc.returncode != 0 or not report_path.exists():
        tail = (proc.stderr or "")[-3000:]
        raise CrawlError(f"crawl process exited with {proc.returncode}; stderr tail:\n{tail}")
    return CrawlReport.from_dict(json.loads(report_path.read_text(encoding="utf-8")))


def die_with_parent(parent_pid: int) -> None:
    """Linux: the kernel sends this process SIGTERM (Scrapy's graceful stop) when the process that
    started it dies, even by SIGKILL, which no handler in the parent could catch."""
    if not sys.platform.startswith("linux"):
        return
    pr_set_pdeathsig = 1  # <linux/prctl.h>
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGTERM), 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def lock_job(job_dir: Path):
    """Hold job_dir/.lock for the life of this process (released by the kernel even after SIGKILL,
    so a stale "running" marker never blocks a resume). None when another crawl holds it."""
    fh = open(job_dir / ".lock", "a+", encoding="utf-8")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        return None
    return fh


def run_in_process(sources: list[Source], job_dir: Path, proxy: str | None = None,
                   overrides: dict | None = None) -> dict[str, Any]:
    """The child's side: one CrawlerProcess, then report.json. Call only once per process."""
    from scrapy.crawler import CrawlerProcess

    from crawl.spider import DialogSpider

    job_dir = Path(job_dir)
    overrides = dict(overrides or {})
    if proxy:
        overrides["PROXY"] = proxy
        # Politeness protects other people's servers; the local mini-web is ours, so a loopback
        # proxy defaults to the fast profile unless a profile was chosen explicitly.
        if (urlsplit(proxy).hostname in ("127.0.0.1", "localhost", "::1") and "PROFILE" not in overrides
                and not os.environ.get("DIALOGKARTAN_CRAWL_PROFILE")):
            overrides["PROFILE"] = "fast"
    settings = build_settings(overrides)
    lock = lock_job(job_dir)
    if lock is None:
        print(f"ERROR: the job directory {job_dir} is in use by another crawl "
              f"(pid {_run_marker(job_dir).get('pid', '?')})", file=sys.stderr)
        raise SystemExit(EXIT_BUSY)
    marker = _run_marker(job_dir)
    # "running" under a free lock: the last run was killed outright; the journal resumes it
    resume = marker.get("status") in ("running", "interrupted") and not settings.get("REDIS_URL")
    # Scrapy's JOBDIR is not used: after a SIGKILL it resumes to nothing (see crawl.frontier)
    shutil.rmtree(job_dir / ".scrapy-job", ignore_errors=True)
    settings.setdefault("LOG_FILE", str(job_dir / "crawl.log"))
    settings.setdefault("LOG_FILE_APPEND", resume)
    (job_dir / "run.json").write_text(json.dumps({"status": "running", "pid": os.getpid(), "resumed": resume}),
                                      encoding="utf-8")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(DialogSpider)
    process.crawl(crawler, sources=[s.to_dict() for s in sources], job_dir=str(job_dir), append=resume)
    process.start()
    spider = crawler.spider
    if spider is None or crawler.stats is None or crawler.stats.get_value("start_time") is None:
        # the spider never opened (a component raised in open_spider): fail, never report "0 pages"
        print("ERROR: the crawl did not start; see crawl.log and the traceback above", file=sys.stderr)
        raise SystemExit(2)
    reason = (crawler.stats.get_value("finish_reason") if crawler.stats else None) or "finished"
    report = spider.output.report([s.id for s in sources], settings["INVALID_ITEM_RATIO"], reason)
    report["crawl_id"] = report["run_id"]  # one row in the `crawls` table per run
    report["resumed"] = resume
    report["profile"] = settings["PROFILE"]
    prefix = "robotstxt/crawl_delay/"  # set by RobotsCrawlDelayMiddleware
    report["robots_crawl_delay"] = {k[len(prefix):]: v for k, v in crawler.stats.get_stats().items()
                                     if k.startswith(prefix)}
    spider.output.close()
    (job_dir / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    # A crawl stopped by SIGTERM/SIGINT ("shutdown") is resumed by the next call, from its journal.
    status = "finished" if reason == "finished" else "interrupted"
    (job_dir / "run.json").write_text(json.dumps({"status": status, "finish_reason": reason}),
                                      encoding="utf-8")
    for sid, row in report["sources"].items():
        if row["status"] == "invalid_items":
            print(f"ERROR: source {sid}: most items failed validation: {row.get('invalid_examples')}",
                  file=sys.stderr)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m crawl.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, help="JSON written by crawl.run.crawl()")
    ap.add_argument("--sources", type=Path, help="registry file or directory")
    ap.add_argument("--only", nargs="*", default=None, help="source ids to crawl")
    ap.add_argument("--job-dir", type=Path)
    ap.add_argument("--proxy")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="setting override")
    args = ap.parse_args(argv)
    if args.input:
        if os.environ.get(PARENT_ENV, "").isdigit():
            die_with_parent(int(os.environ[PARENT_ENV]))
        payload = json.loads(args.input.read_text(encoding="utf-8"))
        sources = [source_from_dict(d) for d in payload["sources"]]
        report = run_in_process(sources, Path(payload["job_dir"]), payload.get("proxy"), payload.get("settings"))
    else:
        if not (args.sources and args.job_dir):
            ap.error("give --input, or --sources and --job-dir")
        import yaml
        sources = load_sources(args.sources)
        if args.only:
            sources = [s for s in sources if s.id in set(args.only)]
        overrides = {k: yaml.safe_load(v) for k, v in (s.split("=", 1) for s in args.set)}
        args.job_dir.mkdir(parents=True, exist_ok=True)
        report = run_in_process(sources, args.job_dir, args.proxy, overrides)
        print(json.dumps(report["totals"], indent=1))
    return 0 if all(r["status"] == "ok" for r in report["sources"].values()) or args.input else 1


if __name__ == "__main__":
    sys.exit(main())

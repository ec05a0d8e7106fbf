"""The local mini-web: an HTTP *proxy* on 127.0.0.1 that serves sample sites from disk.

A crawler configured with proxy http://127.0.0.1:<port> sends absolute-URI requests
(`GET http://www.nordmaling.se/path HTTP/1.1`); the server answers from
`sites_dir/<host>/<path>` (a path ending in "/" → index.html). The sample corpus keeps its real
URLs while every byte comes from the local disk. Origin-form requests (`GET /path` with a Host
header) work too, so a browser pointed at the proxy or a test client both behave.

    python -m crawl.miniweb data/sample/sites --port 8765
"""
from __future__ import annotations

import argparse
import hashlib
import mimetypes
import re
import threading
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from crawl.sniff import sniff

TYPES = {".html": "text/html", ".htm": "text/html", ".xml": "application/xml", ".rss": "application/rss+xml",
         ".atom": "application/atom+xml", ".pdf": "application/pdf", ".txt": "text/plain",
         ".json": "application/json", ".gz": "application/x-gzip", ".css": "text/css",
         ".js": "application/javascript", ".png": "image/png", ".jpg": "image/jpeg", ".svg": "image/svg+xml"}
_TEXT = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENC = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def content_type_for(path: Path, head: bytes) -> str:
    ctype = TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or sniff(head)
    if ctype.startswith(_TEXT):
        m = _META_CHARSET.search(head) or _XML_ENC.search(head)
        charset = m[1].decode("ascii").lower() if m else ("utf-8" if ctype != "text/plain" else None)
        if charset:
            ctype += f"; charset={charset}"
    return ctype


def resolve(sites_dir: Path, host: str, path: str) -> Path | None:
    """The file for host+path, or None; never escapes sites_dir/host."""
    host = host.split(":")[0].lower()
    base = (sites_dir / host).resolve()
    rel = unquote(path.split("?")[0]).lstrip("/")
    target = (base / rel).resolve()
    if base not in target.parents and target != base:
        return None
    if path.split("?")[0].endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


class MiniWebHandler(BaseHTTPRequestHandler):
    server_version = "DialogkartanMiniWeb/0.1"
    protocol_version = "HTTP/1.1"
    sites_dir: Path = Path(".")
    quiet = True

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        if not self.quiet:
            super().log_message(format, *args)

    def _target(self) -> tuple[str, str]:
        if self.path.startswith(("http://", "https://")):
            parts = urlsplit(self.path)
            return parts.netloc, parts.path + (f"?{parts.query}" if parts.query else "")
        return self.headers.get("Host", ""), self.path

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
              head_only: bool = False) -> None:
        self.record(status)
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and not head_only and status != 304:
            self.wfile.write(body)

    def record(self, status: int) -> None:
        """Keep (method, absolute URL, status) on the server: tests count real fetches with it."""
        host, path = self._target()
        url = self.path if self.path.startswith("http") else f"http://{host}{path}"
        log = getattr(self.server, "requests", None)
        if log is not None:
            log.append((self.command, url, status))

    def do_CONNECT(self) -> None:  # https tunnels would reach the internet: refuse
        self._send(405, b"CONNECT not supported by the mini-web\n", {"Content-Type": "text/plain"})

    def do_HEAD(self) -> None:
        self.do_GET(head_only=True)

    def do_GET(self, head_only: bool = False) -> None:
        host, path = self._target()
        target = resolve(self.sites_dir, host, path) if host else None
        if target is None:
            self._send(404, b"Not found\n", {"Content-Type": "text/plain; charset=utf-8"}, head_only)
            return
        stat = target.stat()
        etag = '"' + hashlib.sha1(f"{stat.st_mtime_ns}-{stat.st_size}".encode()).hexdigest()[:16] + '"'
        last_modified = formatdate(int(stat.st_mtime), usegmt=True)
        headers = {"ETag": etag, "Last-Modified": last_modified}
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None:
            if etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*":
                self._send(304, headers=headers)
                return
        elif ims:
            try:
                if int(stat.st_mtime) <= parsedate_to_datetime(ims).timestamp():
                    self._send(304, headers=headers)
                    return
            except (TypeError, ValueError):
                pass
        body = target.read_bytes()
        headers["Content-Type"] = content_type_for(target, body[:2048])
        self._send(200, body, headers, head_only)


def serve(sites_dir: Path, host: str = "127.0.0.1", port: int = 0, *, quiet: bool = True,
          handler: type[MiniWebHandler] = MiniWebHandler) -> tuple[ThreadingHTTPServer, int]:
    """Start the mini-web in a daemon thread; returns (server, port). Stop with server.shutdown().

    `server.requests` lists every (method, url, status) served, in order.
    """
    bound = type("BoundMiniWebHandler", (handler,), {"sites_dir": Path(sites_dir).resolve(), "quiet": quiet})
    server = ThreadingHTTPServer((host, port), bound)
    server.daemon_threads = True
    server.requests = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="miniweb",
                     daemon=True).start()
    return server, server.server_address[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m crawl.miniweb", description="Serve sample sites as a local proxy.")
    ap.add_argument("sites_dir", type=Path)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not args.sites_dir.is_dir():
        ap.error(f"{args.sites_dir} is not a directory")
    server, port = serve(args.sites_dir, args.host, args.port, quiet=not args.verbose)
    print(f"mini-web serving {args.sites_dir} as proxy http://{args.host}:{port} (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

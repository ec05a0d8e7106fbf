"""Crawl benchmark: pages/s and peak memory on a generated local site, politeness off.

    python bench/bench_crawl.py [--pages 5000]      (the CLI exposes it as `dialogkartan bench crawl`)

Not a timed test: numbers depend on the machine. The site is generated in a temporary
directory (a sitemap plus pages linked in a tree), served by crawl.miniweb on 127.0.0.1, and
crawled by the real spider in a child process with the `fast` profile, archive on.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from crawl.miniweb import serve
from crawl.registry import source_from_dict
from crawl.run import crawl

HOST = "www.benchby.se"
SUBJECTS = ["Socialnämnden", "Kommunen", "Äldreomsorgen", "Förvaltningen", "Brukarrådet", "Fritidsgården",
            "Biblioteket", "Hemtjänsten", "Skolan", "Pensionärsrådet"]
VERBS = ["bjuder in till", "planerar", "utvärderar", "samlar förslag om", "berättar om", "förbättrar"]
OBJECTS = ["dialogmöten", "nya träffpunkter", "öppettider", "digitala tjänster", "trygghetsvandringar",
           "måltider på äldreboenden", "resor till daglig verksamhet", "lekplatser", "kulturaktiviteter",
           "information till anhöriga", "samarbetet med föreningar", "en workshop om framtiden"]
PLACES = ["i centrum", "i Norrby", "på Sjögatan", "vid hamnen", "i Västerby", "på biblioteket", "i skolans aula"]


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} "
            f"under vecka {rng.randint(1, 52)} år {rng.randint(2019, 2025)}.")


def generate_site(root: Path, n_pages: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    site = root / HOST
    (site / "sidor").mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    locs = []
    for i in range(n_pages):
        children = [c for c in (2 * i + 1, 2 * i + 2) if c < n_pages]
        links = "".join(f'<li><a href="/sidor/{c}.html">Sida {c}</a></li>' for c in children)
        paras = "".join(f"<p>{' '.join(_sentence(rng) for _ in range(4))}</p>" for _ in range(5))
        heading = f"{rng.choice(SUBJECTS)} och {rng.choice(OBJECTS)}"
        html = (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Sida {i} | Benchby kommun</title>'
                f'</head><body><header><nav><a href="/">Start</a></nav></header><main><h1>Sida {i}: {heading}</h1>'
                f"<p>Publicerad 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}</p>{paras}"
                f"<h2>Läs vidare</h2><ul>{links}</ul></main><footer>Benchby kommun</footer></body></html>")
        (site / "sidor" / f"{i}.html").write_text(html, encoding="utf-8")
        locs.append(f"<url><loc>http://{HOST}/sidor/{i}.html</loc></url>")
    (site / "index.html").write_text('<html lang="sv"><body><main><h1>Benchby</h1>'
                                     '<a href="/sidor/0.html">Första sidan</a></main></body></html>', encoding="utf-8")
    (site / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                      'schemas/sitemap/0.9">' + "".join(locs) + "</urlset>", encoding="utf-8")


def run(n_pages: int = 5000, *, keep: Path | None = None) -> dict:
    """Generate, serve and crawl an n-page site; return throughput and memory numbers."""
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        base = Path(keep or tmp)
        t0 = time.perf_counter()
        generate_site(base / "sites", n_pages)
        gen_s = time.perf_counter() - t0
        server, port = serve(base / "sites")
        source = source_from_dict({"id": "benchby", "name": "Benchby kommun", "kind": "kommun",
                                   "municipality_code": "2497", "county_code": "24", "domains": [HOST],
                                   "start_urls": [f"http://{HOST}/"], "sitemaps": [f"http://{HOST}/sitemap.xml"]})
        settings = {"PROFILE": "fast", "LOG_LEVEL": "WARNING", "MAX_PAGES_PER_SOURCE": n_pages * 2,
                    "CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 32}
        try:
            t1 = time.perf_counter()
            report = crawl([source], base / "job", proxy=f"http://127.0.0.1:{port}", settings=settings)
            crawl_s = time.perf_counter() - t1
        finally:
            server.shutdown()
            server.server_close()
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        counts = report.sources["benchby"]
        docs = counts.new + counts.changed + counts.unchanged + counts.irrelevant
        return {"n_pages": n_pages, "documents": docs, "items": counts.items, "failed": counts.failed,
                "fetched": counts.fetched, "seconds": round(crawl_s, 2),
                "pages_per_s": round(counts.fetched / crawl_s, 1) if crawl_s else None,
                "peak_rss_mb": round(peak_kb / 1024, 1), "generate_s": round(gen_s, 2),
                "requests_served": len(server.requests)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=5000)
    args = ap.parse_args(argv)
    print(json.dumps(run(args.pages), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The source registry: one YAML entry per municipality, region or organisation.

The format is fixed in docs/architecture.md. Loading validates every field and names the file
and entry of the first bad one, so a typo in a registry file fails before any request is sent.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

KINDS = ("kommun", "region", "organisation")
CMS_KINDS = ("sitevision", "mynewsdesk", "wordpress", "episerver", "other")
_ID_RE = re.compile(r"^[a-z0-9_-]+$")
_CODE_RE = re.compile(r"^\d{4}$")
_COUNTY_RE = re.compile(r"^\d{2}$")
_DOMAIN_RE = re.compile(r"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?$")
_URL_LISTS = ("start_urls", "sitemaps", "feeds", "listings")


class RegistryError(ValueError):
    """A registry file or entry is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    kind: str = "kommun"
    municipality_code: str | None = None
    county_code: str | None = None
    domains: tuple[str, ...] = ()
    cms: str = "other"
    start_urls: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    verified: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("domains", "start_urls", "sitemaps", "feeds", "listings", "include", "exclude"):
            d[key] = list(d[key])
        if not d["extra"]:
            d.pop("extra")
        return d

    def allows_host(self, host: str) -> bool:
        """True when `host` is one of the source's domains (exactly; no sub-domain wildcard)."""
        return host.lower() in self.domains

    def allows_url(self, url: str) -> bool:
        """Domain check plus the include/exclude regexes (include empty = everything)."""
        host = (urlsplit(url).hostname or "").lower()
        port = urlsplit(url).port
        if not (self.allows_host(host) or (port and self.allows_host(f"{host}:{port}"))):
            return False
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        return not any(re.search(p, url) for p in self.exclude)


_KNOWN = {f for f in Source.__dataclass_fields__ if f != "extra"}


def _str_list(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def source_from_dict(entry: dict[str, Any], where: str = "<dict>") -> Source:
    """Validate one registry entry and build a Source."""
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: entry must be a mapping, got {type(entry).__name__}")
    sid = entry.get("id")
    if not isinstance(sid, str) or not _ID_RE.match(sid):
        raise RegistryError(f"{where}: 'id' must match [a-z0-9_-]+, got {sid!r}")
    where = f"{where} (id={sid})"
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RegistryError(f"{where}: 'name' is required")
    kind = entry.get("kind", "kommun")
    if kind not in KINDS:
        raise RegistryError(f"{where}: 'kind' must be one of {KINDS}, got {kind!r}")
    cms = entry.get("cms") or "other"
    if cms not in CMS_KINDS:
        raise RegistryError(f"{where}: 'cms' must be one of {CMS_KINDS}, got {cms!r}")
    code = entry.get("municipality_code")
    if code is not None:
        code = str(code).zfill(4) if isinstance(code, int) else code
        if not isinstance(code, str) or not _CODE_RE.match(code):
            raise RegistryError(f"{where}: 'municipality_code' must be a 4-digit string, got {code!r}")
    elif kind == "kommun":
        raise RegistryError(f"{where}: a kommun needs 'municipality_code'")
    county = entry.get("county_code")
    if county is not None:
        county = str(county).zfill(2) if isinstance(county, int) else county
        if not isinstance(county, str) or not _COUNTY_RE.match(county):
            raise RegistryError(f"{where}: 'county_code' must be a 2-digit string, got {county!r}")
    if code and county and not code.startswith(county):
        raise RegistryError(f"{where}: municipality_code {code} is not in county {county}")
    domains = tuple(d.lower() for d in _str_list(entry, "domains", where))
    if not domains:
        raise RegistryError(f"{where}: 'domains' must list at least one host")
    for d in domains:
        if not _DOMAIN_RE.match(d):
            raise RegistryError(f"{where}: bad domain {d!r} (host name only, no scheme or path)")
    urls = {key: _str_list(entry, key, where) for key in _URL_LISTS}
    for key, values in urls.items():
        for url in values:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise RegistryError(f"{where}: {key} entry {url!r} is not an http(s) URL")
            host = parts.hostname.lower() + (f":{parts.port}" if parts.port else "")
            if parts.hostname.lower() not in domains and host not in domains:
                raise RegistryError(f"{where}: {key} entry {url!r} is outside the source's domains")
    if not any(urls.values()):
        raise RegistryError(f"{where}: needs at least one of start_urls, sitemaps, feeds, listings")
    patterns = {key: _str_list(entry, key, where) for key in ("include", "exclude")}
    for key, values in patterns.items():
        for p in values:
            try:
                re.compile(p)
            except re.error as exc:
                raise RegistryError(f"{where}: {key} pattern {p!r} is not a regex: {exc}") from exc
    verified = entry.get("verified", False)
    if not isinstance(verified, bool):
        raise RegistryError(f"{where}: 'verified' must be true or false")
    extra = {k: v for k, v in entry.items() if k not in _KNOWN}
    return Source(
        id=sid, name=name.strip(), kind=kind, municipality_code=code, county_code=county,
        domains=domains, cms=cms, verified=verified, extra=extra,
        **urls, **patterns,
    )


def _load_file(path: Path) -> list[Source]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {exc}") from exc
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise RegistryError(f"{path}: expected a top-level 'sources:' list")
    return [source_from_dict(e, f"{path} entry {i}") for i, e in enumerate(data["sources"])]


def load_sources(path_or_dir: str | Path) -> list[Source]:
    """Load one registry file, or every *.yaml/*.yml in a directory (sorted by name).

    A later file may not redefine an id from an earlier one, except that a verified entry
    replaces a generated (verified: false) one with the same id — that is how
    `verified.yaml` overrides `generated.yaml`.
    """
    path = Path(path_or_dir)
    if not path.exists():
        raise RegistryError(f"{path}: no such registry file or directory")
    files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")) if path.is_dir() else [path]
    merged: dict[str, Source] = {}
    for f in files:
        for src in _load_file(f):
            old = merged.get(src.id)
            if old is not None and old.verified == src.verified:
                raise RegistryError(f"{f}: duplicate source id {src.id!r}")
            if old is None or src.verified:
                merged[src.id] = src
    return list(merged.values())


def dump_sources(sources: list[Source]) -> str:
    """YAML text for a list of sources (used by the generator and to pass sources to a child)."""
    return yaml.safe_dump({"sources": [s.to_dict() for s in sources]}, allow_unicode=True, sort_keys=False)


def _reference_codes() -> dict[str, str]:
    """SCB municipality code → name from the project's or the shared reference table."""
    import csv

    from crawl import ROOT

    for path, code_col, name_col in ((ROOT / "data" / "reference" / "municipalities.csv", "code", "name"),
                                     (ROOT.parent / "shared" / "reference" / "geodata" / "municipality_county.csv",
                                      "municipality_code", "municipality_name")):
        if path.exists():
            with open(path, encoding="utf-8", newline="") as fh:
                return {row[code_col].zfill(4): row[name_col] for row in csv.DictReader(fh)}
    return {}


def check_sources(sources: list[Source]) -> list[str]:
    """Problems across entries (each entry is already valid on its own): duplicate ids, a domain
    claimed by two sources, municipality codes unknown to the reference table."""
    problems: list[str] = []
    seen_ids: dict[str, int] = {}
    owner: dict[str, str] = {}
    codes = _reference_codes()
    for s in sources:
        seen_ids[s.id] = seen_ids.get(s.id, 0) + 1
        for d in s.domains:
            if d in owner and owner[d] != s.id:
                problems.append(f"{s.id}: domain {d} is also claimed by {owner[d]}")
            owner.setdefault(d, s.id)
        if s.municipality_code and codes and s.municipality_code not in codes:
            problems.append(f"{s.id}: municipality_code {s.municipality_code} is not in the reference table")
    problems += [f"{sid}: id used {n} times" for sid, n in seen_ids.items() if n > 1]
    return problems


def add_source(path: str | Path, entry: dict[str, Any]) -> Source:
    """Validate `entry` and append it to the registry file `path` (created when missing)."""
    path = Path(path)
    source = source_from_dict({k: v for k, v in entry.items() if v is not None}, f"{path} (new entry)")
    existing = _load_file(path) if path.exists() else []
    if any(s.id == source.id for s in existing):
        raise RegistryError(f"{path}: source id {source.id!r} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "" if path.exists() else "# Sources added with `dialogkartan sources add`.\n"
    path.write_text(header + dump_sources(existing + [source]), encoding="utf-8")
    return source

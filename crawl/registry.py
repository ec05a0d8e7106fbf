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


def _read_registry_text(path: Path) -> str:
    """The file's text; a registry must be UTF-8 (with or without a BOM), since edits write UTF-8."""
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise RegistryError(f"{path}: is a directory, not a registry file") from exc
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc


def yaml_problem(exc: Exception) -> str:
    """The YAML parser's complaint on one line ("could not find expected ':' at line 3, column 1")."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{problem} at line {mark.line + 1}, column {mark.column + 1}" if mark else problem


def _parse(text: str, path: Path) -> list[Source]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {yaml_problem(exc)}") from exc
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise RegistryError(f"{path}: expected a top-level 'sources:' list")
    return [source_from_dict(e, f"{path} entry {i}") for i, e in enumerate(data["sources"])]


def _load_file(path: Path) -> list[Source]:
    return _parse(_read_registry_text(path), path)


def _registry_files(path: Path) -> list[Path]:
    return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")) if path.is_dir() else [path]


def _merge(loaded: list[tuple[Path, list[Source]]]) -> list[Source]:
    merged: dict[str, Source] = {}
    for f, sources in loaded:
        for src in sources:
            old = merged.get(src.id)
            if old is not None and old.verified == src.verified:
                raise RegistryError(f"{f}: duplicate source id {src.id!r}")
            if old is None or src.verified:
                merged[src.id] = src
    return list(merged.values())


def load_sources(path_or_dir: str | Path) -> list[Source]:
    """Load one registry file, or every *.yaml/*.yml in a directory (sorted by name).

    A later file may not redefine an id from an earlier one, except that a verified entry
    replaces a generated (verified: false) one with the same id — that is how
    `verified.yaml` overrides `generated.yaml`.
    """
    path = Path(path_or_dir)
    if not path.exists():
        raise RegistryError(f"{path}: no such registry file or directory")
    return _merge([(f, _load_file(f)) for f in _registry_files(path)])


def dump_sources(sources: list[Source]) -> str:
    """YAML text for a list of sources (used by the generator and to pass sources to a child)."""
    return yaml.safe_dump({"sources": [s.to_dict() for s in sources]}, allow_unicode=True, sort_keys=False)


def _reference_codes() -> dict[str, str]:
    """SCB municipality code → name from the project's or the shared reference table."""
    import csv

    from dialogkartan import paths

    for path, code_col, name_col in ((paths.REFERENCE_DIR / "municipalities.csv", "code", "name"),
                                     (paths.SHARED_DIR / "reference" / "geodata" / "municipality_county.csv",
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


# --- editing: comment-preserving (ruamel.yaml round trip) and atomic -----------------------------

_HEADER = "# Sources added with `dialogkartan sources add`.\n"
_CODES = ("municipality_code", "county_code")


def _round_trip(sequence: int = 4, offset: int = 2) -> Any:
    from ruamel.yaml import YAML

    rt = YAML()  # round-trip: comments, key order, quoting and flow lists survive
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=sequence, offset=offset)
    return rt


def _load_rt(path: Path) -> tuple[Any, Any]:
    """The file as ruamel's round-trip tree, and a dumper that indents lists as the file does."""
    from ruamel.yaml import CommentedSeq
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.util import load_yaml_guess_indent

    text = _read_registry_text(path) if path.exists() else _HEADER
    if text.startswith("# GENERATED"):
        raise RegistryError(f"{path} is generated, not edited by hand; override an entry with "
                            "`dialogkartan sources add ID --verified ...` instead")
    if not _parse(text, path) and "sources" not in (yaml.safe_load(text) or {}):
        text = text.rstrip("\n") + "\nsources:\n"  # only comments: give them a list to follow
    try:
        data, indent, offset = load_yaml_guess_indent(text)
        rt = _round_trip(sequence=indent or 4, offset=offset if indent else 2)
        data = rt.load(text)
    except YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {yaml_problem(exc)}") from exc
    if data["sources"] is None:
        data["sources"] = CommentedSeq()
    return data, rt


def _yaml_value(key: str, value: Any) -> Any:
    """New values in the files' own style: codes quoted (so 0180 stays a string), lists in flow."""
    from ruamel.yaml import CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if key in _CODES and value is not None:
        return DoubleQuotedScalarString(str(value))
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    return value


def _write(path: Path, data: Any, rt: Any, others: list[tuple[Path, list[Source]]]) -> list[Source]:
    """Validate the edited file (alone and beside the other registry files), then replace it
    atomically: a full disk or a kill leaves the old file whole."""
    import io

    from dialogkartan.textio import atomic_open  # late: the crawler itself never writes the registry

    buf = io.StringIO()
    rt.dump(data, buf)
    text = buf.getvalue()
    sources = _parse(text, path)
    _merge([*others, (path, sources)])
    with atomic_open(path) as f:
        f.write(text)
    return sources


def _others(path: Path) -> list[tuple[Path, list[Source]]]:
    """The other registry files in `path`'s directory, so an edit cannot break the directory."""
    if not path.parent.is_dir():
        return []
    return [(f, _load_file(f)) for f in _registry_files(path.parent) if f.resolve() != path.resolve()]


def _detach_trailing(entry: Any) -> str:
    """Cut the comment lines after `entry`'s last value and return them.

    ruamel files a comment that stands above the next entry (or at the end of the file) under the
    last key of the entry before it; an edit that appends a key or an entry, or removes this
    entry, must carry those lines along or they end up above the wrong entry. An end-of-line
    comment on the last value stays where it is.
    """
    if not entry:
        return ""
    slot = entry.ca.items.get(list(entry.keys())[-1])
    if not slot or len(slot) < 3 or slot[2] is None:
        return ""
    eol, _, rest = slot[2].value.partition("\n")
    if eol.strip():
        slot[2].value = eol + "\n"
    else:
        slot[2] = None
    return rest


def _comment(value: str, column: int) -> Any:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    return CommentToken(value, CommentMark(column), None)


def _indent(lines: str) -> int:
    first = next((line for line in lines.splitlines() if line.strip()), "")
    return len(first) - len(first.lstrip())


def _attach_trailing(entry: Any, lines: str) -> None:

    if not lines or not entry:
        return
    slot = entry.ca.items.setdefault(list(entry.keys())[-1], [None, None, None, None])
    while len(slot) < 4:
        slot.append(None)
    if slot[2] is None:
        slot[2] = _comment("\n" + lines, _indent(lines))
    else:
        slot[2].value = slot[2].value.rstrip("\n") + "\n" + lines


def _set_comment_above_first(data: Any, lines: str) -> None:
    """`lines` as the comment between `sources:` and the first entry (where ruamel keeps it)."""
    tokens: list[Any] = []
    for line in lines.splitlines(keepends=True):
        if line.strip():
            tokens.append(_comment(line.lstrip(), len(line) - len(line.lstrip())))
        elif tokens:
            tokens[-1].value += "\n"
    slot = data.ca.items.setdefault("sources", [None, None, None, None])
    slot[3] = tokens or None


def _clean(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if v is not None}


def add_source(path: str | Path, entry: dict[str, Any]) -> Source:
    """Validate `entry` and append it to the registry file `path` (created when missing).

    Comments and formatting of the file are kept. An id already in `path` or, unless one is a
    verified override of a generated entry, in a sibling registry file is refused.
    """
    path = Path(path)
    source = source_from_dict(_clean(entry), f"{path} (new entry)")
    data, rt = _load_rt(path)
    if any(str(e.get("id")) == source.id for e in data["sources"]):
        raise RegistryError(f"{path}: source id {source.id!r} already exists; use `sources edit`")
    others = _others(path)
    for other, sources in others:
        if any(s.id == source.id and s.verified == source.verified for s in sources):
            hint = "add it with --verified to override it" if not source.verified else "use `sources edit`"
            raise RegistryError(f"source id {source.id!r} already exists in {other}; {hint}")
    from ruamel.yaml import CommentedMap

    new = CommentedMap((k, _yaml_value(k, v)) for k, v in _clean(entry).items())
    seq = data["sources"]
    tail = _detach_trailing(seq[-1]) if seq else ""  # e.g. a comment closing the file
    seq.append(new)
    _attach_trailing(new, tail)
    _write(path, data, rt, others)
    return source


def find_source_files(path_or_dir: str | Path, sid: str) -> list[Path]:
    """The registry files that define `sid` (a verified override and its generated entry: two)."""
    path = Path(path_or_dir)
    if not path.exists():
        raise RegistryError(f"{path}: no such registry file or directory")
    return [f for f in _registry_files(path) if any(s.id == sid for s in _load_file(f))]


def _pick_file(path_or_dir: str | Path, sid: str, prefer_verified: bool) -> Path:
    files = find_source_files(path_or_dir, sid)
    if not files:
        raise RegistryError(f"{path_or_dir}: no source with id {sid!r}")
    if len(files) > 1 and prefer_verified:
        # Edit the entry that wins: the verified override.
        files = [f for f in files if any(s.id == sid and s.verified for s in _load_file(f))] or files
    if len(files) > 1:
        names = ", ".join(f.name for f in files)
        raise RegistryError(f"{sid!r} is defined in {names}; name one file with --registry")
    return files[0]


def edit_source(path_or_dir: str | Path, sid: str, changes: dict[str, Any]) -> Source:
    """Change fields of source `sid` in place (None = leave as is); comments stay where they were."""
    path = _pick_file(path_or_dir, sid, prefer_verified=True)
    data, rt = _load_rt(path)
    entry = next(e for e in data["sources"] if str(e.get("id")) == sid)
    tail = _detach_trailing(entry)  # the comment above the next entry stays above it
    for key, value in _clean(changes).items():
        if key == "id":
            raise RegistryError("the id of a source cannot be edited; remove it and add it anew")
        entry[key] = _yaml_value(key, value)
    _attach_trailing(entry, tail)
    sources = _write(path, data, rt, _others(path))
    return next(s for s in sources if s.id == sid)


def remove_source(path_or_dir: str | Path, sid: str) -> Path:
    """Remove source `sid` from the one file that defines it; returns that file."""
    path = _pick_file(path_or_dir, sid, prefer_verified=False)
    data, rt = _load_rt(path)
    seq = data["sources"]
    index = next(i for i, e in enumerate(seq) if str(e.get("id")) == sid)
    # The comment above the removed entry goes with it; the one above the next entry (or closing
    # the file) moves to where the removed entry's own comment was.
    tail = _detach_trailing(seq[index])
    if index > 0:
        _detach_trailing(seq[index - 1])
        _attach_trailing(seq[index - 1], tail)
    elif len(seq) > 1:
        _set_comment_above_first(data, tail)
    else:
        _set_comment_above_first(data, "")  # an empty list: `sources: []` and the header only
    del seq[index]
    _write(path, data, rt, _others(path))
    return path

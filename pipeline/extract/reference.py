"""Municipalities and counties: the reference table, publisher domains and name matching in text."""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

import yaml

from dialogkartan import paths

REFERENCE_DIR = paths.REFERENCE_DIR
EXTRACTION_CONFIG = paths.CONFIG_DIR / "extraction.yaml"

# Short names that are also ordinary words or first names: only "X kommun", "X stad" or "i X"
# (capitalised, not first in a sentence) count for them.
_AMBIGUOUS = {"Vara", "Mark", "Ale", "Eda", "Kil", "Boden", "Sala", "Nora", "Mora", "Habo", "Ydre",
              "Heby", "Åre", "Hjo", "Berg", "Orsa", "Flen", "Lund", "Bjuv", "Osby", "Tranås", "Laxå",
              "Älvdalen", "Sorsele", "Storuman", "Borgholm", "Ljusdal", "Emmaboda", "Knivsta", "Salem",
              "Gnesta", "Torsby", "Arvika", "Karlstad", "Eslöv", "Vallentuna", "Malung-Sälen", "Gotland"}


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    short_name: str
    county_code: str
    county_name: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def municipalities() -> dict[str, Municipality]:
    with open(REFERENCE_DIR / "municipalities.csv", encoding="utf-8") as f:
        return {
            r["code"]: Municipality(r["code"], r["name"], r["short_name"], r["county_code"], r["county_name"],
                                    float(r["lat"]), float(r["lon"]))
            for r in csv.DictReader(f)
        }


@lru_cache(maxsize=1)
def counties() -> dict[str, str]:
    with open(REFERENCE_DIR / "counties.csv", encoding="utf-8") as f:
        return {r["code"]: r["name"] for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def extraction_config() -> dict:
    return yaml.safe_load(EXTRACTION_CONFIG.read_text(encoding="utf-8")) or {}


def slug(name: str) -> str:
    """Domain slug of a municipality name: "Upplands Väsby" → "upplandsvasby"."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9-]", "", s.replace(" ", ""))


@lru_cache(maxsize=1)
def _domain_index() -> dict[str, dict]:
    index: dict[str, dict] = {}
    for m in municipalities().values():
        for s in {slug(m.short_name), slug(m.short_name).replace("-", "")}:
            index[s] = {"municipality": m.code}
    return index


def _host(url: str) -> str:
    """A URL's host name, lower-cased ("www.umea.se" of "https://www.umea.se/x" or "www.umea.se/x")."""
    return (urlparse(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")


@dataclass(frozen=True)
class Publisher:
    municipality_code: str | None
    county_code: str | None
    kind: str  # kommun | region | national | unknown


def publisher_from_url(url: str | None) -> Publisher:
    """Publisher of a page from its host: overrides in config/extraction.yaml, else "<slug>.se"
    with any subdomain (www., kommun., a newsroom "<slug>.mynewsdesk.com")."""
    if not url:
        return Publisher(None, None, "unknown")
    host = _host(url)
    overrides = {k.lower(): v for k, v in (extraction_config().get("domains") or {}).items()}
    labels = host.split(".")
    for i in range(len(labels) - 1):
        cand = ".".join(labels[i:])
        if cand in overrides:
            return _publisher(overrides[cand])
    index = _domain_index()
    if host.endswith(".mynewsdesk.com") and labels[0] in index:
        return _publisher(index[labels[0]])
    if len(labels) >= 2 and labels[-1] == "se" and labels[-2] in index:
        return _publisher(index[labels[-2]])
    return Publisher(None, None, "unknown")


def _publisher(entry: dict) -> Publisher:
    code = entry.get("municipality")
    county = entry.get("county") or (municipalities()[code].county_code if code else None)
    return Publisher(code, county, entry.get("kind") or ("kommun" if code else "region"))


@dataclass(frozen=True)
class MunicipalityMention:
    code: str
    start: int
    end: int
    text: str
    strength: float  # "Umeå kommun", "Alliansen i Umeå" weigh more than a bare name


_HOLDER_BEFORE = re.compile(
    r"(?:alliansen|allians för|invånarna|invånare|kommunfullmäktige|socialtjänsten|socialnämnden|"
    r"kommunen|medborgarna|politikerna|socialförvaltningen)\s+(?:i\s+)?$", re.I)


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    names = sorted({m.short_name for m in municipalities().values()}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    # name, optional genitive -s, optional "kommun(s)"/"stad(s)", or a demonym "…bor/…borna"
    return re.compile(
        rf"(?<![\wÅÄÖåäö-])(?P<name>{alt})(?P<suffix>s?\s+(?:kommuns?|stads?)\b|s\b|bor(?:na)?\b|\b)")


@lru_cache(maxsize=1)
def _by_short_name() -> dict[str, str]:
    return {m.short_name: m.code for m in municipalities().values()}


def find_municipalities(text: str) -> list[MunicipalityMention]:
    """Municipality names in text with variants (genitive, "X kommun", "X stad", "Xbor")."""
    out = []
    by_name = _by_short_name()
    for m in _name_pattern().finditer(text):
        name, suffix = m.group("name"), m.group("suffix")
        start = m.start()
        has_org = bool(re.search(r"kommun|stad", suffix))
        prev = text[max(0, start - 40):start]
        sentence_initial = not prev.strip() or prev.rstrip()[-1:] in ".!?\n:–"
        if name in _AMBIGUOUS and not has_org:
            if sentence_initial or not re.search(r"\bi\s+$", prev):
                continue
        if suffix.startswith(" ") is False and suffix == "" and text[m.end():m.end() + 1] == "-":
            continue  # "Umeå-modellen" style compounds still name the place, but rarely the holder
        if name == "Region" or prev.rstrip().endswith("Region"):
            continue
        if re.match(r"s?\s+län\b", text[m.start("suffix"):m.start("suffix") + 8]):
            continue  # "Stockholms län" is the county
        strength = 2.0 if has_org else 1.0
        if _HOLDER_BEFORE.search(prev):
            strength += 1.0
        if suffix.startswith("bor"):
            strength = 0.5
        out.append(MunicipalityMention(by_name[name], start, m.end(), m.group(), strength))
    # "Region Gotland" is a municipality too.
    for m in re.finditer(r"Region Gotland", text):
        out.append(MunicipalityMention("0980", m.start(), m.end(), m.group(), 2.0))
    # A city district names its city ("stadsdelsnämnden Hägersten-Liljeholmen"), as a bare name does.
    districts = _districts()
    if districts:
        for m in _district_pattern().finditer(text):
            out.append(MunicipalityMention(districts[m.group("name")], m.start(), m.end(), m.group(), 1.0))
    return sorted(out, key=lambda x: x.start)


@lru_cache(maxsize=1)
def _districts() -> dict[str, str]:
    """District name → municipality code (config/reference/districts.csv)."""
    path = REFERENCE_DIR / "districts.csv"
    if not path.exists():
        return {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return {r["name"]: r["municipality_code"] for r in csv.DictReader(lines)}


@lru_cache(maxsize=1)
def _district_pattern() -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in sorted(_districts(), key=len, reverse=True))
    return re.compile(rf"(?<![\wÅÄÖåäö-])(?P<name>{alt})(?![\wÅÄÖåäö-])")


def municipality_in_host(url: str | None) -> str | None:
    """The municipality a local site names in its host ("lysekilsposten.se", "dagensvimmerby.se",
    "kungalvsbostader.se"): the longest municipality slug of at least five letters inside the
    host's main label, not followed by "lan"/"slan" (a county body)."""
    if not url:
        return None
    labels = _host(url).split(".")
    if len(labels) < 2:
        return None
    label = labels[-2].replace("-", "")
    best: tuple[int, str] | None = None
    # the publisher index's slugs (each also without its hyphens, the form compared here)
    for sl, entry in _domain_index().items():
        pos = label.find(sl)
        if "-" in sl or len(sl) < 5 or pos == -1 or label[pos + len(sl):].startswith(("lan", "slan")):
            continue
        if best is None or len(sl) > best[0]:
            best = (len(sl), entry["municipality"])
    return best[1] if best else None

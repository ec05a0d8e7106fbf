from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crawl import CONFIG_DIR
from crawl.registry import RegistryError, Source, load_sources, source_from_dict
from crawl.tools.generate_sources import generated_sources, read_municipalities, slugify
from crawl_helpers import SOURCES

GOOD = {"id": "sjovik", "name": "Sjöviks kommun", "kind": "kommun", "municipality_code": "2499",
        "county_code": "24", "domains": ["www.sjovik.se"], "start_urls": ["https://www.sjovik.se/"]}


def test_loads_test_registry():
    assert [s.id for s in load_sources(SOURCES)] == ["sjovik", "sjovik-mynewsdesk"]


def test_source_fields_are_typed():
    s = load_sources(SOURCES)[0]
    assert isinstance(s, Source) and s.domains == ("www.sjovik.se",) and s.cms == "sitevision"


@pytest.mark.parametrize("change,message", [
    ({"id": "Sjö vik"}, "'id'"),
    ({"name": ""}, "'name'"),
    ({"kind": "stad"}, "'kind'"),
    ({"cms": "joomla"}, "'cms'"),
    ({"municipality_code": "24"}, "municipality_code"),
    ({"municipality_code": "0180"}, "not in county"),
    ({"domains": []}, "'domains'"),
    ({"domains": ["https://www.sjovik.se/"]}, "bad domain"),
    ({"start_urls": ["https://www.annan.se/"]}, "outside the source's domains"),
    ({"start_urls": ["ftp://www.sjovik.se/"]}, r"not an http\(s\) URL"),
    ({"start_urls": []}, "at least one of"),
    ({"include": ["("]}, "not a regex"),
    ({"verified": "ja"}, "'verified'"),
])
def test_bad_entries_fail_clearly(change, message):
    with pytest.raises(RegistryError, match=message):
        source_from_dict({**GOOD, **change}, "test.yaml entry 0")


def test_error_names_file_and_entry(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("sources:\n  - id: ok\n    name: X\n    kind: region\n    domains: [x.se]\n"
                    "    start_urls: [https://y.se/]\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad\.yaml entry 0 \(id=ok\)"):
        load_sources(path)


def test_missing_sources_key(tmp_path: Path):
    path = tmp_path / "x.yaml"
    path.write_text("- id: a\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="top-level 'sources:'"):
        load_sources(path)


def test_allows_url_respects_include_exclude():
    s = source_from_dict({**GOOD, "include": ["/nyheter/"], "exclude": [r"\.printable$"]})
    assert s.allows_url("https://www.sjovik.se/nyheter/a")
    assert not s.allows_url("https://www.sjovik.se/nyheter/a.printable")
    assert not s.allows_url("https://www.sjovik.se/om/")
    assert not s.allows_url("https://sjovik.se/nyheter/a")


def test_shipped_registry_has_every_municipality():
    sources = load_sources(CONFIG_DIR / "sources")
    codes = {s.municipality_code for s in sources if s.kind == "kommun"}
    assert len(codes) == 290


def test_verified_entry_overrides_generated():
    by_id = {s.id: s for s in load_sources(CONFIG_DIR / "sources")}
    assert by_id["nordmaling"].verified and by_id["nordmaling"].cms == "sitevision"


def test_verified_codes_match_reference_names():
    ref = Path(CONFIG_DIR).parent / "data" / "reference" / "municipalities.csv"
    rows = read_municipalities(ref if ref.exists() else None)
    names = {r["code"]: r["short"] for r in rows}
    for s in load_sources(CONFIG_DIR / "sources" / "verified.yaml"):
        if s.kind == "kommun":
            assert slugify(names[s.municipality_code]) == s.id, s.id


def test_generated_file_is_up_to_date():
    shipped = load_sources(CONFIG_DIR / "sources" / "generated.yaml")
    assert [s.to_dict() for s in shipped] == [s.to_dict() for s in generated_sources(read_municipalities())]


@pytest.mark.parametrize("name,slug", [("Upplands Väsby", "upplandsvasby"), ("Malung-Sälen", "malung-salen"),
                                       ("Östra Göinge", "ostragoinge"), ("Håbo", "habo"), ("Umeå", "umea")])
def test_slug_rules(name, slug):
    assert slugify(name) == slug


def test_domain_exceptions_and_collisions():
    rows = [{"code": "0305", "name": "Håbo kommun", "short": "Håbo", "county": "03"},
            {"code": "0643", "name": "Habo kommun", "short": "Habo", "county": "06"},
            {"code": "1292", "name": "Ängelholms kommun", "short": "Ängelholm", "county": "12"}]
    out = generated_sources(rows)
    assert [s.id for s in out] == ["habo-0305", "habo-0643", "angelholm"]
    assert out[1].domains[0] == "www.habokommun.se" and out[2].domains[0] == "www.engelholm.se"


def test_generator_reads_shared_csv_columns(tmp_path: Path):
    path = tmp_path / "m.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["municipality_code", "municipality_name", "municipality_name_short", "county_code"])
        w.writerow(["2401", "Nordmalings kommun", "Nordmaling", "24"])
    s = generated_sources(read_municipalities(path))[0]
    assert (s.id, s.start_urls, s.verified) == ("nordmaling", ("https://www.nordmaling.se/",), False)


def test_check_sources_on_shipped_registry_is_clean():
    from crawl.registry import check_sources
    assert check_sources(load_sources(CONFIG_DIR / "sources")) == []


def test_check_sources_finds_shared_domain_and_unknown_code():
    from crawl.registry import check_sources
    a = source_from_dict(GOOD)
    b = source_from_dict({**GOOD, "id": "sjovik2", "municipality_code": "2499"})
    problems = check_sources([a, b])
    assert any("also claimed by sjovik" in p for p in problems)
    assert any("not in the reference table" in p for p in problems)


def test_add_source_appends_and_refuses_duplicates(tmp_path: Path):
    from crawl.registry import add_source
    path = tmp_path / "local.yaml"
    add_source(path, {**GOOD, "sitemaps": [], "feeds": None})
    assert [s.id for s in load_sources(path)] == ["sjovik"]
    with pytest.raises(RegistryError, match="already exists"):
        add_source(path, GOOD)

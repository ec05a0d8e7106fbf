"""`sources add/edit/remove`: comments and the other entries survive; a failed write changes nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crawl.registry import RegistryError, add_source, edit_source, load_sources, remove_source
from dialogkartan import cli

REGISTRY = """\
# Källor som vi har kontrollerat för hand.
# Rör inte ordningen: den följer länen.
sources:
  # Umeå: sitemap kontrollerad i oktober
  - id: umea
    name: Umeå kommun  # officiellt namn
    kind: kommun
    municipality_code: "2480"
    county_code: "24"
    domains: [www.umea.se]
    start_urls: [https://www.umea.se/]
    verified: true
  # Piteå: nyhetsflödet byter adress ibland
  - id: pitea
    name: Piteå kommun
    kind: kommun
    municipality_code: "2581"
    county_code: "25"
    domains: [www.pitea.se]
    feeds: [https://www.pitea.se/rss]
    verified: true
  # Luleå: sist i listan
  - id: lulea
    name: Luleå kommun
    kind: kommun
    municipality_code: "2580"
    county_code: "25"
    domains: [www.lulea.se]
    start_urls: [https://www.lulea.se/]
    verified: true
# Slut på filen.
"""
COMMENTS = ["# Källor som vi har kontrollerat för hand.", "# Rör inte ordningen: den följer länen.",
            "# Umeå: sitemap kontrollerad i oktober", "# officiellt namn", "# Piteå: nyhetsflödet byter adress ibland",
            "# Luleå: sist i listan", "# Slut på filen."]
NEW = {"id": "kalix", "name": "Kalix kommun", "kind": "kommun", "municipality_code": "2514", "county_code": "25",
       "domains": ["www.kalix.se"], "start_urls": ["https://www.kalix.se/"], "verified": True}


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    path = tmp_path / "sources" / "verified.yaml"
    path.parent.mkdir()
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def test_add_keeps_every_comment_and_entry(registry: Path) -> None:
    add_source(registry, NEW)
    text = registry.read_text(encoding="utf-8")
    assert all(c in text for c in COMMENTS)
    assert text.startswith(REGISTRY.split("# Slut på filen.")[0])  # everything before is byte for byte the same
    assert text.endswith("    verified: true\n# Slut på filen.\n")  # the closing comment still closes the file
    assert [s.id for s in load_sources(registry)] == ["umea", "pitea", "lulea", "kalix"]
    assert load_sources(registry)[-1].municipality_code == "2514"


def test_edit_changes_one_field_in_place(registry: Path) -> None:
    edit_source(registry.parent, "pitea", {"name": "Piteå kommun (Norrbotten)", "sitemaps": ["https://www.pitea.se/sitemap.xml"]})
    text = registry.read_text(encoding="utf-8")
    assert all(c in text for c in COMMENTS)
    assert text == REGISTRY.replace("name: Piteå kommun\n", "name: Piteå kommun (Norrbotten)\n").replace(
        "    feeds: [https://www.pitea.se/rss]\n    verified: true\n",
        "    feeds: [https://www.pitea.se/rss]\n    verified: true\n    sitemaps: [https://www.pitea.se/sitemap.xml]\n")


@pytest.mark.parametrize("sid", ["umea", "pitea", "lulea"])
def test_remove_takes_only_its_own_comment(registry: Path, sid: str) -> None:
    own = {"umea": ["# Umeå: sitemap kontrollerad i oktober", "# officiellt namn"],
           "pitea": ["# Piteå: nyhetsflödet byter adress ibland"], "lulea": ["# Luleå: sist i listan"]}[sid]
    remove_source(registry, sid)
    text = registry.read_text(encoding="utf-8")
    assert not any(c in text for c in own)
    assert all(c in text for c in COMMENTS if c not in own)
    start = REGISTRY.index(own[0]) - 2  # the entry's block: its comment line to the next one
    end = min(i for i in (REGISTRY.find("\n  # ", start) + 1, REGISTRY.index("# Slut på filen.")) if i > 0)
    assert text == REGISTRY[:start] + REGISTRY[end:]
    assert sid not in {s.id for s in load_sources(registry)} and len(load_sources(registry)) == 2


def test_an_edit_that_would_break_the_directory_is_refused(registry: Path) -> None:
    (registry.parent / "generated.yaml").write_text(
        "sources:\n  - {id: kalix, name: Kalix, municipality_code: '2514', domains: [www.kalix.se],"
        " start_urls: ['https://www.kalix.se/'], verified: true}\n", encoding="utf-8")
    before = registry.read_bytes()
    with pytest.raises(RegistryError, match="duplicate source id 'kalix'"):
        add_source(registry, NEW)
    assert registry.read_bytes() == before


def test_cli_edit_and_remove_in_a_registry_directory(registry: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def run(*args: str) -> int:
        monkeypatch.setattr(sys, "argv", ["dialogkartan", *args])
        try:
            cli.main()
        except SystemExit as exc:
            return int(exc.code or 0)
        return 0

    assert run("sources", "edit", "lulea", "--cms", "sitevision", "--registry", str(registry.parent)) == 0
    assert run("sources", "remove", "umea", "--registry", str(registry.parent)) == 0
    out = capsys.readouterr().out
    assert "edited lulea" in out and f"removed umea from {registry}" in out
    assert [(s.id, s.cms) for s in load_sources(registry)] == [("pitea", "other"), ("lulea", "sitevision")]
    assert "# Luleå: sist i listan" in registry.read_text(encoding="utf-8")

"""The front door: help text, and bad input gives one clear line and a non-zero exit."""
from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from dialogkartan import cli


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["dialogkartan", *args])
    code = 0
    try:
        cli.main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, needle: str) -> None:
    assert code != 0
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and needle in lines[0]
    assert "Traceback" not in err


def test_help_lists_every_front_door_command(monkeypatch, capsys) -> None:
    code, out, _ = run_cli(monkeypatch, capsys, "--help")
    assert code == 0
    for command in ("crawl", "run", "extract", "eval", "export", "dashboard", "demo", "bench", "sources"):
        assert command in out


def test_run_without_database(monkeypatch, capsys, tmp_path: Path) -> None:
    code, _, err = run_cli(monkeypatch, capsys, "run", "--db", str(tmp_path / "none.duckdb"))
    assert_one_line_error(code, err, "no database")


def test_corrupt_database(monkeypatch, capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_text("inte en databas\n" * 200)
    code, _, err = run_cli(monkeypatch, capsys, "run", "--db", str(bad))
    assert_one_line_error(code, err, "not a valid DuckDB file")
    code, _, err = run_cli(monkeypatch, capsys, "export", "--db", str(bad), "-o", str(tmp_path / "x"))
    assert_one_line_error(code, err, "not a valid DuckDB file")


def test_missing_sample_directory(monkeypatch, capsys, tmp_path: Path) -> None:
    code, _, err = run_cli(monkeypatch, capsys, "demo", "--no-serve", "--sample-dir", str(tmp_path / "nope"))
    assert_one_line_error(code, err, "sample corpus missing")


def test_port_in_use(monkeypatch, capsys, tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        sample = tmp_path / "sample"
        (sample / "sites").mkdir(parents=True)
        (sample / "sources.yaml").write_text("sources: []\n")
        code, _, err = run_cli(monkeypatch, capsys, "demo", "--port", str(port), "--sample-dir", str(sample))
    assert_one_line_error(code, err, f"port {port} is in use")


def test_missing_extract_input(monkeypatch, capsys, tmp_path: Path) -> None:
    code, _, err = run_cli(monkeypatch, capsys, "extract", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "o.jsonl"))
    assert_one_line_error(code, err, "input not found")


def test_unknown_export_format(monkeypatch, capsys, tmp_path: Path) -> None:
    code, _, err = run_cli(monkeypatch, capsys, "export", "--format", "docx", "-o", str(tmp_path))
    assert_one_line_error(code, err, "unknown format")


def test_sources_add_then_list_and_check(monkeypatch, capsys, tmp_path: Path) -> None:
    registry = tmp_path / "local.yaml"
    code, out, err = run_cli(
        monkeypatch, capsys, "sources", "add", "lulea", "--name", "Luleå kommun", "--domain", "www.lulea.se",
        "--municipality-code", "2580", "--county-code", "25", "--registry-file", str(registry),
    )
    assert code == 0, err
    code, out, _ = run_cli(monkeypatch, capsys, "sources", "list", "--registry", str(registry))
    assert code == 0
    assert out.splitlines() == ["lulea\t2580\t25\tother\tunverified\tLuleå kommun"]
    code, out, _ = run_cli(monkeypatch, capsys, "sources", "check", "--registry", str(registry))
    assert code == 0 and "registry ok" in out


def test_crawl_unknown_source_is_one_clear_line(monkeypatch, capsys) -> None:
    code, _, err = run_cli(monkeypatch, capsys, "crawl", "--source", "ingen-sadan-kalla")
    assert_one_line_error(code, err, "unknown source")


def test_eval_themes_on_a_gold_file(monkeypatch, capsys, tmp_path: Path) -> None:
    import json

    monkeypatch.setenv("DIALOGKARTAN_HOME", str(tmp_path))
    gold = tmp_path / "liten.yaml"
    gold.write_text(
        "proposals:\n"
        "  - {text: fler lägenheter med hiss för äldre i centrum, theme: boende}\n"
        "  - {text: kurser i hur man använder appar och e-tjänster, theme: digitalisering}\n"
        "  - {text: en ny lekplats med gungor i parken, theme: lokaler_miljo}\n"
        "  - {text: kunna välja mellan olika maträtter vid lunchen, theme: nytt}\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(monkeypatch, capsys, "eval", "themes", "--gold", str(gold), "--embedder", "tfidf", "--errors")
    assert code == 0, err
    result = json.loads(out)
    assert result["proposals"] == 4 and result["mode"] == "taxonomy_assignment" and result["embedder"] == "tfidf-svd"
    assert 0.0 <= result["accuracy_strict"] <= result["accuracy"] <= 1.0
    assert len(result["errors"]) == round((1 - result["accuracy"]) * 4)
    assert (tmp_path / "work" / "theme-eval" / "liten.duckdb").exists()  # its embedding cache
    # Re-running on the kept database (embedding cache and all) scores the same placements.
    code, again, err = run_cli(monkeypatch, capsys, "eval", "themes", "--gold", str(gold), "--embedder", "tfidf", "--errors")
    assert code == 0, err
    again_result = json.loads(again)
    assert {k: again_result[k] for k in ("accuracy", "accuracy_strict", "errors")} == \
        {k: result[k] for k in ("accuracy", "accuracy_strict", "errors")}


def test_eval_themes_with_a_bad_gold_file(monkeypatch, capsys, tmp_path: Path) -> None:
    gold = tmp_path / "fel.yaml"
    gold.write_text("proposals:\n  - {text: fler bänkar, theme: parker}\n", encoding="utf-8")
    code, _, err = run_cli(monkeypatch, capsys, "eval", "themes", "--gold", str(gold))
    assert_one_line_error(code, err, "parker")

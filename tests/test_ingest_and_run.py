"""Crawl output -> DuckDB -> pipeline stage: idempotent, crash-safe, with provenance."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dialogkartan.db import connect_readonly, writer
from dialogkartan.dates import period_start as published_date
from dialogkartan.ingest import document_id, ingest_job
from pipeline.run import run_pipeline
from pipeline.types import Extraction, InputDoc, Proposal, Sentence

SUMMARY = (
    "Tack för dialogen om äldreomsorgen\n\n"
    "Den 4 mars samlades ett 40-tal personer i Medborgarhuset.\n\n"
    "Äldre\n\n"
    "Deltagarna föreslog att kommunen ska bygga fler trygghetsboenden och ordna träffpunkter på kvällstid."
)
JOBS = "Lediga jobb\n\nVi söker en undersköterska till hemtjänsten i Västra distriktet."


@dataclass
class FakeSource:
    id: str = "testkommun"
    name: str = "Testkommunens webbplats"
    kind: str = "kommun"
    municipality_code: str | None = "2401"
    county_code: str | None = "24"
    domains: list[str] = field(default_factory=lambda: ["www.nordmaling.se"])
    cms: str = "sitevision"
    verified: bool = True


def write_job(job: Path, items: list[dict], fetchlog: list[dict] | None = None, extra: str = "") -> None:
    job.mkdir(parents=True, exist_ok=True)
    (job / "items.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items) + extra)
    log = fetchlog if fetchlog is not None else [
        {"url": i["url"], "source_id": "testkommun", "status": 200, "outcome": "new"} for i in items
    ]
    (job / "fetchlog.jsonl").write_text("".join(json.dumps(r) + "\n" for r in log))
    (job / "report.json").write_text(json.dumps({"crawl_id": job.name}))


def item(url: str, text: str, relevant: bool = True, published: str | None = "2024-03-12") -> dict:
    return {
        "url": url, "canonical_url": url, "source_id": "testkommun", "title": text.split("\n")[0],
        "text": text, "published": published, "language": "sv",
        "relevance": {"score": 3.0 if relevant else 0.0, "relevant": relevant, "terms": []},
        "sections": [{"heading": "Äldre", "level": 2, "start": text.find("Äldre"), "end": len(text)}],
    }


class CountingExtractor:
    """Finds 'föreslog att …' sentences; counts calls so tests can see what was re-processed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, docs: Sequence[InputDoc]) -> list[Extraction]:
        out = []
        for doc in docs:
            self.seen.append(doc.id)
            ex = Extraction(id=doc.id, language="sv", is_swedish=True, municipality_codes=[doc.municipality_code or ""])
            start = doc.text.find("bygga")
            if start >= 0:
                end = doc.text.find(" och ordna", start)
                ex.sentences.append(Sentence(0, 0, len(doc.text), None, doc.text))
                ex.proposals.append(Proposal(doc.text[start:end], start, end, 0, "bygga", None, ["aldre"]))
            ex.target_groups = ["aldre"]
            out.append(ex)
        return out


def test_published_date_takes_first_day_of_partial_dates() -> None:
    assert published_date("2019") == "2019-01-01"
    assert published_date("2024-02") == "2024-02-01"
    assert published_date("2024-06-03") == "2024-06-03"
    assert published_date(None) is None and published_date("okänt") is None


def test_ingest_is_idempotent_and_detects_changes(tmp_path: Path) -> None:
    db, job = tmp_path / "d.duckdb", tmp_path / "job1"
    write_job(job, [item("http://www.nordmaling.se/a", SUMMARY), item("http://www.nordmaling.se/jobb", JOBS, False)],
              extra="{not json\n")
    with writer(db) as con:
        first = ingest_job(con, job, [FakeSource()])
        second = ingest_job(con, job, [FakeSource()])
    assert (first.documents_new, first.documents_unchanged) == (2, 0)
    assert (second.documents_new, second.documents_unchanged) == (0, 2)
    assert first.bad_lines and "items.jsonl:3" in first.bad_lines[0]
    job2 = tmp_path / "job2"
    write_job(job2, [item("http://www.nordmaling.se/a", SUMMARY + " Fler bänkar längs promenadstråken.")])
    with writer(db) as con:
        third = ingest_job(con, job2, [FakeSource()])
    assert third.documents_changed == 1
    con = connect_readonly(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == 3
    assert con.execute("SELECT municipality_code FROM documents WHERE url LIKE '%/a'").fetchone()[0] == "2401"


def test_pipeline_processes_only_relevant_changed_documents_with_provenance(tmp_path: Path) -> None:
    db, job = tmp_path / "d.duckdb", tmp_path / "job"
    write_job(job, [item("http://www.nordmaling.se/a", SUMMARY), item("http://www.nordmaling.se/jobb", JOBS, False)])
    extractor = CountingExtractor()
    with writer(db) as con:
        ingest_job(con, job, [FakeSource()])
        counts = run_pipeline(con, {"pipeline": {"min_relevance": 1.0}}, extractor=extractor)
        again = run_pipeline(con, {"pipeline": {"min_relevance": 1.0}}, extractor=extractor)
    assert counts["documents"] == 1 and counts["proposals"] == 1
    assert again["documents"] == 0  # unchanged input changes nothing
    assert extractor.seen == [document_id("http://www.nordmaling.se/a")]
    con = connect_readonly(db)
    text, start, end, quote = con.execute(
        "SELECT d.text, p.start_char, p.end_char, p.text FROM proposals p JOIN documents d USING (document_id)"
    ).fetchone()
    assert text[start:end] == quote == "bygga fler trygghetsboenden"
    runs = con.execute("SELECT status, counts FROM runs WHERE kind = 'pipeline' ORDER BY started_at").fetchall()
    assert [r[0] for r in runs] == ["ok", "ok"]
    assert json.loads(runs[0][1])["proposals"] == 1


def test_crashed_pipeline_run_can_be_rerun_without_duplicates(tmp_path: Path) -> None:
    db, job = tmp_path / "d.duckdb", tmp_path / "job"
    write_job(job, [item(f"http://www.nordmaling.se/{n}", SUMMARY + f" Punkt {n}.") for n in range(5)])
    with writer(db) as con:
        ingest_job(con, job, [FakeSource()])

    def crashing(docs: Sequence[InputDoc]) -> list[Extraction]:
        raise MemoryError("simulated crash in the middle of a run")

    with pytest.raises(MemoryError):
        with writer(db) as con:
            run_pipeline(con, {"pipeline": {"batch_size": 2}}, extractor=crashing)
    for _ in range(2):
        with writer(db) as con:
            run_pipeline(con, {"pipeline": {"batch_size": 2}}, extractor=CountingExtractor(), force=True)
    con = connect_readonly(db)
    assert con.execute("SELECT count(*), count(DISTINCT proposal_id) FROM proposals").fetchone() == (5, 5)


def test_changing_extraction_code_or_patterns_reanalyses_without_force(tmp_path: Path, monkeypatch) -> None:
    import pipeline.run as run_mod

    db, job = tmp_path / "d.duckdb", tmp_path / "job"
    write_job(job, [item("http://www.nordmaling.se/a", SUMMARY)])
    fake_pattern = tmp_path / "report.jsonl"
    fake_pattern.write_text('{"id": "x"}\n')
    real_files = run_mod.extraction_code_files()
    assert any(f.name == "proposals.json" for f in real_files) and any(f.suffix == ".jsonl" for f in real_files)
    monkeypatch.setattr(run_mod, "extraction_code_files", lambda: real_files + [fake_pattern])
    extractor = CountingExtractor()
    with writer(db) as con:
        ingest_job(con, job, [FakeSource()])
        assert run_pipeline(con, {}, extractor=extractor)["documents"] == 1
        assert run_pipeline(con, {}, extractor=extractor)["documents"] == 0
        fake_pattern.write_text('{"id": "x", "changed": true}\n')  # a rule changed
        assert run_pipeline(con, {}, extractor=extractor)["documents"] == 1


def test_commitments_are_stored_apart_from_proposals(tmp_path: Path) -> None:
    from pipeline.types import Commitment

    class WithCommitment(CountingExtractor):
        def __call__(self, docs):
            out = super().__call__(docs)
            for ex, doc in zip(out, docs):
                start = doc.text.find("Deltagarna")
                ex.commitments.append(Commitment(doc.text[start:start + 10], start, start + 10, 0, "kommun", 0.9))
            return out

    db, job = tmp_path / "d.duckdb", tmp_path / "job"
    write_job(job, [item("http://www.nordmaling.se/a", SUMMARY)])
    with writer(db) as con:
        ingest_job(con, job, [FakeSource()])
        run_pipeline(con, {}, extractor=WithCommitment())
    con = connect_readonly(db)
    assert con.execute("SELECT count(*) FROM proposals").fetchone()[0] == 1
    text, voice = con.execute("SELECT text, voice FROM commitments").fetchone()
    assert (text, voice) == ("Deltagarna", "kommun")

"""The stage runner: stages run in order and each is recorded (name, start, end, counts, status)
in `stage_runs` under one `runs` row; a failing stage is recorded and re-raised."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from dialogkartan.db import migrate
from pipeline import stages
from pipeline.stages import Plan, run_stages


@pytest.fixture
def con(tmp_path: Path):
    c = duckdb.connect(str(tmp_path / "stages.duckdb"))  # not the publishing writer: a failed run stays visible
    migrate(c)
    yield c
    c.close()


def fake(counts):
    calls: list[dict] = []

    def stage(con, settings, plan, done):
        calls.append(dict(done))
        if isinstance(counts, Exception):
            raise counts
        return counts

    stage.calls = calls
    return stage


def recorded(con) -> list[tuple]:
    return con.execute("SELECT position, stage, status, counts, detail_run_id, error, finished_at >= started_at"
                       " FROM stage_runs ORDER BY position").fetchall()


def test_the_sequence_is_the_documented_one() -> None:
    assert [name for name, _ in stages.STAGES] == [
        "ingest", "extract", "reviews", "dashboard_tables", "themes", "review_themes", "dashboard_facts",
        "search_index"]


def test_every_stage_is_recorded_in_order_and_sees_the_ones_before(con, monkeypatch) -> None:
    first, skipped, last = fake({"documents": 3, "run_id": "pipeline-x"}), fake(None), fake({"proposals": 7})
    monkeypatch.setattr(stages, "STAGES", (("a", first), ("b", skipped), ("c", last)))
    summary = run_stages(con, {"pipeline": {}})
    assert summary["a"] == {"documents": 3, "run_id": "pipeline-x"} and summary["c"] == {"proposals": 7}
    assert summary["skipped"] == ["b"]
    assert last.calls == [{"a": {"documents": 3, "run_id": "pipeline-x"}}]
    assert recorded(con) == [
        (1, "a", "ok", json.dumps({"documents": 3}), "pipeline-x", None, True),
        (2, "b", "skipped", None, None, None, True),
        (3, "c", "ok", json.dumps({"proposals": 7}), None, None, True),
    ]
    kind, status, counts, timings = con.execute(
        "SELECT kind, status, counts, timings FROM runs WHERE run_id = ?", [summary["run_id"]]).fetchone()
    assert (kind, status, json.loads(counts)) == ("stages", "ok", {"a": "ok", "b": "skipped", "c": "ok"})
    assert set(json.loads(timings)) == {"a", "b", "c"}
    assert con.execute("SELECT DISTINCT run_id FROM stage_runs").fetchall() == [(summary["run_id"],)]


def test_a_failing_stage_is_recorded_and_stops_the_run(con, monkeypatch) -> None:
    after = fake({"n": 1})
    monkeypatch.setattr(stages, "STAGES", (("a", fake({"n": 1})), ("b", fake(RuntimeError("disk full"))),
                                           ("c", after)))
    with pytest.raises(RuntimeError, match="disk full"):
        run_stages(con, {})
    assert [r[:3] + r[5:6] for r in recorded(con)] == [(1, "a", "ok", None), (2, "b", "failed", "RuntimeError: disk full")]
    assert after.calls == []
    assert con.execute("SELECT status, notes FROM runs WHERE kind = 'stages'").fetchone() == (
        "failed", "b: RuntimeError: disk full")


def test_only_runs_the_named_stages(con, monkeypatch) -> None:
    a, b = fake({"n": 1}), fake({"n": 2})
    monkeypatch.setattr(stages, "STAGES", (("a", a), ("b", b)))
    assert "a" not in run_stages(con, {}, only=("b",))
    assert a.calls == [] and [r[1] for r in recorded(con)] == ["b"]
    with pytest.raises(ValueError, match="unknown stage"):
        run_stages(con, {}, only=("nope",))


def test_optional_stages_skip_themselves(con) -> None:
    assert stages.ingest(con, {}, Plan(), {}) is None  # no crawl job to load
    assert stages.themes(con, {}, Plan(themes=False), {}) is None


@pytest.mark.parametrize("done, changed", [
    ({"extract": {"documents": 0}, "reviews": {"documents": 0}}, False),
    ({"extract": {"documents": 2}}, True),
    ({"extract": {"documents": 0}, "reviews": {"documents": 1, "proposals_changed": True}}, True),
])
def test_dashboard_tables_are_rebuilt_when_extraction_or_reviews_changed_proposals(con, monkeypatch, done,
                                                                                  changed) -> None:
    from pipeline import tables_dashboard

    seen: list[bool] = []

    def refresh(con_, settings, changed):
        seen.append(changed)
        return 4 if changed else None

    monkeypatch.setattr(tables_dashboard, "refresh_recurring", refresh)
    counts = stages.dashboard_tables(con, {}, Plan(), done)
    assert seen == [changed]
    assert counts == ({"recurring_groups": 4} if changed else None)


def test_dashboard_facts_are_written_once_after_the_themes_and_skipped_when_nothing_changed(con, monkeypatch) -> None:
    """One refresh per run, after everything that changes a proposal or its theme: the recurring
    tables and the theme tables no longer rebuild the facts themselves."""
    from pipeline import tables_dashboard

    calls: list[str] = []
    monkeypatch.setattr(tables_dashboard, "refresh_facts",
                        lambda c: calls.append("facts") or (5 if calls.count("facts") == 1 else None))
    monkeypatch.setattr(tables_dashboard, "write_recurring", lambda c, model=None, **kw: calls.append("recurring") or 0)
    assert tables_dashboard.refresh_recurring(con, {}, changed=True) == 0
    assert calls == ["recurring"]
    assert stages.dashboard_facts(con, {}, Plan(), {}) == {"proposal_facts": 5}
    assert stages.dashboard_facts(con, {}, Plan(), {}) is None  # the stamp says nothing changed
    order = [name for name, _ in stages.STAGES]
    assert order.index("dashboard_facts") > max(order.index("themes"), order.index("review_themes"))

"""Recurring proposals: proposals added later extend the stored groups (numbers kept, identical
texts together, every member within the threshold of its group's founder); anything else — a
changed or removed proposal, another model — rebuilds the tables as from scratch."""
from __future__ import annotations

import numpy as np

from bench.bench_themes import insert_corpus, make_corpus
from dialogkartan.db import writer
from pipeline.tables_dashboard import LEADERS, THRESHOLDS, default_embed, normalise, write_recurring


def _members(con) -> dict[str, tuple[int, float]]:
    return {p: (g, s) for p, g, s in con.execute("SELECT proposal_id, group_id, similarity FROM recurring_proposals").fetchall()}


def _split_corpus():
    docs, sents, props = make_corpus(48, n_municipalities=3, per_doc=4)
    first = {d["document_id"] for d in docs[:9]}
    part = lambda rows, keep: [r for r in rows if (r["document_id"] in first) == keep]  # noqa: E731
    return (docs[:9], part(sents, True), part(props, True)), (docs[9:], part(sents, False), part(props, False))


def test_added_proposals_extend_the_groups_without_renumbering(tmp_path):
    old, new = _split_corpus()
    with writer(tmp_path / "db.duckdb") as con:
        insert_corpus(con, *old)
        write_recurring(con, "static")
        before = _members(con)
        assert len(before) == len(old[2])
        insert_corpus(con, *new)
        twin = dict(old[2][0], proposal_id="twin-of-first", document_id=new[0][0]["document_id"], sentence_no=99)
        insert_corpus(con, [], [], [twin])
        write_recurring(con, "static")
        after = _members(con)
        leaders = dict(con.execute(f"SELECT group_id, text FROM {LEADERS}").fetchall())
    assert {p: after[p] for p in before} == before  # the old members kept their groups
    assert after["twin-of-first"] == before[old[2][0]["proposal_id"]]  # an identical text joins its twin's group
    assert sorted(leaders) == list(range(len(leaders)))  # group numbers contiguous, one founder each
    embed = default_embed()
    texts = {r["proposal_id"]: normalise(r["text"]) for r in new[2]}
    founders = np.asarray(embed([leaders[after[p][0]] for p in texts]), dtype=np.float32)
    vectors = np.asarray(embed(list(texts.values())), dtype=np.float32)
    sims = np.sum(founders * vectors, axis=1)
    assert np.all(sims >= THRESHOLDS["static"] - 1e-5)
    assert np.allclose(sims, [after[p][1] for p in texts], atol=1e-4)
    old_groups = max(g for g, _ in before.values()) + 1
    assert any(after[p][0] >= old_groups for p in texts)  # and new texts found groups of their own


def test_a_changed_or_removed_proposal_rebuilds_as_from_scratch(tmp_path):
    old, new = _split_corpus()
    with writer(tmp_path / "db.duckdb") as con:
        insert_corpus(con, *old)
        insert_corpus(con, *new)
        write_recurring(con, "static")
        first = old[2][0]["proposal_id"]
        con.execute("UPDATE proposals SET text = 'Fler hundrastgårdar i stadsdelarna' WHERE proposal_id = ?", [first])
        con.execute("DELETE FROM proposals WHERE proposal_id = ?", [new[2][0]["proposal_id"]])
        n = write_recurring(con, "static")
        extended = _members(con)
        groups = con.execute("SELECT * FROM recurring_groups ORDER BY group_id").fetchall()
        assert write_recurring(con, "static", incremental=False) == n
        assert _members(con) == extended
        assert con.execute("SELECT * FROM recurring_groups ORDER BY group_id").fetchall() == groups
        assert new[2][0]["proposal_id"] not in extended

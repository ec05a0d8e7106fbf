"""The run applies reviews: overrides win in the published tables, exports follow, a changed
page's reviews are flagged and not applied, and applying twice changes nothing."""
from __future__ import annotations

import logging
from pathlib import Path

import review_fixture as fixture
from review_fixture import DOC_ID, FOUND, MISSED, proposal_key, rows, span_of

from dialogkartan.config import load_settings
from dialogkartan.db import writer
from pipeline.rows import proposal_id
from review import store
from review.store import Review

ANNA = "Anna Lindqvist"


def review(kind: str, action: str, item: str, reviewer: str = ANNA, **kw) -> Review:
    return Review(reviewer=reviewer, document_id=DOC_ID, content_hash=fixture.content_hash(fixture.text()),
                  kind=kind, action=action, item=item, **kw)


def quote_fields(n: int) -> dict:
    quote = next(q for s, q, *_ in FOUND if s == n)
    a, b = span_of(quote)
    return {"start": a, "end": b, "text": quote}


def write_session(reviewer: str = ANNA) -> str:
    """One reviewer's session: confirm, reject, change a theme and target groups, add a missed one."""
    store.append(review("proposal", "confirm", proposal_key(2), reviewer, **quote_fields(2)))
    store.append(review("proposal", "reject", proposal_key(3), reviewer, **quote_fields(3)))
    store.append(review("theme", "change_theme", proposal_key(4), reviewer, theme_id="motesplatser_aktiviteter",
                        **quote_fields(4)))
    store.append(review("proposal", "change_target_groups", proposal_key(4), reviewer,
                        target_groups=["aldre", "funktionsnedsattning"], **quote_fields(4)))
    a, b = span_of(MISSED)
    added = proposal_id(DOC_ID, a, b)
    store.append(review("proposal", "add", added, reviewer, start=a, end=b, text=MISSED, target_groups=[],
                        theme_id="trygghet_vald"))
    return added


def run(path: Path) -> dict:
    """`dialogkartan run` (without re-extraction or the theme model) on the fixture database."""
    from pipeline.stages import Plan, run_stages

    fixture.mark_processed(path)
    with writer(path) as con:
        return run_stages(con, load_settings(), Plan(themes=False))


def test_reviews_override_the_pipeline_in_published_tables(review_db):
    added = write_session()
    stages = run(review_db)
    summary = stages["reviews"]
    assert summary["documents"] == 1 and summary["flagged"] == 0 and stages["review_themes"]["themes_changed"] == 2
    props = {r[0]: r[1:] for r in rows(review_db, "SELECT proposal_id, text, target_groups, confidence FROM proposals"
                                                  " WHERE document_id = ?", [DOC_ID])}
    assert proposal_key(3) not in props  # rejected
    assert props[proposal_key(2)][2] == 1.0  # confirmed: certain
    assert props[proposal_key(4)][1] == ["aldre", "funktionsnedsattning"]
    assert props[added][0] == MISSED and props[added][2] == 1.0
    themes = dict(rows(review_db, "SELECT proposal_id, theme_id || '/' || assigned_by FROM proposal_themes"
                                  " WHERE proposal_id IN (SELECT proposal_id FROM proposals WHERE document_id = ?)", [DOC_ID]))
    assert themes == {proposal_key(2): "motesplatser_aktiviteter/klassificerare",
                      proposal_key(4): "motesplatser_aktiviteter/granskare", added: "trygghet_vald/granskare"}
    # Aggregates follow: the document's themes and the theme table count the corrected proposals.
    assert dict(rows(review_db, "SELECT theme_id, proposals FROM document_themes WHERE document_id = ?", [DOC_ID])) == {
        "motesplatser_aktiviteter": 2, "trygghet_vald": 1}
    # The dashboard's recurring-proposal table was rebuilt from the reviewed proposals.
    assert summary["proposals_changed"] and "recurring_groups" in stages["dashboard_tables"]
    recurring = {pid for (pid,) in rows(review_db, "SELECT proposal_id FROM recurring_proposals")}
    assert proposal_key(3) not in recurring
    run_row = rows(review_db, "SELECT status, counts FROM runs WHERE kind = 'reviews'")
    assert len(run_row) == 1 and run_row[0][0] == "ok"


def test_applying_again_changes_nothing(review_db):
    write_session()
    run(review_db)
    sql = ("SELECT p.proposal_id, p.start_char, p.end_char, p.text, p.target_groups, pt.theme_id FROM proposals p"
           " LEFT JOIN proposal_themes pt USING (proposal_id) ORDER BY 1")
    first = rows(review_db, sql)
    run(review_db)
    assert rows(review_db, sql) == first


def test_edit_span_moves_the_proposal_and_keeps_its_theme(review_db):
    a, b = span_of("inhägnad lekplats")
    store.append(review("proposal", "edit_span", proposal_key(2), start=a, end=b, text="inhägnad lekplats"))
    run(review_db)
    new = proposal_id(DOC_ID, a, b)
    got = rows(review_db, "SELECT p.text, p.start_char, pt.theme_id FROM proposals p LEFT JOIN proposal_themes pt"
                          " USING (proposal_id) WHERE p.document_id = ? ORDER BY p.start_char", [DOC_ID])
    assert ("inhägnad lekplats", a, "motesplatser_aktiviteter") in got
    assert not rows(review_db, "SELECT 1 FROM proposals WHERE proposal_id = ?", [proposal_key(2)])
    assert rows(review_db, "SELECT count(*) FROM proposals WHERE proposal_id = ?", [new]) == [(1,)]


def test_document_target_groups_and_events(review_db):
    store.append(review("target_group", "change_target_groups", "dokument", target_groups=["barn_och_unga"]))
    a = fixture.text().index(fixture.SENTENCES[1])
    store.append(review("event", "reject", f"{a}:{a + len(fixture.SENTENCES[1])}", start=a, end=a + len(fixture.SENTENCES[1])))
    run(review_db)
    assert rows(review_db, "SELECT target_groups FROM documents WHERE document_id = ?", [DOC_ID]) == [(["barn_och_unga"],)]
    assert rows(review_db, "SELECT count(*) FROM events WHERE document_id = ?", [DOC_ID]) == [(0,)]


def test_reviews_of_a_changed_page_are_flagged_not_applied(review_db, caplog):
    write_session()
    # The page was re-crawled with new text since the review.
    with writer(review_db) as con:
        con.execute("UPDATE documents SET text = text || ' Nytt stycke.', content_hash = 'ny' WHERE document_id = ?", [DOC_ID])
    with caplog.at_level(logging.WARNING, logger="review.apply"):
        summary = run(review_db)["reviews"]
    assert summary["flagged"] == 5 and summary["documents"] == 0
    assert sum("texten har ändrats" in r.getMessage() for r in caplog.records) == 5
    assert rows(review_db, "SELECT count(*) FROM proposals WHERE proposal_id = ?", [proposal_key(3)]) == [(1,)]
    assert rows(review_db, "SELECT theme_id FROM proposal_themes WHERE proposal_id = ?", [proposal_key(4)]) == [("boende",)]
    from review.apply import flagged_reviews
    from dialogkartan.db import connect_readonly

    con = connect_readonly(review_db)
    try:
        flags = flagged_reviews(con)
    finally:
        con.close()
    assert {f["reviewer"] for f in flags} == {ANNA} and len(flags) == 5


def test_no_store_no_run_row(review_db):
    stages = run(review_db)
    assert stages["reviews"] == {"documents": 0} and stages["review_themes"] == {"themes_changed": 0}
    assert rows(review_db, "SELECT count(*) FROM runs WHERE kind = 'reviews'") == [(0,)]

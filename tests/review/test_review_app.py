"""The review app in AppTest: a name is required, documents come lowest confidence first, a
click writes a review with the reviewer's name, and a changed page's reviews are shown as such."""
from __future__ import annotations

import pytest
from review_fixture import DOC_ID, TITLE, proposal_key
from test_review_apply import write_session

from dialogkartan import paths
from dialogkartan.db import writer
from review import store

APP = str(paths.ROOT / "review" / "app.py")


@pytest.fixture
def at(review_db):
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(APP, default_timeout=90)


def _named(at, name: str = "Anna Lindqvist"):
    at.run()
    at.sidebar.text_input[0].input(name).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_a_name_is_required(at):
    at.run()
    assert not at.exception
    assert any("Skriv ditt namn" in i.value for i in at.info)
    assert not at.button


def test_lowest_confidence_first_and_a_click_is_saved(at):
    _named(at)
    assert at.session_state["dokument"] == DOC_ID
    assert any(TITLE in h.value for h in at.header)
    at.button(key=f"nej-{proposal_key(3)}").click().run()
    assert not at.exception
    [r] = store.read()
    assert (r.reviewer, r.action, r.item, r.document_id) == ("Anna Lindqvist", "reject", proposal_key(3), DOC_ID)
    assert "avvisat" in at.markdown[0].value or any("avvisat" in m.value for m in at.markdown)


def test_changed_page_reviews_are_shown(at, review_db):
    write_session()
    with writer(review_db) as con:
        con.execute("UPDATE documents SET text = text || ' Tillägg.', content_hash = 'ny' WHERE document_id = ?", [DOC_ID])
    _named(at)
    assert any("äldre version av texten" in w.value for w in at.warning)


def test_agreement_is_shown_for_two_reviewers(at):
    write_session("Anna Lindqvist")
    write_session("Bo Sandström")
    _named(at)
    assert any("Samstämmighet" in s.value for s in at.subheader)
    df = at.dataframe[0].value
    assert list(df["granskare"])[0] == "Anna Lindqvist och Bo Sandström"

"""Gold export (scores 1.0 against itself, read by `dialogkartan eval`), training items kept
apart from the frozen test split, and Cohen's kappa against hand-computed figures."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from review_fixture import DOC_ID, MISSED, proposal_key, span_of
from test_review_apply import quote_fields, review, run, write_session
from typer.testing import CliRunner

from dialogkartan import paths
from dialogkartan.cli import app
from dialogkartan.db import connect_readonly
from pipeline.evaluate import load_jsonl, score
from pipeline.rows import proposal_id
from review import store
from review.agreement import agreement_from_db, cohen_kappa
from review.gold import as_prediction, export_gold, theme_examples, training_documents


def _con(review_db):
    return connect_readonly(review_db)


def test_gold_export_scores_one_against_itself(review_db, tmp_path):
    write_session()
    con = _con(review_db)
    try:
        gold_path, input_path, n = export_gold(con, tmp_path / "granskat" / "gold.jsonl")
    finally:
        con.close()
    assert n == 1 and input_path == tmp_path / "granskat" / "input.jsonl"
    gold = load_jsonl(gold_path)
    texts = [p["text"] for p in gold[DOC_ID]["proposals"]]
    assert texts == ["en inhägnad lekplats för de minsta barnen", "sittplatser med ryggstöd längs promenadstråket", MISSED]
    inputs = load_jsonl(input_path)
    for p in gold[DOC_ID]["proposals"]:  # spans point into the exported text
        assert inputs[DOC_ID]["text"][p["start"]:p["end"]] == p["text"]
    result = score(gold, {k: as_prediction(v) for k, v in gold.items()})
    assert result["proposal_f1"] == 1.0 and result["target_group_f1"] == 1.0
    assert result["proposal_target_group_agreement"] == 1.0
    # The reference scorer agrees.
    scorer = paths.SHARED_DIR / "tools" / "score_extraction.py"
    if scorer.exists():
        pred = tmp_path / "pred.jsonl"
        pred.write_text("".join(json.dumps(as_prediction(v), ensure_ascii=False) + "\n" for v in gold.values()),
                        encoding="utf-8")
        out = subprocess.run([sys.executable, str(scorer), str(gold_path), str(pred), "--json"], capture_output=True,
                             text=True, check=True).stdout
        ref = json.loads(out.strip().splitlines()[-1])
        assert [v for k, v in ref.items() if "proposal" in k and "f1" in k] == [1.0]


def test_cli_export_then_eval_reads_it(review_db, tmp_path):
    write_session()
    gold = tmp_path / "gold.jsonl"
    res = CliRunner().invoke(app, ["review", "export", "--gold", str(gold), "--db", str(review_db)])
    assert res.exit_code == 0, res.output
    assert "wrote 1 reviewed documents" in res.output and (tmp_path / "input.jsonl").exists()
    res = CliRunner().invoke(app, ["eval", "--gold", str(gold)])
    assert res.exit_code == 0, res.output
    assert "proposal_f1:" in res.output


def test_export_with_nothing_reviewed_is_one_error(review_db, tmp_path):
    res = CliRunner().invoke(app, ["review", "export", "--gold", str(tmp_path / "g.jsonl"), "--db", str(review_db)])
    assert res.exit_code != 0


def test_training_items_are_reviewed_documents_and_themes(review_db):
    write_session()
    con = _con(review_db)
    try:
        inputs, gold = training_documents(con)
        examples = list(theme_examples(con))
    finally:
        con.close()
    assert [r["id"] for r in inputs] == [DOC_ID] and len(gold[DOC_ID]["proposals"]) == 3
    assert {"text": MISSED, "theme": "trygghet_vald"} in examples
    assert {"text": "sittplatser med ryggstöd längs promenadstråket", "theme": "motesplatser_aktiviteter"} in examples


def test_training_leaves_out_what_rewords_a_test_text(review_db, monkeypatch):
    write_session()
    import review.gold as gold_mod

    monkeypatch.setattr(gold_mod, "_test_texts", lambda: [MISSED])
    con = _con(review_db)
    try:
        examples = list(theme_examples(con))
    finally:
        con.close()
    assert all(e["text"] != MISSED for e in examples) and examples


def test_cohen_kappa_hand_computed():
    # 10 units: both keep 5, both reject 2, A alone keeps 2, B alone keeps 1.
    pairs = [(1, 1)] * 5 + [(0, 0)] * 2 + [(1, 0)] * 2 + [(0, 1)]
    # p_o = 0.7; p_e = 0.7·0.6 + 0.3·0.4 = 0.54; κ = 0.16 / 0.46
    assert cohen_kappa(pairs) == pytest.approx(0.16 / 0.46)
    assert cohen_kappa([(1, 1)] * 4) is None  # no variation: undefined
    assert cohen_kappa([(1, 1), (0, 0)]) == 1.0


def test_two_reviewers_agreement_on_one_document(review_db):
    bo = "Bo Sandström"
    a, b = span_of(MISSED)
    # Anna: keeps the first and third proposal, rejects the second, adds the missed one.
    for n, action in ((2, "confirm"), (3, "reject"), (4, "confirm")):
        store.append(review("proposal", action, proposal_key(n), **quote_fields(n)))
    store.append(review("proposal", "add", proposal_id(DOC_ID, a, b), start=a, end=b, text=MISSED))
    store.append(review("target_group", "change_target_groups", "dokument", target_groups=["aldre", "barn_och_unga"]))
    # Bo: keeps the first, rejects the second and third, adds a shorter wording of the missed
    # one (token F1 0.84: the same unit) and a sentence that is no proposal.
    for n, action in ((2, "confirm"), (3, "reject"), (4, "reject")):
        store.append(review("proposal", action, proposal_key(n), bo, **quote_fields(n)))
    short = "belysning i hela parken så att det känns tryggt"
    sa, sb = span_of(short)
    store.append(review("proposal", "add", proposal_id(DOC_ID, sa, sb), bo, start=sa, end=sb, text=short))
    extra = "en dialogkväll om parken i Sjöstaden"
    ea, eb = span_of(extra)
    store.append(review("proposal", "add", proposal_id(DOC_ID, ea, eb), bo, start=ea, end=eb, text=extra))
    store.append(review("target_group", "change_target_groups", "dokument", bo, target_groups=["barn_och_unga"]))
    con = _con(review_db)
    try:
        [result] = agreement_from_db(con)
    finally:
        con.close()
    # Proposals, 5 units (A, B): first (1,1), second (0,0), third (1,0), missed (1,1), extra (0,1).
    # p_o = 3/5; p_e = 0.6·0.6 + 0.4·0.4 = 0.52; κ = 0.08 / 0.48 = 1/6.
    assert result.proposal_units == 5 and result.proposal_observed == pytest.approx(0.6)
    assert result.proposal_kappa == pytest.approx(1 / 6)
    # Target groups, 5 units: barn (1,1), äldre (1,0), three (0,0). p_o = 0.8;
    # p_e = 0.4·0.2 + 0.6·0.8 = 0.56; κ = 0.24 / 0.44 = 6/11.
    assert result.group_units == 5 and result.group_kappa == pytest.approx(6 / 11)
    res = CliRunner().invoke(app, ["review", "agreement", "--db", str(review_db)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)[0]["förslag_kappa"] == pytest.approx(1 / 6, abs=1e-4)
    # Once a run has applied the reviews (rows removed, added, moved), the figure is the same.
    run(review_db)
    con = _con(review_db)
    try:
        [again] = agreement_from_db(con)
    finally:
        con.close()
    assert again == result


def test_cli_training_and_theme_example_files(review_db, tmp_path):
    write_session()
    train_dir, examples = tmp_path / "train", tmp_path / "granskade_teman.yaml"
    res = CliRunner().invoke(app, ["review", "export", "--training", str(train_dir), "--theme-examples", str(examples),
                                   "--db", str(review_db)])
    assert res.exit_code == 0, res.output
    gold = load_jsonl(train_dir / "gold.jsonl")
    assert list(gold) == [DOC_ID] and (train_dir / "input.jsonl").exists()
    # The file is a labelled-examples file the theme stage reads (themes.examples).
    from pipeline.themes.gold import load_gold

    labelled = load_gold(examples, ["motesplatser_aktiviteter", "trygghet_vald", "boende", "digitalisering"])
    assert {g.text for g in labelled} == {MISSED, "sittplatser med ryggstöd längs promenadstråket"}


def test_review_errors_are_one_line(isolated_home, tmp_path):
    exe = [sys.executable, "-c", "from dialogkartan.cli import main; main()"]
    out = subprocess.run([*exe, "review", "--db", str(tmp_path / "finns_inte.duckdb")], capture_output=True, text=True)
    assert out.returncode == 1 and out.stderr.startswith("error: no database") and out.stderr.count("\n") == 1
    out = subprocess.run([*exe, "review", "agreement", "--db", str(tmp_path / "finns_inte.duckdb")],
                         capture_output=True, text=True)
    assert out.returncode == 1 and out.stderr.count("\n") == 1


def test_a_gold_export_that_fails_half_way_leaves_the_previous_one_whole(review_db, tmp_path, monkeypatch):
    """The export writes through a temp file: an error while writing keeps the last good file."""
    from review import gold as gold_mod

    write_session()
    target = tmp_path / "granskat" / "gold.jsonl"
    con = _con(review_db)
    try:
        export_gold(con, target)
        before = target.read_bytes()
        real = gold_mod.json.dumps
        monkeypatch.setattr(gold_mod.json, "dumps", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
        from dialogkartan.errors import UserError

        with pytest.raises(UserError, match="cannot write"):  # the file-system error, one line
            export_gold(con, target)
        monkeypatch.setattr(gold_mod.json, "dumps", real)
    finally:
        con.close()
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["gold.jsonl", "input.jsonl"]  # no temp file left

"""Theme training on split v2: settings are chosen by cross-validation over the extraction's page
groups, so no real page (shared source address or near-duplicate sentence) sits on both sides."""
from __future__ import annotations

import json

from pipeline.extract.train import load_split as load_rows
from pipeline.extract.train import CURRENT_SPLIT, SPLIT_FILES, page_groups
from pipeline.themes.corpus_gold import CorpusProposal, fold_gold, split_documents
from pipeline.themes.gold import GoldProposal
from pipeline.themes.train import CARD_FILE, item_folds


def _item(doc: str) -> CorpusProposal:
    return CorpusProposal(doc, GoldProposal(f"förslag i {doc}", "boende"), True)


def test_a_page_rewritten_twice_stays_in_one_fold() -> None:
    rows = [{"id": f"x{i}-01", "text": f"Helt olika text nummer {i} om något annat.",
             "source_url": f"https://kommun{i}.se/sida"} for i in range(8)]
    rows.append({"id": "x9-01", "text": "Något annat.", "source_url": "https://www.kommun3.se/sida/"})
    folds = item_folds([_item(r["id"]) for r in rows], rows)
    assert folds[3] == folds[8]  # the same page, written by two authors


def test_v2_training_folds_keep_every_page_group_on_one_side() -> None:
    rows, gold = load_rows("train")   # the current split's train, as train_themes() reads it
    rows = [r for r in rows if r["id"] in gold]
    assert {r["id"] for r in rows} == set(split_documents(f"{CURRENT_SPLIT}:train"))
    items = [_item(r["id"]) for r in rows]
    groups = page_groups(rows)
    folds = item_folds(items, rows, groups)
    fold_of_group: dict[int, set[int]] = {}
    for g, f in zip(groups, folds):
        fold_of_group.setdefault(g, set()).add(f)
    assert all(len(f) == 1 for f in fold_of_group.values())
    assert len(set(folds)) == 5 and any(groups.count(g) > 1 for g in set(groups))  # real shared pages exist


def test_shipped_v2_card_records_the_cross_validation() -> None:
    card = json.loads(CARD_FILE.read_text(encoding="utf-8"))
    if card.get("split") not in tuple(k for k in SPLIT_FILES if k != "v1"):
        return  # a v1 model is shipped (`dialogkartan train themes --split v1`)
    assert card["cv"]["folds"] == 5 and card["trained_on"]["corpus_dev"] == 0
    assert "test" not in json.dumps(card["cv"]).lower()


def test_split_names_and_new_themes_in_gold() -> None:
    assert set(split_documents("v1:test")).isdisjoint(split_documents("test"))
    authors = {d.split("-")[0] for d in split_documents("train")}
    assert {d.split("-")[0] for d in split_documents("v1:test")} <= authors  # v1's test authors joined training
    assert {d.split("-")[0] for d in split_documents("v2:test")} <= authors  # and so did v2's
    assert {d.split("-")[0] for d in split_documents("v3:test")} <= authors  # and v3's
    assert {d.split("-")[0] for d in split_documents("v4:test")} <= authors  # and v4's
    g = fold_gold([GoldProposal("a", "mat_maltider", ("skola_utbildning",)), GoldProposal("b", "boende", ("mat_maltider",))],
                  {"mat_maltider"})
    assert (g[0].theme, g[0].also, g[1].also) == ("nytt", ("skola_utbildning",), ("nytt",))


def test_v2_relabels_are_v2_train_proposals_and_reword_no_v2_test_proposal() -> None:
    """RELABEL_V2 (v1's dev and test proposals, train only in v2) under the same bar as the
    independence guard's taxonomy texts, against the v2 test."""
    from pipeline.textmatch import near_duplicates
    from pipeline.themes.train import RELABEL_V2

    texts = [t for ts in RELABEL_V2.values() for t in ts]
    _, train_gold = load_rows("v2:train")
    train_props = {p["text"] for g in train_gold.values() for p in g.get("proposals") or []}
    assert set(texts) <= train_props
    _, test_gold = load_rows("v2:test")
    test_props = [p["text"] for g in test_gold.values() for p in (g.get("proposals") or []) + (g.get("commitments") or [])]
    assert not near_duplicates(texts, test_props, 0.7, min_tokens=4)

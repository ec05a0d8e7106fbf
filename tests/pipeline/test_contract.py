from __future__ import annotations

import io
import json
import time

from pipeline.contract import extract_jsonl
from pipeline.nlp import load_nlp

CONTRACT_KEYS = {"id", "municipality_codes", "county_codes", "mentioned_municipality_codes", "published",
                 "dialogue_type", "events", "target_groups", "proposals", "commitments", "pii"}


def test_bad_lines_are_reported_and_others_processed(tmp_path):
    src = tmp_path / "in.jsonl"
    good = {"id": "a", "url": "https://www.kalix.se/x", "published": "2024-05-02",
            "text": "Den 20 april kom drygt 30 seniorer. Deltagarna föreslog att ordna fler promenadgrupper."}
    src.write_text("\n".join([json.dumps(good, ensure_ascii=False), "{not json", json.dumps({"id": "b"}),
                              json.dumps({"id": 7, "text": "Kort text utan innehåll."})]) + "\n", encoding="utf-8")
    out, err = tmp_path / "out.jsonl", io.StringIO()
    n = extract_jsonl(src, out, nlp=load_nlp(prefer_trained=False), errors=err)
    assert n == 2
    assert "line 2" in err.getvalue() and "line 3" in err.getvalue()
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "7"]
    assert set(rows[0]) == CONTRACT_KEYS
    assert rows[0]["municipality_codes"] == ["2514"]
    assert rows[0]["events"][0] == {"date": "2024-04-20", "place": None, "participants": {"count": 30, "qualifier": "drygt"}}
    p = rows[0]["proposals"][0]
    assert good["text"][p["start"]:p["end"]] == p["text"] == "ordna fler promenadgrupper" and p["action"] == "ordna"


def test_hundred_documents_in_under_a_minute(tmp_path):
    base = ("Tack för dialogen\n\nDen 3 mars samlades ett 40-tal invånare i {n}. Deltagarna föreslog att bygga fler "
            "trygghetsboenden, förbättra kollektivtrafiken och anordna träffar för unga.\n\nFörslag\n\n"
            "• fler bänkar\n• bättre belysning i parken\n")
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i in range(100):
            f.write(json.dumps({"id": str(i), "text": base.format(n="Luleå") * 3, "url": "https://www.lulea.se/"},
                               ensure_ascii=False) + "\n")
    t0 = time.perf_counter()
    assert extract_jsonl(src, tmp_path / "out.jsonl") == 100  # the default (trained when present) pipeline
    assert time.perf_counter() - t0 < 60

import json, os, re
D = "/work/main/eval/corpus/raw/a7"
THEMES = set(re.findall(r"- id: (\w+)", open("/work/main/config/taxonomy/themes.yaml").read())) | {"nytt"}
def P(text, tg, req, theme, also=()):
    return {"text": text, "target_groups": list(tg), "required": req, "theme": theme, "also": list(also)}
def C(text, voice="kommun"):
    return {"text": text, "voice": voice}
def add(id, title, url, text, genre, source_url, muni, county, published, dtype, events, req, opt, proposals, commitments=(), persons=(), emails=(), phones=(), mentioned=(), genre_note=None):
    text = text.strip("\n")
    errs = []
    for p in list(proposals) + list(commitments):
        if p["text"] not in text: errs.append("NOT IN TEXT: " + p["text"])
    for p in proposals:
        for t in [p["theme"]] + p["also"]:
            if t not in THEMES: errs.append("BAD THEME " + t)
    for x in list(persons) + list(emails) + list(phones):
        if x not in text: errs.append("PII NOT IN TEXT: " + x)
    if errs:
        print("\n".join(errs)); raise SystemExit(1)
    inp = {"id": id, "title": title, "url": url, "text": text, "genre": genre, "source_url": source_url, "read_on": "2026-11-30"}
    if genre_note: inp["genre_note"] = genre_note
    gold = {"id": id, "municipality_codes": list(muni), "county_codes": list(county), "mentioned_municipality_codes": list(mentioned),
            "published": published, "dialogue_type": dtype, "events": events,
            "target_groups": {"required": list(req), "optional": list(opt)},
            "proposals": list(proposals), "commitments": list(commitments),
            "pii": {"persons": list(persons), "emails": list(emails), "phones": list(phones)}}
    # replace existing id lines
    for fn, obj in (("input.jsonl", inp), ("gold.jsonl", gold)):
        path = os.path.join(D, fn)
        lines = []
        if os.path.exists(path):
            lines = [l for l in open(path, encoding="utf-8") if l.strip() and json.loads(l)["id"] != id]
        lines.append(json.dumps(obj, ensure_ascii=False) + "\n")
        open(path, "w", encoding="utf-8").writelines(lines)
    nreq = sum(1 for p in proposals if p["required"])
    print(id, "ok", len(text.split()), "words", nreq, "required", len(proposals), "props")
def ev(date, place, count=None, q=None):
    return {"date": date, "place": place, "participants": None if count is None else {"count": count, "qualifier": q}}

"""Held-out genre set (written after the rules; never tuned on): tests/pipeline/data/heldout_*.jsonl."""
from __future__ import annotations

import json

from dialogkartan import paths

OUT = paths.ROOT / "tests" / "pipeline" / "data"
P = lambda t, g=(), r=True: {"text": t, "target_groups": list(g), "required": r}  # noqa: E731
NOPII = {"persons": [], "emails": [], "phones": []}

DOCS = [
    ("ho1_gavle", "https://www.gavle.se/nyheter/samtal-om-boende", "2024-10-10", """Samtal om boende för äldre

Den 2 oktober deltog ett sjuttiotal pensionärer i ett samtal om framtidens boenden för äldre i Gävle.

Många framhöll att det behövs fler lägenheter med hiss. Pensionärerna föreslog också att kommunen ska ordna gemensamma matsalar på trygghetsboendena.

Synpunkterna tas med i bostadsförsörjningsprogrammet.
""", dict(municipality_codes=["2180"], county_codes=["21"], mentioned_municipality_codes=[], published="2024-10-10",
          dialogue_type="medborgardialog", events=[{"date": "2024-10-02", "place": None, "participants": {"count": 70, "qualifier": "cirka"}}],
          target_groups={"required": ["aldre"], "optional": []},
          proposals=[P("det behövs fler lägenheter med hiss", ["aldre"]),
                     P("kommunen ska ordna gemensamma matsalar på trygghetsboendena", ["aldre"])], pii=NOPII)),
    ("ho2_karlskrona", "https://www.karlskrona.se/nyheter/brukarrad", None, """Brukarrådet för socialpsykiatrin

Publicerad 2022-04-21

Brukarrådet träffas varannan månad och består av brukare, anhöriga och personal.

Rådets uppgifter är att
- verka för att brukarnas erfarenheter tas till vara
- sprida information om verksamheten

Kontakt: Lars Ek, 0455-30 30 00
""", dict(municipality_codes=["1080"], county_codes=["10"], mentioned_municipality_codes=[], published="2022-04-21",
          dialogue_type="aterkommande_forum", events=[], target_groups={"required": ["vuxna"], "optional": []},
          proposals=[], pii={"persons": ["Lars Ek"], "emails": [], "phones": ["0455-30 30 00"]})),
    ("ho3_solna", "https://www.solna.se/nyheter/ungdomsdialog", "2023-11-30", """Ungdomsdialog om trygghet

Under november träffade kommunen omkring sextio elever från högstadieskolorna.

Eleverna ville ha fler vuxna på stan på kvällarna, bättre belysning vid idrottsplatsen och mer hjälp med läxor.

Resultatet presenteras för barn- och utbildningsnämnden.
""", dict(municipality_codes=["0184"], county_codes=["01"], mentioned_municipality_codes=[], published="2023-11-30",
          dialogue_type="medborgardialog", events=[{"date": "2023-11", "place": None, "participants": {"count": 60, "qualifier": "omkring"}}],
          target_groups={"required": ["barn_och_unga"], "optional": []},
          proposals=[P("fler vuxna på stan på kvällarna", ["barn_och_unga"]),
                     P("bättre belysning vid idrottsplatsen", ["barn_och_unga"]),
                     P("mer hjälp med läxor", ["barn_och_unga"])], pii=NOPII)),
    ("ho4_hudiksvall", "https://www.hudiksvall.se/nyheter/medarbetare-lss", "2021-03-18", """Medarbetare inom LSS tyckte till

Drygt 50 medarbetare från gruppbostäder och daglig verksamhet deltog i en digital workshop i mars.

Flera betonade vikten av att minska antalet timanställda. Medarbetarna önskade också tydligare rutiner vid överlämning mellan skift.
""", dict(municipality_codes=["2184"], county_codes=["21"], mentioned_municipality_codes=[], published="2021-03-18",
          dialogue_type="medarbetardialog", events=[{"date": "2021-03", "place": None, "participants": {"count": 50, "qualifier": "drygt"}}],
          target_groups={"required": ["funktionsnedsattning"], "optional": []},
          proposals=[P("minska antalet timanställda", ["funktionsnedsattning"]),
                     P("tydligare rutiner vid överlämning mellan skift", ["funktionsnedsattning"])], pii=NOPII)),
    ("ho5_motala", None, None, """Motion: Skyddat boende i egen regi

2019-09-02

Våldsutsatta kvinnor i Motala hänvisas i dag till boenden i andra kommuner, bland annat Linköping.

Vi föreslår kommunfullmäktige besluta

att Motala kommun utreder möjligheten att starta ett skyddat boende i egen regi

Karin Lund (S)
""", dict(municipality_codes=["0583"], county_codes=["05"], mentioned_municipality_codes=["0580"], published="2019-09-02",
          dialogue_type="politiskt_initiativ", events=[], target_groups={"required": ["vald_i_nara_relationer"], "optional": []},
          proposals=[P("Motala kommun utreder möjligheten att starta ett skyddat boende i egen regi", ["vald_i_nara_relationer"])],
          pii={"persons": ["Karin Lund"], "emails": [], "phones": []})),
    ("ho6_falun", "https://www.falun.se/nyheter/hemloshet-dialog", "2024-02-05", """Dialog om hemlöshet

Den 25 januari samlade socialtjänsten ideella organisationer, kyrkor och bostadsbolag till en dialog om hemlöshet. Cirka 35 personer deltog.

Bland förslagen fanns att öppna ett dagcenter på helger och att ta fram en gemensam plan för vintern. Det diskuterades också hur kommunen kan nå personer som inte söker stöd.
""", dict(municipality_codes=["2080"], county_codes=["20"], mentioned_municipality_codes=[], published="2024-02-05",
          dialogue_type="medborgardialog", events=[{"date": "2024-01-25", "place": None, "participants": {"count": 35, "qualifier": "cirka"}}],
          target_groups={"required": ["vuxna"], "optional": []},
          proposals=[P("öppna ett dagcenter på helger", ["vuxna"]), P("ta fram en gemensam plan för vintern", ["vuxna"])],
          pii=NOPII)),
]


def main() -> None:
    with open(OUT / "heldout_input.jsonl", "w", encoding="utf-8") as fi, open(OUT / "heldout_gold.jsonl", "w", encoding="utf-8") as fg:
        for doc_id, url, published, text, gold in DOCS:
            row = {"id": doc_id, "title": text.splitlines()[0], "url": url, "text": text}
            if published:
                row["published"] = published
            fi.write(json.dumps(row, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": doc_id, **gold}, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents")


if __name__ == "__main__":
    main()

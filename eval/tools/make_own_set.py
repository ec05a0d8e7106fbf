"""Write our own annotated genre set (tests/pipeline/data/own_input.jsonl, own_gold.jsonl).

Every sentence here was written for this project (invented events in real municipalities);
the gold follows ../shared/gold-dev/README.md. Run: python eval/tools/make_own_set.py
"""
from __future__ import annotations

import json

from dialogkartan import paths

OUT = paths.ROOT / "tests" / "pipeline" / "data"

P = lambda text, groups=(), required=True: {"text": text, "target_groups": list(groups), "required": required}  # noqa: E731
E = lambda date, place=None, count=None, q=None: {  # noqa: E731
    "date": date, "place": place, "participants": None if count is None else {"count": count, "qualifier": q}}


def tg(required=(), optional=()):
    return {"required": list(required), "optional": list(optional)}


DOCS = [
    dict(
        id="own01_kalix_seniorer", url="https://www.kalix.se/nyheter/dialog-seniorer", published="2024-04-02",
        title="Seniorerna tyckte till om träffpunkten",
        text="""Seniorerna tyckte till om träffpunkten

Den 14 mars kom ett trettiotal seniorer till Träffpunkt Furan för en medborgardialog om vad kommunens mötesplatser för äldre ska erbjuda framöver.

Samtalen leddes av två äldrepedagoger från socialförvaltningen. Stämningen var god och många hade tagit med sig egna idéer.

Det här föreslog deltagarna

• Fler bänkar längs promenadstråket vid älven
• Utöka öppettiderna på träffpunkten till helger
• Erbjud hjälp med digitala tjänster, till exempel att boka tid i vården

Förslagen lämnas nu till socialnämnden.
""",
        gold=dict(municipality_codes=["2514"], county_codes=["25"], mentioned_municipality_codes=[],
                  published="2024-04-02", dialogue_type="medborgardialog",
                  events=[E("2024-03-14", "Träffpunkt Furan", 30, "cirka")], target_groups=tg(["aldre"]),
                  proposals=[P("Fler bänkar längs promenadstråket vid älven", ["aldre"]),
                             P("Utöka öppettiderna på träffpunkten till helger", ["aldre"]),
                             P("Erbjud hjälp med digitala tjänster, till exempel att boka tid i vården", ["aldre"])],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own02_lerum_gruppbostad", url="https://www.lerum.se/nyheter/brukardialog-lss", published=None,
        title="Brukardialog på gruppbostäderna",
        text="""Brukardialog på gruppbostäderna

Publicerad 2023-10-09

Under september genomförde enheten för funktionsstöd brukardialoger på kommunens gruppbostäder enligt LSS. Drygt 40 brukare deltog, ofta tillsammans med en anhörig eller god man.

Många berättade att de trivs med personalen. Brukarna önskade att fler aktiviteter ska erbjudas på helgerna. Flera lyfte också att det behövs bättre möjligheter att resa till daglig verksamhet på egen hand.

Resultatet redovisas för omsorgsnämnden i december.
""",
        gold=dict(municipality_codes=["1441"], county_codes=["14"], mentioned_municipality_codes=[],
                  published="2023-10-09", dialogue_type="brukardialog",
                  events=[E("2023-09", None, 40, "drygt")], target_groups=tg(["funktionsnedsattning"]),
                  proposals=[P("fler aktiviteter ska erbjudas på helgerna", ["funktionsnedsattning"]),
                             P("det behövs bättre möjligheter att resa till daglig verksamhet på egen hand",
                               ["funktionsnedsattning"])],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own03_lysekil_pensionarsrad", url="https://lysekil.se/kommun-och-politik/pensionarsradet", published=None,
        title="Kommunala pensionärsrådet",
        text="""Kommunala pensionärsrådet

Kommunala pensionärsrådet är ett organ för samråd mellan kommunen och pensionärsorganisationerna. Rådet träffas fyra gånger per år.

Rådets uppgifter

- Verka för att äldres synpunkter tas till vara i planeringen
- Verka för god tillgänglighet i kommunens lokaler
- Ge information om förändringar inom äldreomsorgen

Vill du komma i kontakt med rådet kan du mejla sekreteraren Karin Holm, karin.holm@lysekil.se, eller ringa 0523-61 30 00.
""",
        gold=dict(municipality_codes=["1484"], county_codes=["14"], mentioned_municipality_codes=[],
                  published=None, dialogue_type="aterkommande_forum", events=[], target_groups=tg(["aldre"]),
                  proposals=[], pii=dict(persons=["Karin Holm"], emails=["karin.holm@lysekil.se"],
                                         phones=["0523-61 30 00"])),
    ),
    dict(
        id="own04_eskilstuna_motion", url=None, published=None,
        title="Motion om mobila team för hemlösa",
        text="""Motion om mobila team för hemlösa

2022-03-14

Antalet personer som saknar egen bostad i Eskilstuna har ökat de senaste åren. I Västerås har ett mobilt team av socialsekreterare och sjuksköterskor nått personer som annars inte söker hjälp.

Med anledning av detta yrkar vi

att kommunfullmäktige ger socialnämnden i uppdrag att utreda ett mobilt team för personer i hemlöshet

att Eskilstuna kommun tar fram en plan för fler lägenheter med boendestöd

Lena Ekström (V)
Omar Haddad (V)

Motionen avslogs av kommunfullmäktige i juni.
""",
        gold=dict(municipality_codes=["0484"], county_codes=["04"], mentioned_municipality_codes=["1980"],
                  published="2022-03-14", dialogue_type="politiskt_initiativ", events=[],
                  target_groups=tg(["vuxna"]),
                  proposals=[P("kommunfullmäktige ger socialnämnden i uppdrag att utreda ett mobilt team för personer i hemlöshet", ["vuxna"]),
                             P("Eskilstuna kommun tar fram en plan för fler lägenheter med boendestöd", ["vuxna"])],
                  pii=dict(persons=["Lena Ekström", "Omar Haddad"], emails=[], phones=[])),
    ),
    dict(
        id="own05_sundsvall_hemtjanst", url="https://sundsvall.se/nyheter/medarbetare-hemtjansten", published="2024-11-20",
        title="Medarbetarna i hemtjänsten formar nya arbetssätt",
        text="""Medarbetarna i hemtjänsten formar nya arbetssätt

Omkring fyrtio medarbetare från hemtjänstgrupperna samlades i förra veckan till en workshop om arbetsmiljö och planering.

Medarbetarna lyfte behovet av en mer förutsägbar schemaläggning och önskade att introduktionen för nyanställda förlängs.

– Vi vill kunna ge de äldre samma ansikten varje vecka, säger undersköterskan Maria Lind.

Förvaltningen ska nu gå igenom synpunkterna tillsammans med fackliga företrädare.
""",
        gold=dict(municipality_codes=["2281"], county_codes=["22"], mentioned_municipality_codes=[],
                  published="2024-11-20", dialogue_type="medarbetardialog",
                  events=[E("2024-11", None, 40, "omkring")], target_groups=tg(["aldre"]),
                  proposals=[P("en mer förutsägbar schemaläggning", ["aldre"]),
                             P("introduktionen för nyanställda förlängs", ["aldre"])],
                  pii=dict(persons=["Maria Lind"], emails=[], phones=[])),
    ),
    dict(
        id="own06_uddevalla_regional", url="https://www.uddevalla.se/nyheter/regional-dialogdag", published="2023-05-30",
        title="Regional dialogdag om framtidens omsorg",
        text="""Regional dialogdag om framtidens omsorg

Uddevalla var värd när kommunerna i Fyrbodal samlades till en regional dialogdag den 24 maj. Närmare 150 deltagare från socialtjänsten i åtta kommuner, bland annat Trollhättan och Vänersborg, deltog.

Dagen handlade om äldreomsorg och stöd till personer med funktionsnedsättning. Deltagarna föreslog gemensamma utbildningar för biståndshandläggare och ett länsgemensamt stöd för anhöriga.

Nästa dialogdag hålls i Trollhättan under hösten.
""",
        gold=dict(municipality_codes=["1485"], county_codes=["14"], mentioned_municipality_codes=["1488", "1487"],
                  published="2023-05-30", dialogue_type="regional_dialog",
                  events=[E("2023-05-24", None, 150, "närmare")],
                  target_groups=tg(["aldre", "funktionsnedsattning"]),
                  proposals=[P("gemensamma utbildningar för biståndshandläggare"),
                             P("ett länsgemensamt stöd för anhöriga")],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own07_harjedalen_inbjudan", url="https://www.herjedalen.se/nyheter/dialogcafe", published="2023-09-20",
        title="Välkommen på dialogcafé om äldreomsorgen",
        text="""Välkommen på dialogcafé om äldreomsorgen

Hur vill du att äldreomsorgen i Härjedalen ska se ut om tio år? Socialnämnden bjuder in till dialogcafé den 5 oktober klockan 14.00 i Folkets hus i Sveg.

Fika serveras. Ingen anmälan behövs.

Frågor besvaras av Anders Berg, 0680-160 00.
""",
        gold=dict(municipality_codes=["2361"], county_codes=["23"], mentioned_municipality_codes=[],
                  published="2023-09-20", dialogue_type="medborgardialog",
                  events=[E("2023-10-05", "Folkets hus i Sveg")], target_groups=tg(["aldre"]),
                  proposals=[], pii=dict(persons=["Anders Berg"], emails=[], phones=["0680-160 00"])),
    ),
    dict(
        id="own08_ludvika_unga", url="https://www.ludvika.se/nyheter/unga-tycker-till", published="2024-05-02",
        title="Unga tyckte till om fritiden",
        text="""Unga tyckte till om fritiden

Den 18 april träffade fritidsenheten tjugo ungdomar mellan 13 och 17 år på Mötesplats Ulfsparre för att prata om fritid och trygghet.

Ungdomarna föreslog följande:

• fler öppna ytor att hänga på inomhus
• att fritidsgården har öppet på lördagar
• bättre busstider till och från centrum

Förslagen tas med i arbetet med kommunens plan för barn och unga.
""",
        gold=dict(municipality_codes=["2085"], county_codes=["20"], mentioned_municipality_codes=[],
                  published="2024-05-02", dialogue_type="medborgardialog",
                  events=[E("2024-04-18", "Mötesplats Ulfsparre", 20, None)], target_groups=tg(["barn_och_unga"]),
                  proposals=[P("fler öppna ytor att hänga på inomhus", ["barn_och_unga"]),
                             P("att fritidsgården har öppet på lördagar", ["barn_och_unga"]),
                             P("bättre busstider till och från centrum", ["barn_och_unga"])],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own09_vaxjo_anhoriga", url="https://vaxjo.se/nyheter/anhorigtraff", published="2022-02-10",
        title="Anhöriga och brukare träffade dagverksamheten",
        text="""Anhöriga och brukare träffade dagverksamheten

I januari bjöd dagverksamheten för personer med demenssjukdom in brukare och anhöriga till ett samtal om verksamheten.

Deltagarna föreslog att inte stänga dagverksamheten under sommaren. Det föreslogs däremot inte några förändringar av öppettiderna.

En fråga som återkom var: Hur kan vi nå fler anhöriga som inte vet att stödet finns?

Nästa träff blir i maj.
""",
        gold=dict(municipality_codes=["0780"], county_codes=["07"], mentioned_municipality_codes=[],
                  published="2022-02-10", dialogue_type="brukardialog",
                  events=[E("2022-01")], target_groups=tg(["aldre"]),
                  proposals=[P("inte stänga dagverksamheten under sommaren", ["aldre"])],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own10_vetlanda_aldreplan", url="https://www.vetlanda.se/nyheter/aldreplan", published="2023-06-12",
        title="Ny äldreplan framtagen i dialog",
        text="""Ny äldreplan framtagen i dialog

Förslaget till ny äldreplan har tagits fram i dialog med pensionärsorganisationer, anhöriga och medarbetare. Under våren genomfördes fem dialogmöten med totalt 212 deltagare.

I planen föreslås bland annat att kommunen ska bygga ett nytt trygghetsboende i Ekenässjön och att hemtjänsten ska organiseras i mindre team.

Planen behandlas av kommunfullmäktige i september.
""",
        gold=dict(municipality_codes=["0685"], county_codes=["06"], mentioned_municipality_codes=[],
                  published="2023-06-12", dialogue_type="medborgardialog",
                  events=[E("2023", None, 212, None)], target_groups=tg(["aldre"]),
                  proposals=[P("kommunen ska bygga ett nytt trygghetsboende i Ekenässjön", ["aldre"]),
                             P("hemtjänsten ska organiseras i mindre team", ["aldre"])],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own11_kumla_medborgarlofte", url="https://www.kumla.se/nyheter/medborgarlofte-2024", published=None,
        title="Nytt medborgarlöfte för ett tryggare Kumla",
        text="""Nytt medborgarlöfte för ett tryggare Kumla

Kumla kommun och polisen har tecknat ett nytt medborgarlöfte. Under hösten 2023 genomfördes invånardialoger där fler än 300 invånare svarade på frågor om trygghet.

Många invånare vill ha bättre belysning i parkerna och fler vuxna som rör sig ute på kvällarna.

Löftet gäller under 2024 och följs upp varje halvår.
""",
        gold=dict(municipality_codes=["1881"], county_codes=["18"], mentioned_municipality_codes=[],
                  published="2023", dialogue_type="medborgardialog",
                  events=[E("2023", None, 300, "över")], target_groups=tg([], []),
                  proposals=[P("bättre belysning i parkerna"),
                             P("fler vuxna som rör sig ute på kvällarna")],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own12_boras_statistik", url="https://www.boras.se/nyheter/hemloshet-statistik", published="2024-01-15",
        title="Ny nationell kartläggning av hemlöshet",
        text="""Ny nationell kartläggning av hemlöshet

Socialstyrelsen har publicerat en ny kartläggning av hemlöshet i Sverige. Enligt rapporten har antalet personer i akut hemlöshet minskat något sedan förra mätningen.

Myndigheten bedömer att kommunerna behöver arbeta mer förebyggande med vräkningar.

Läs hela rapporten på Socialstyrelsens webbplats.
""",
        gold=dict(municipality_codes=["1490"], county_codes=["14"], mentioned_municipality_codes=[],
                  published="2024-01-15", dialogue_type="annat", events=[], target_groups=tg(["vuxna"]),
                  proposals=[P("kommunerna behöver arbeta mer förebyggande med vräkningar", required=False)],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own13_ornskoldsvik_psykiatri", url="https://www.ornskoldsvik.se/nyheter/workshop-socialpsykiatri", published="2024-09-03",
        title="Workshop om socialpsykiatrin",
        text="""Workshop om socialpsykiatrin

Den 27 augusti deltog ett 60-tal medarbetare från socialpsykiatrin i en workshop om hur stödet kan utvecklas.

Två saker lyftes särskilt: att korta väntetiderna till boendestöd och att ge medarbetarna mer tid för handledning.

Dessutom betonades vikten av ett närmare samarbete med regionens psykiatri.

Arbetet fortsätter i verksamheternas arbetsplatsträffar.
""",
        gold=dict(municipality_codes=["2284"], county_codes=["22"], mentioned_municipality_codes=[],
                  published="2024-09-03", dialogue_type="medarbetardialog",
                  events=[E("2024-08-27", None, 60, "cirka")], target_groups=tg(["vuxna"]),
                  proposals=[P("korta väntetiderna till boendestöd", ["vuxna"]),
                             P("ge medarbetarna mer tid för handledning", ["vuxna"]),
                             P("ett närmare samarbete med regionens psykiatri", ["vuxna"])],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own14_skovde_dialog", url="https://skovde.se/nyheter/resultat-dialog-socialtjanst", published="2024-10-01",
        title="Resultat från dialogen om socialtjänsten",
        text="""Resultat från dialogen om socialtjänsten

I september hölls två öppna dialogmöten om socialtjänstens arbete. Här är en sammanfattning per område.

Barn och unga

Deltagarna vill att skolan och socialtjänsten samarbetar tidigare när ett barn far illa.

Ekonomiskt bistånd

Under den här punkten efterfrågades kortare handläggningstider och tydligare besked vid avslag.

Övrigt

Många uppskattade att få träffa politikerna direkt.
""",
        gold=dict(municipality_codes=["1496"], county_codes=["14"], mentioned_municipality_codes=[],
                  published="2024-10-01", dialogue_type="medborgardialog",
                  events=[E("2024-09")], target_groups=tg(["barn_och_unga", "vuxna"]),
                  proposals=[P("skolan och socialtjänsten samarbetar tidigare när ett barn far illa", ["barn_och_unga"]),
                             P("kortare handläggningstider", ["vuxna"]),
                             P("tydligare besked vid avslag", ["vuxna"])],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own15_tranemo_foraldrar", url="https://www.tranemo.se/nyheter/foraldrakvall", published="2025-02-20",
        title="Föräldrar delade sina erfarenheter",
        text="""Föräldrar delade sina erfarenheter

Den 3 februari samlades ett femtiotal föräldrar på Tranemo bibliotek för att prata om föräldraskap i tonåren.

Föräldrarna föreslog bland annat fler föräldrakurser på kvällstid samt en enklare väg in till familjecentralen. De efterfrågade också mer råd- och stödinsatser för tonåringar.

Kvällen arrangerades av familjecentralen tillsammans med Studieförbundet Vuxenskolan.
""",
        gold=dict(municipality_codes=["1452"], county_codes=["14"], mentioned_municipality_codes=[],
                  published="2025-02-20", dialogue_type="medborgardialog",
                  events=[E("2025-02-03", "Tranemo bibliotek", 50, "cirka")], target_groups=tg(["barn_och_unga"]),
                  proposals=[P("fler föräldrakurser på kvällstid", ["barn_och_unga"]),
                             P("en enklare väg in till familjecentralen", ["barn_och_unga"]),
                             P("mer råd- och stödinsatser för tonåringar", ["barn_och_unga"])],
                  pii=dict(persons=[], emails=[], phones=[])),
    ),
    dict(
        id="own16_nacka_vald", url="https://www.nacka.se/nyheter/dialog-vald", published="2024-03-15",
        title="Dialog om våld i nära relationer",
        text="""Dialog om våld i nära relationer

Den 8 mars höll socialtjänsten en dialog om våld i nära relationer tillsammans med kvinnojouren. Ett tjugotal invånare och representanter för föreningar deltog.

Deltagarna betonade vikten av att utbilda personal i skolan om våld i nära relationer och att informationen om stöd finns på flera språk.

– Det var starkt att höra om egna erfarenheter, säger enhetschefen Sofia Nyberg.

Socialtjänsten återkommer med en handlingsplan.
""",
        gold=dict(municipality_codes=["0182"], county_codes=["01"], mentioned_municipality_codes=[],
                  published="2024-03-15", dialogue_type="medborgardialog",
                  events=[E("2024-03-08", None, 20, "cirka")],
                  target_groups=tg(["vald_i_nara_relationer"], ["barn_och_unga"]),
                  proposals=[P("utbilda personal i skolan om våld i nära relationer", ["vald_i_nara_relationer"]),
                             P("informationen om stöd finns på flera språk", ["vald_i_nara_relationer"])],
                  pii=dict(persons=["Sofia Nyberg"], emails=[], phones=[])),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "own_input.jsonl", "w", encoding="utf-8") as fi, open(OUT / "own_gold.jsonl", "w", encoding="utf-8") as fg:
        for d in DOCS:
            row = {k: d[k] for k in ("id", "title", "url", "text")}
            if d.get("published"):
                row["published"] = d["published"]
            fi.write(json.dumps(row, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": d["id"], **d["gold"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {OUT}")


if __name__ == "__main__":
    main()

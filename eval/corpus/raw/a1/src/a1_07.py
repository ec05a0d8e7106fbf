from h import *
INPUT = dict(id="a1-07", title="Samrådsdag om våld i nära relationer – det här kom fram", url="https://www.harnosand.se/",
genre="summary", source_url="https://www.umea.se/omsorgochhjalp/tryggochsaker/brottsforebyggandearbete/arkivbrottsforebygggande/aktuelltfranumebrajuni2021.5.37afea70177a38d6d10e34.html ; https://www.helagotland.se/insandare/vill-regionen-ha-en-kvinnojour-15095735.aspx ; http://nck.uu.se/kunskapsbanken/webbstod-for-kommuner/att-arbeta-med-valdsutsatta/",
genre_note="Skriven i genren från flera sidor om kommuners arbete mot våld i nära relationer (kvinnojourens roll, våld och funktionsnedsättning, att fråga om våld); kommun, datum och förslag är sammanställda.",
text="""
Nyheter

Samrådsdag om våld i nära relationer – det här kom fram

Publicerad: 2025-03-20

Torsdagen den 13 mars samlades drygt 40 personer i Sambiblioteket för en samrådsdag om våld i nära relationer. Socialtjänsten hade bjudit in kvinnojouren, Brottsofferjouren, polisen, Region Västernorrland, skolans elevhälsa och personer som själva har levt med våld. Syftet var att höra hur stödet upplevs i dag och vad som behöver bli bättre.

Dagen leddes av kommunens våldsförebyggande samordnare. Deltagarna arbetade i grupper kring fem teman.

Att bli upptäckt

Många av de utsatta berättade att ingen frågade om våld förrän det hade pågått i flera år. Grupperna föreslog att all personal i socialtjänsten och hemtjänsten ska ställa frågor om våld som rutin och att vårdcentralerna gör detsamma.

Barn som upplever våld

Elevhälsan lyfte att barnen ofta märks först i skolan. Förslagen var att skolkuratorerna får utbildning i att prata med barn om våld och att barn som har bevittnat våld alltid erbjuds egna samtal.

Skydd och boende

Kvinnojouren beskrev hur svårt det är för kvinnorna att komma vidare efter tiden i skyddat boende. Det behövs lägenheter som kan förmedlas snabbt, och flera ansåg att kommunen borde teckna ett långsiktigt avtal med kvinnojouren i stället för korta uppdrag.

Våld mot personer med funktionsnedsättning och äldre

Deltagarna påpekade att kvinnor med funktionsnedsättning och äldre som utsätts av en närstående ofta faller mellan stolarna. Ett förslag var att informationen om stöd tas fram på lättläst svenska och teckenspråk. Ett annat var att personal i LSS-verksamheter och äldreomsorg får återkommande utbildning om våld.

Information och samverkan

Många visste inte vart de kunde vända sig. Deltagarna ville ha en gemensam telefonlinje dit både utsatta och anhöriga kan ringa, och att polis, socialtjänst och region träffas regelbundet för att gå igenom gemensamma ärenden.

Hur går vi vidare?

Socialnämnden kommer att använda resultatet när handlingsplanen mot våld i nära relationer revideras under hösten. Samordnaren återkopplar till alla deltagare före sommaren.

Frågor?
Malin Ödmark, våldsförebyggande samordnare
0611-34 82 19
malin.odmark@harnosand.se

Senast uppdaterad: 2025-03-21
""")
GOLD = dict(municipality_codes=["2280"], county_codes=["22"], mentioned_municipality_codes=[], published="2025-03-20",
dialogue_type="medborgardialog", events=[E("2025-03-13", "Sambiblioteket", 40, "drygt")],
target_groups=TG(["vald_i_nara_relationer", "barn_och_unga"], ["funktionsnedsattning", "aldre"]),
proposals=[
P("all personal i socialtjänsten och hemtjänsten ska ställa frågor om våld som rutin", ["vald_i_nara_relationer"], True, "trygghet_vald", ["forebyggande_arbete"]),
P("vårdcentralerna gör detsamma", ["vald_i_nara_relationer"], False, "trygghet_vald"),
P("skolkuratorerna får utbildning i att prata med barn om våld", ["vald_i_nara_relationer", "barn_och_unga"], True, "kompetensforsorjning", ["skola_utbildning"]),
P("barn som har bevittnat våld alltid erbjuds egna samtal", ["vald_i_nara_relationer", "barn_och_unga"], True, "stod_insatser", ["trygghet_vald"]),
P("lägenheter som kan förmedlas snabbt", ["vald_i_nara_relationer"], True, "boende"),
P("teckna ett långsiktigt avtal med kvinnojouren i stället för korta uppdrag", ["vald_i_nara_relationer"], True, "samverkan"),
P("informationen om stöd tas fram på lättläst svenska och teckenspråk", ["vald_i_nara_relationer", "funktionsnedsattning"], True, "information_kommunikation"),
P("personal i LSS-verksamheter och äldreomsorg får återkommande utbildning om våld", ["vald_i_nara_relationer", "funktionsnedsattning", "aldre"], True, "kompetensforsorjning", ["trygghet_vald"]),
P("en gemensam telefonlinje dit både utsatta och anhöriga kan ringa", ["vald_i_nara_relationer"], True, "information_kommunikation"),
P("polis, socialtjänst och region träffas regelbundet för att gå igenom gemensamma ärenden", ["vald_i_nara_relationer"], True, "samverkan"),
],
commitments=[C("Socialnämnden kommer att använda resultatet när handlingsplanen mot våld i nära relationer revideras under hösten"),
C("Samordnaren återkopplar till alla deltagare före sommaren")],
pii=PII(["Malin Ödmark"], ["malin.odmark@harnosand.se"], ["0611-34 82 19"]))

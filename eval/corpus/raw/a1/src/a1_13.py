from h import *
INPUT = dict(id="a1-13", title="Ungdomsfullmäktige", url="https://www.skelleftea.se/",
genre="youth_council", source_url="https://www.skelleftea.se/kommun/kommunens-organisation/radgivande-organ/ungdomsfullmaktige", text="""
Ungdomsfullmäktige

1 600 unga säger sitt om kommunens verksamheter! Unga och politiker möts i dialog. Unga skriver motioner direkt till kommunens nämnder. Alla förslag får återkoppling.

Ungdomsfullmäktige 2019/2020

Invånardialoger ersatte elevernas motioner i år

Lyssna när politikerna berättar vilka förslag som kom fram i dialogerna och hur de konkret ska arbeta vidare med dem.

Per Lundmark, kommunalråd

Sofia Berglund, ordförande i nämnden för support och lokaler

Mikael Nordin, ordförande i fritidsnämnden

Anna Hellström, ordförande i kulturnämnden

Erik Wiklund, ordförande i socialnämnden

Lisa Åström, tillförordnad ordförande i för- och grundskolenämnden

Jonna Lindberg, ordförande i gymnasienämnden

På Ungdomsfullmäktigedagen 2019 sa ungdomarna att de vill träffa politiker och beslutsfattare där de själva är, och framföra sina åsikter direkt till politiker och tjänstepersoner.

Därför har företrädare för kommunens förvaltningar och nämnder i år besökt sju skolor för att samtala med eleverna. Dialogerna var öppna för alla elever på skolorna, inte bara för dem i årskurs 8 och i årskurs 2 på gymnasiet.

Besöken gjordes på Anderstorpsgymnasiet, Baldergymnasiet, Ursviksskolan, Kågeskolan, Bolidenskolan, Bureåskolan och Lejonströmsskolan. Andra skolor bjöds in till dialogerna på dessa skolor. På Baldergymnasiet deltog till exempel elever från fristående gymnasieskolor, och i Kåge kom elever från bland annat Norrhammarskolan och Björkskolan.

En eller två politiker från varje nämnd var på plats. Precis som på ungdomsfullmäktigedagen deltog de som företrädare för sin nämnd och inte för sitt parti. Tjänstepersoner från förvaltningarna antecknade synpunkter, frågor och förslag.

Det här tog eleverna upp

Fritid: Eleverna vill ha längre öppettider på fritidsgårdarna och en inomhushall för skate. Många efterfrågade gratis entré till simhallen för unga under 18.

Skola: Det behövs fler lärare så att klasserna blir mindre. Eleverna önskade bättre skolmat, mer studiero och att skolkuratorn ska vara lättare att få tid hos.

Kollektivtrafik: Bussar som går oftare från byarna till stan, särskilt på kvällar och helger.

Socialtjänst: Flera ville att socialtjänsten ska finnas på plats i skolorna, så att det är lättare att be om hjälp. Någon föreslog en chatt där unga anonymt kan ställa frågor.

Kultur: Fler konserter och scener för unga artister.

Så går vi vidare

Fritidsnämnden ska se över öppettiderna på fritidsgårdarna under 2020. Socialnämnden kommer att pröva att ha socialsekreterare på två skolor en dag i veckan. Alla elever får återkoppling på förslagen via skolorna före sommarlovet.

Senast uppdaterad: 2020-03-18
""")
GOLD = dict(municipality_codes=["2482"], county_codes=["24"], mentioned_municipality_codes=[], published="2020-03-18",
dialogue_type="aterkommande_forum",
events=[E("2019", "Anderstorpsgymnasiet"), E("2019", "Baldergymnasiet"), E("2019", "Ursviksskolan"), E("2019", "Kågeskolan"), E("2019", "Bolidenskolan"), E("2019", "Bureåskolan"), E("2019", "Lejonströmsskolan")],
target_groups=TG(["barn_och_unga"]),
proposals=[
P("längre öppettider på fritidsgårdarna", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
P("en inomhushall för skate", ["barn_och_unga"], True, "motesplatser_aktiviteter", ["lokaler_miljo"]),
P("gratis entré till simhallen för unga under 18", ["barn_och_unga"], True, "motesplatser_aktiviteter", ["ekonomi"]),
P("Det behövs fler lärare så att klasserna blir mindre", ["barn_och_unga"], True, "skola_utbildning", ["kompetensforsorjning"]),
P("bättre skolmat", ["barn_och_unga"], True, "skola_utbildning"),
P("mer studiero", ["barn_och_unga"], True, "skola_utbildning"),
P("skolkuratorn ska vara lättare att få tid hos", ["barn_och_unga"], True, "skola_utbildning", ["stod_insatser"]),
P("Bussar som går oftare från byarna till stan, särskilt på kvällar och helger", ["barn_och_unga"], True, "tillganglighet"),
P("socialtjänsten ska finnas på plats i skolorna", ["barn_och_unga"], True, "samverkan", ["skola_utbildning"]),
P("en chatt där unga anonymt kan ställa frågor", ["barn_och_unga"], True, "digitalisering", ["information_kommunikation"]),
P("Fler konserter och scener för unga artister", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
],
commitments=[C("Fritidsnämnden ska se över öppettiderna på fritidsgårdarna under 2020"),
C("Socialnämnden kommer att pröva att ha socialsekreterare på två skolor en dag i veckan"),
C("Alla elever får återkoppling på förslagen via skolorna före sommarlovet")],
pii=PII(["Per Lundmark", "Sofia Berglund", "Mikael Nordin", "Anna Hellström", "Erik Wiklund", "Lisa Åström", "Jonna Lindberg"], [], []))

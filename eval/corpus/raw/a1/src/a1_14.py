from h import *
INPUT = dict(id="a1-14", title="Trygghetsvandring Sanden", url="https://boden.se/",
genre="safety", source_url="https://boden.se/samhalle-utveckling/hallbar-utveckling/trygghetsvandring",
genre_note="Sidans ram och fakta (modellen, datum och områden) kommer från Bodens sida; protokollets punkter är skrivna i genren eftersom rapporten själv inte fanns i söktjänsten.",
text="""
Illustration: en person som går längs en väg en kväll.

Trygghetsvandring

Modellen kommer från Göteborg. Kärnan i en trygghetsvandring är att boende, verksamheter och de som ansvarar för området träffas tillsammans med en erfaren arrangör och pratar om hur området kan bli tryggare och trevligare. Gruppen går en slinga som bestämts i förväg och stannar där otryggheten är som störst.

Vandringen ska ge ett utbyte av tankar, sprida information och ge de boende en chans att påverka tryggheten och trivseln där de bor. Samtalet mellan invånare och förvaltare är lika viktigt som de fysiska förändringar som kan bli resultatet. I protokollen från vandringarna kan du läsa vilka problem som togs upp och vilka åtgärder som föreslogs.

Genomförda trygghetsvandringar

Harads – 4 december 2018 (rapporten uppdaterad 2020-04-03)
Sveafältet – 11 december 2018
Sanden – 17 december 2019
Prästholmen – 15 december 2020

Ur rapporten från Sanden, 17 december 2019

Cirka 25 personer deltog: boende, representanter för bostadsbolaget, polisen, räddningstjänsten och kommunens tekniska förvaltning. Vandringen startade vid Sandenskolan klockan 18.

1. Gångtunneln under Sandenvägen
Problem: Tunneln är mörk och klottrad, och många undviker den på kvällen.
Förslag: Byt till starkare och vandalsäkra armaturer i tunneln och sanera klottret.

2. Stigen mellan skolan och ishallen
Problem: Buskarna är höga och skymmer sikten.
Förslag: Buskarna bör klippas ner och stigen få belysning hela vägen.

3. Parkeringen vid Sandens centrum
Problem: Ungdomar kör bil i hög fart på parkeringen.
Förslag: Sätt upp farthinder och se till att polisen gör fler besök på fredagskvällar.

4. Lekplatsen vid Kyrkgatan
Problem: Trasiga gungor och ingen belysning.
Förslag: Lekplatsen rustas upp och förses med belysning.

5. Busshållplatsen vid Sandenskolan
Förslag: Hållplatsen behöver ett väderskydd med belysning.

Deltagarna önskade också att en ny trygghetsvandring görs om ett år för att följa upp.

Åtgärder
Tekniska förvaltningen har lovat att byta belysningen i gångtunneln under våren 2020. Bostadsbolaget klipper buskarna vid sina fastigheter.

Ladda ner dokument
Rapport trygghetsvandring Sveafältet
Ladda ner dokument
Rapport trygghetsvandring Harads
Ladda ner dokument
Rapport trygghetsvandring Sanden
Ladda ner dokument
Rapport trygghetsvandring Prästholmen

Senast uppdaterad: 2022-03-07
""")
GOLD = dict(municipality_codes=["2582"], county_codes=["25"], mentioned_municipality_codes=["1480"], published="2022-03-07",
dialogue_type="medborgardialog",
events=[E("2018-12-04", "Harads"), E("2018-12-11", "Sveafältet"), E("2019-12-17", "Sandenskolan", 25, "cirka"), E("2020-12-15", "Prästholmen")],
target_groups=TG([], ["barn_och_unga"]),
proposals=[
P("Byt till starkare och vandalsäkra armaturer i tunneln", [], True, "lokaler_miljo", ["trygghet_vald"]),
P("sanera klottret", [], True, "lokaler_miljo"),
P("Buskarna bör klippas ner", [], True, "lokaler_miljo", ["trygghet_vald"]),
P("stigen få belysning hela vägen", [], True, "lokaler_miljo", ["trygghet_vald"]),
P("Sätt upp farthinder", [], True, "lokaler_miljo", ["trygghet_vald"]),
P("polisen gör fler besök på fredagskvällar", [], True, "trygghet_vald"),
P("Lekplatsen rustas upp och förses med belysning", ["barn_och_unga"], True, "lokaler_miljo"),
P("Hållplatsen behöver ett väderskydd med belysning", [], True, "lokaler_miljo", ["tillganglighet"]),
P("en ny trygghetsvandring görs om ett år för att följa upp", [], True, "delaktighet_inflytande", ["trygghet_vald"]),
],
commitments=[C("Tekniska förvaltningen har lovat att byta belysningen i gångtunneln under våren 2020"),
C("Bostadsbolaget klipper buskarna vid sina fastigheter", "annan")],
pii=PII([], [], []))

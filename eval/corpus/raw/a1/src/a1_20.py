from h import *
INPUT = dict(id="a1-20", title="Välkommen till medborgardialog om Äldreplan för Härjedalens kommun 2022–2035", url="https://www.herjedalen.se/",
genre="invitation", source_url="https://www.herjedalen.se/nyhetsarkiv/nyhetsarkiv/nyheter/2023-08-14-valkommen-till-medborgardialog-om-aldreplan-for-harjedalens-kommun-2022-2035.html", text="""
Välkommen till medborgardialog om Äldreplan för Härjedalens kommun 2022–2035

Foto: Scandinav bildbyrå.

Du är välkommen till en medborgardialog om Äldreplan för Härjedalens kommun 2022–2035. Vi ses i Sveg och i Hede tisdagen den 22 augusti.

Sveg

Tisdag 22 augusti 2023 klockan 9–12
Folkan, Härjedalssalen

Hede

Tisdag 22 augusti 2023 klockan 13.30–16.30
Församlingshemmet

Den här gången handlar dialogmötena särskilt om kommunens äldreboenden. Vi pratar om hur många platser det ska finnas på de olika orterna och om vilken service boendena ska erbjuda. Vi berättar hur det ser ut i dag och hur behoven kan se ut framöver. Från kommunen deltar Per Olofsson (C), ordförande i socialutskottet, och socialchefen Karin Edström.

Vi går också igenom planens övriga mål och strategier och stämmer av vad som har gjorts och vad som planeras.

Läs äldreplanen 2023–2035

Kommunfullmäktige beslutade om Äldreplan för Härjedalens kommun 2022–2035 den 17 oktober 2022. När planen togs fram betonades hur viktigt det är att den följs upp löpande och att dialogen fortsätter, så att kommunen lever upp till ambitionerna i planen.

Vi bjuder på fika – anmäl dig gärna i förväg

Vi bjuder på fika och vill därför gärna veta hur många som kommer.

Anmäl dig senast tisdag 15 augusti till
omsorg@herjedalen.se eller till
Lena Bergström, telefon 0680-175 31.
Berätta om du vill komma till Sveg eller till Hede.

Varmt välkomna!

Senast uppdaterad: 14 augusti 2023 01:00
Redaktör för sidan: Ida Persson
""")
GOLD = dict(municipality_codes=["2361"], county_codes=["23"], mentioned_municipality_codes=[], published="2023-08-14",
dialogue_type="medborgardialog",
events=[E("2023-08-22", "Folkan, Härjedalssalen"), E("2023-08-22", "Församlingshemmet")],
target_groups=TG(["aldre"]),
proposals=[],
commitments=[],
pii=PII(["Per Olofsson", "Karin Edström", "Lena Bergström", "Ida Persson"], ["omsorg@herjedalen.se"], ["0680-175 31"]))

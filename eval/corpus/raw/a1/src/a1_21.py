from h import *
INPUT = dict(id="a1-21", title="Respekt för rättigheter – hur skapar vi ett gott liv för alla?", url="https://www.lansstyrelsen.se/",
genre="invitation", source_url="https://www.lansstyrelsen.se/vasterbotten/om-oss/kalender/kalenderhandelser---vasterbotten/2024-09-12-respekt-for-rattigheter---hur-vi-skapar-ett-gott-liv-for-alla.html", text="""
12 sep 2024 klockan 09.00 - 15.00

Respekt för rättigheter – hur skapar vi ett gott liv för alla?

Bild: tre människor i en cirkel i gult, blått och rött.

Ett bra samhälle har plats för alla. Vi bär på olika livserfarenheter, utbildningar, kulturer och trosuppfattningar, vi är unga och vi är årsrika, och många av oss lever med någon funktionsvariation. Välkommen till en konferens som handlar om just detta.

”När skolan fungerar blir hela familjen lättad”

”Vi sa för 40 år sedan att något måste göras, och ändå är frågan inte löst. Fortfarande hör man hemska berättelser om människor som hamnar mellan stolarna”

”Allt hänger på mig” – förälder till ett barn med funktionsnedsättning.

År 2009 ratificerade Sverige FN:s konvention om rättigheter för personer med funktionsnedsättning. Det innebär en skyldighet att se till att konventionen följs. Samtidigt är de flesta överens om att mycket arbete återstår innan samhället präglas av jämlikhet, tillgänglighet och delaktighet.

Under konferensen diskuterar vi hur vi kan skapa ett jämlikt Västerbotten där invånarnas mänskliga rättigheter enligt funktionsrättskonventionen respekteras och förverkligas – hur vi skapar ett gott liv för alla!

Vem riktar sig konferensen till?

Förtroendevalda, verksamhets- och enhetschefer, strateger, handläggare och andra i offentlig och ideell sektor, samt alla som är intresserade.

Moderator

Anna Wikström, expochef, Skellefteå kommun.

Har du frågor?

Kontakta gärna:

Maria Lundgren, samordnare och projektledare, regionala utvecklingsförvaltningen, Region Västerbotten, 070-312 48 90 eller maria.lundgren@regionvasterbotten.se

Arrangörerna förbehåller sig rätten att fördela om platserna vid behov, så att deltagarna kommer från hela länet.

Det är kostnadsfritt att delta. Anmäl dig senast den 30 augusti via länken nedan.
""")
GOLD = dict(municipality_codes=[], county_codes=["24"], mentioned_municipality_codes=["2482"], published=None,
dialogue_type="regional_dialog", events=[E("2024-09-12")],
target_groups=TG(["funktionsnedsattning"], ["barn_och_unga"]),
proposals=[],
commitments=[],
pii=PII(["Anna Wikström", "Maria Lundgren"], ["maria.lundgren@regionvasterbotten.se"], ["070-312 48 90"]))

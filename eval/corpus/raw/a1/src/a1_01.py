from h import *
INPUT = dict(id="a1-01", title="Dialogcafé om att bo och leva bra hela livet i Vansbro", url="https://dialogguiden.se/",
genre="summary", source_url="https://dialogguiden.se/article/show/1015", text="""
Hoppa till huvudinnehållet / Skip to main content

Exempel

Information

Ort Vansbro

Kontakt

Birgitta Lundholm, Utredare Sekretariatet

0281-750 48

birgitta.lundholm@vansbro.se

Relaterade artiklar

Dialogcafé om att bo och leva bra hela livet i Vansbro

Måndagen den 12 maj 2014 höll Vansbro kommun ett dialogcafé. Tanken var att invånarna skulle få säga sitt om hur äldreomsorgen i kommunen bör se ut i framtiden, så att politikerna får ett bättre underlag när de ska besluta om den. Kommunen ville också göra seniorerna delaktiga i planeringen och ta vara på deras erfarenheter och önskemål.

Syfte

Vansbro delar många utmaningar med andra kommuner. En av de största är att befolkningen förändras: de äldre blir fler och utgör en allt större del jämfört med dem som förvärvsarbetar. Samtidigt har invånarantalet minskat under flera decennier. Det betyder att äldreomsorgen kan behöva se annorlunda ut framöver.

Mot den bakgrunden beslutade politikerna att ordna ett dialogcafé dit kommuninvånare som fyllt 65 år bjöds in för att tillsammans med förtroendevalda samtala om utmaningarna och om tänkbara lösningar.

Process

Kvällen började med en kort genomgång av utmaningarna. Därefter samtalade deltagarna i små grupper. En moderator höll i ordet när grupperna redovisade och sammanfattade det de pratat om.

Resultat

Cirka 30 invånare deltog, tillsammans med en handfull politiker och tjänstemän. Efteråt sammanställdes synpunkterna under några rubriker:

Att bo kvar hemma
- Många vill kunna bo kvar hemma så länge som möjligt, med en hemtjänst som har tid att stanna och prata.
- Samma personal bör komma hem till den äldre så långt det går.
- Deltagarna efterfrågade hjälp med enklare sysslor som att byta glödlampor och skotta snö.

Boende
- Det behövs fler trygghetsboenden i Vansbro och Äppelbo, så att man kan flytta till något mindre utan att lämna bygden.
- Någon föreslog att parboende ska vara möjligt även när bara den ena har behov av särskilt boende.

Gemenskap och aktiviteter
- Mötesplatser för seniorer i byarna, gärna i lokaler som redan finns, som skolor och bygdegårdar.
- Fler aktiviteter tillsammans med barn och unga.
- Kommunen bör samarbeta med pensionärsföreningarna och kyrkan om besöksverksamhet för dem som är ensamma.

Information och resor
- En samlad broschyr om vad kommunen erbjuder äldre.
- Bättre möjligheter att ta sig till vårdcentralen och affären från byarna, till exempel med anropsstyrd trafik.

Sammanställningen har lämnats till socialnämnden och ska användas som underlag i arbetet med kommunens äldreplan. Deltagarna kunde också anmäla intresse för fler dialoger.
""")
GOLD = dict(municipality_codes=["2021"], county_codes=["20"], mentioned_municipality_codes=[], published=None,
dialogue_type="medborgardialog", events=[E("2014-05-12", None, 30, "cirka")], target_groups=TG(["aldre"]),
proposals=[
P("kunna bo kvar hemma så länge som möjligt", ["aldre"], True, "stod_insatser", ["boende"]),
P("en hemtjänst som har tid att stanna och prata", ["aldre"], True, "stod_insatser", ["ensamhet_isolering"]),
P("Samma personal bör komma hem till den äldre så långt det går", ["aldre"], True, "kompetensforsorjning", ["stod_insatser"]),
P("hjälp med enklare sysslor som att byta glödlampor och skotta snö", ["aldre"], True, "stod_insatser", ["forebyggande_arbete"]),
P("fler trygghetsboenden i Vansbro och Äppelbo", ["aldre"], True, "boende"),
P("parboende ska vara möjligt även när bara den ena har behov av särskilt boende", ["aldre"], True, "boende"),
P("Mötesplatser för seniorer i byarna", ["aldre"], True, "motesplatser_aktiviteter", ["ensamhet_isolering"]),
P("Fler aktiviteter tillsammans med barn och unga", ["aldre"], True, "motesplatser_aktiviteter"),
P("samarbeta med pensionärsföreningarna och kyrkan om besöksverksamhet för dem som är ensamma", ["aldre"], True, "ensamhet_isolering", ["samverkan"]),
P("En samlad broschyr om vad kommunen erbjuder äldre", ["aldre"], True, "information_kommunikation"),
P("Bättre möjligheter att ta sig till vårdcentralen och affären från byarna", ["aldre"], True, "tillganglighet"),
P("anropsstyrd trafik", ["aldre"], False, "tillganglighet"),
],
commitments=[C("ska användas som underlag i arbetet med kommunens äldreplan")],
pii=PII(["Birgitta Lundholm"], ["birgitta.lundholm@vansbro.se"], ["0281-750 48"]))

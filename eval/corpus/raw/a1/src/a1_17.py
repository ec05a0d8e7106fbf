from h import *
INPUT = dict(id="a1-17", title="Ge våldsutsatta kvinnor en riktig bostad", url="https://mitti.se/",
genre="letter", source_url="https://mitti.se/debatt/113343/", text="""
Debatt

Ge våldsutsatta kvinnor en riktig bostad

Vi på Västerorts kvinnojour vill att kvinnor som utsatts för våld och deras barn ska erbjudas bostad på ett annat sätt än i dag. Ett första steg vore att låta kvinnan bo kvar i sin bostad och att mannen som har utövat våldet tvingas flytta.

Vi vill också att ett antal lägenheter öronmärks för våldsutsatta kvinnor och deras barn. Då kan kvinnan snabbare komma på fötter och leva ett självständigt liv.

Västerorts kvinnojour är en ideell förening som har funnits sedan 2006. Vi ger stöd och hjälp till kvinnor som utsätts för våld, oavsett om våldet är psykiskt, fysiskt, sexuellt, materiellt eller ekonomiskt. Våld är alltid våld.

Vi kan erbjuda kvinnor och barn skyddat boende, och under 2011 var jouren fullbelagd 344 av årets 365 dagar. Vi fick också säga nej till 26 kvinnor som behövde bo hos oss, eftersom platserna inte räckte.

De flesta kvinnor vi möter har en svår boendesituation. Ofta är det kvinnan och barnen som måste lämna hemmet, medan mannen som utövat våldet bor kvar. Först utsätts alltså kvinnan för våld och sedan straffas hon genom att förlora sitt hem för att inte riskera mer våld. Bostaden är en grund för alla människor, och i en kris är den förmodligen ännu viktigare.

När kvinnorna ska flytta från oss finns det inte mycket att erbjuda. Kommunen hänvisar oftast till hotellhem eller vandrarhem, som vi inte tycker är bra alternativ. De är tänkta som tillfälliga lösningar och är ingen plats för barn som redan har varit med om mycket.

Därför uppmanar vi politikerna i Stockholms stad:
Inför en rutin där den som utövar våld är den som får lämna bostaden.
Avsätt lägenheter hos de kommunala bostadsbolagen för kvinnor som lämnar skyddat boende.
Sluta placera barnfamiljer på vandrarhem.
Ge kvinnojouren ett långsiktigt bidrag så att vi kan ta emot fler.

Anna Berggren
ordförande, Västerorts kvinnojour

Sara Nyqvist
jourkvinna, Västerorts kvinnojour
""")
GOLD = dict(municipality_codes=["0180"], county_codes=["01"], mentioned_municipality_codes=[], published=None,
dialogue_type="annat", events=[], target_groups=TG(["vald_i_nara_relationer"], ["barn_och_unga"]),
proposals=[
P("låta kvinnan bo kvar i sin bostad", ["vald_i_nara_relationer"], True, "boende", ["trygghet_vald"]),
P("mannen som har utövat våldet tvingas flytta", ["vald_i_nara_relationer"], True, "boende", ["trygghet_vald"]),
P("ett antal lägenheter öronmärks för våldsutsatta kvinnor och deras barn", ["vald_i_nara_relationer"], True, "boende"),
P("Inför en rutin där den som utövar våld är den som får lämna bostaden", ["vald_i_nara_relationer"], False, "boende", ["trygghet_vald"]),
P("Avsätt lägenheter hos de kommunala bostadsbolagen för kvinnor som lämnar skyddat boende", ["vald_i_nara_relationer"], False, "boende"),
P("Sluta placera barnfamiljer på vandrarhem", ["vald_i_nara_relationer", "barn_och_unga"], True, "boende"),
P("Ge kvinnojouren ett långsiktigt bidrag så att vi kan ta emot fler", ["vald_i_nara_relationer"], True, "ekonomi", ["samverkan"]),
],
commitments=[],
pii=PII(["Anna Berggren", "Sara Nyqvist"], [], []))

from h import *
INPUT = dict(id="a1-19", title="Motion: Gör medborgarförslagen till en verklig väg att påverka", url="https://www.vimmerby.se/",
genre="motion", source_url="https://www.dagensvimmerby.se/nyheter/politik/e/314715/han-vill-att-invanare-som-lagger-forslag-ska-bli-mer-involverade/", text="""
Motion till kommunfullmäktige i Vimmerby kommun

Gör medborgarförslagen till en verklig väg att påverka

Alla som bor i kommunen kan lämna ett medborgarförslag. Syftet är att invånarna ska kunna delta i politiken även mellan valen, och att den som inte har rösträtt i kommunalvalet – barn, unga och utländska medborgare – också ska kunna påverka.

Vi behöver alla bra förslag vi kan få. Samtidigt vill, kan eller får vi inte alltid genomföra dem, och det finns ofta goda skäl till ett avslag. Men den som har lagt ett förslag ska förstå varför det bifölls eller avslogs.

I Vimmerby har bara fem av 69 medborgarförslag bifallits, alltså drygt sju procent. I landets kommuner som helhet bifalls ungefär 30 procent. Risken är stor att invånarna slutar tro på att det är någon mening med att lämna förslag, och att färre gör det. Det motverkar hela syftet med medborgarförslagen.

En tätare dialog mellan kommunen och förslagsställaren skulle öka förståelsen åt båda håll: för hur kommunen tänker och fungerar, och för vad förslagsställaren egentligen menar. Det skulle stärka demokratin.

Med anledning av detta yrkar jag att kommunfullmäktige beslutar

att den som lämnat ett medborgarförslag erbjuds att träffa den tjänsteperson som utreder ärendet för att förklara sitt förslag,

att förslagsställaren bjuds in till det sammanträde där nämnden beslutar om sin rekommendation,

att beslutet om ett medborgarförslag alltid skickas till förslagsställaren med en begriplig motivering, samt

att kommunstyrelsen varje år redovisar hur många medborgarförslag som bifallits och avslagits.

Vimmerby i januari 2026

Mikael Strand (V)
""")
GOLD = dict(municipality_codes=["0884"], county_codes=["08"], mentioned_municipality_codes=[], published="2026-01",
dialogue_type="politiskt_initiativ", events=[], target_groups=TG([], ["barn_och_unga"]),
proposals=[
P("den som lämnat ett medborgarförslag erbjuds att träffa den tjänsteperson som utreder ärendet för att förklara sitt förslag", [], True, "delaktighet_inflytande"),
P("förslagsställaren bjuds in till det sammanträde där nämnden beslutar om sin rekommendation", [], True, "delaktighet_inflytande"),
P("beslutet om ett medborgarförslag alltid skickas till förslagsställaren med en begriplig motivering", [], True, "information_kommunikation", ["delaktighet_inflytande"]),
P("kommunstyrelsen varje år redovisar hur många medborgarförslag som bifallits och avslagits", [], True, "information_kommunikation", ["delaktighet_inflytande"]),
P("En tätare dialog mellan kommunen och förslagsställaren", [], False, "delaktighet_inflytande"),
],
commitments=[],
pii=PII(["Mikael Strand"], [], []))

from h import *
INPUT = dict(id="a1-05", title="Medborgardialoger inom God och nära vård", url="https://kramfors.se/",
genre="summary", source_url="https://kramfors.se/stod--omsorg/god-och-nara-vard/medborgardialog-inom-god-och-nara-vard.html", text="""
Bild: Referensgruppen samlad runt ett bord.

Åtta invånare i Höga Kusten anmälde intresse för att ingå i en referensgrupp.

Medborgardialoger inom
God och nära vård

Under 2022 höll medarbetare från Kramfors kommun och primärvården i Höga Kusten fyra medborgardialoger i ett avgränsat område: Docksta, Ullånger och Nordingrå. Uppdraget kom från politikerna i kommunen och regionen.

Dialogerna utgick från länets gemensamma målbild för God och nära vård. Syftet var att lära mer om vad invånarna behöver av framtidens vård och omsorg.

Under hösten har arbetet byggt på det som invånarna i området beskrev som sina viktigaste behov. Kramfors kommun, Region Västernorrland och de åtta invånarna i referensgruppen har tillsammans pekat ut behovsområden och aktiviteter.

Tillgänglighet

För invånarna handlar tillgänglighet mycket om att komma i kontakt med vården och omsorgen när behovet finns, och om att kunna få en tid hos läkare. Många önskade att telefontiden till hälsocentralen förlängs och att det går att få hembesök av distriktssköterska oftare i byarna. Några exempel på åtgärder som är planerade eller redan gjorda:

• Information till invånarna om de olika vägarna att nå vården, med betoning på de digitala möjligheterna utöver telefon.
• Praktisk utbildning och information på utvalda orter, till exempel om hur man loggar in på 1177, använder chatten och bokar tid digitalt.

Delaktighet

För invånarna är det viktigt att primärvården är navet, både den vård som ges på hälsocentralerna och den kommunala hälso- och sjukvården. De vill veta vilket nästa steg är och kunna förstå informationen de får vid besök i vården och omsorgen. Deltagarna föreslog att varje patient med flera kontakter får en fast kontaktperson, och att informationen skrivs på lättläst svenska.

Några exempel på pågående aktiviteter:

• Hälsocentralerna arbetar med patientkontrakt för att säkra delaktighet och samordning.
• Kommunens och regionens personal ska träffas regelbundet för att planera vården för de mest sjuka äldre tillsammans.

Trygghet i hemmet

Flera äldre lyfte oron för att bo ensam långt från service. Det kom önskemål om fler träffpunkter i byarna där man kan äta tillsammans, och om att anhöriga ska få mer stöd och avlösning.

Referensgruppen fortsätter att träffas under 2023 och resultatet följs upp av politikerna i kommunen och regionen.

Kontakt

Eva Berglund, utvecklingsledare
0612-800 312
eva.berglund@kramfors.se
""")
GOLD = dict(municipality_codes=["2282"], county_codes=["22"], mentioned_municipality_codes=[], published=None,
dialogue_type="medborgardialog",
events=[E("2022", "Docksta"), E("2022", "Ullånger"), E("2022", "Nordingrå")],
target_groups=TG(["aldre"], []),
proposals=[
P("telefontiden till hälsocentralen förlängs", [], True, "tillganglighet", ["information_kommunikation"]),
P("hembesök av distriktssköterska oftare i byarna", ["aldre"], True, "stod_insatser", ["tillganglighet"]),
P("primärvården är navet", [], False, "samverkan"),
P("varje patient med flera kontakter får en fast kontaktperson", [], True, "information_kommunikation", ["samverkan"]),
P("informationen skrivs på lättläst svenska", [], True, "information_kommunikation"),
P("fler träffpunkter i byarna där man kan äta tillsammans", ["aldre"], True, "motesplatser_aktiviteter", ["ensamhet_isolering"]),
P("anhöriga ska få mer stöd och avlösning", ["aldre"], True, "stod_insatser"),
],
commitments=[
C("Information till invånarna om de olika vägarna att nå vården, med betoning på de digitala möjligheterna utöver telefon"),
C("Praktisk utbildning och information på utvalda orter, till exempel om hur man loggar in på 1177, använder chatten och bokar tid digitalt"),
C("Hälsocentralerna arbetar med patientkontrakt för att säkra delaktighet och samordning", "annan"),
C("Kommunens och regionens personal ska träffas regelbundet för att planera vården för de mest sjuka äldre tillsammans"),
C("Referensgruppen fortsätter att träffas under 2023"),
],
pii=PII(["Eva Berglund"], ["eva.berglund@kramfors.se"], ["0612-800 312"]))

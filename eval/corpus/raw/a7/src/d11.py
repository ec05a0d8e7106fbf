from helper import *
T = """Närståendeträffar och brukarråd

Publicerat 7 september 2012 av Sandelska huset

I augusti och september har vi hållit både brukarråd och träffar för närstående. Vi tycker att det har varit trevligt att ses i de här formerna, och framöver bjuder vi in till närståendeträffar fyra gånger per år.

På träffen informerade vi om:

 • Läkarronden, som vi har två gånger i veckan
 • Medicinska vårdplaneringar, minst en gång om året. Då kan man tillsammans med läkaren gå igenom sjukdomar, mediciner och annat
 • Att en farmaceut har gått igenom läkemedlen för alla som bor i huset
 • Fallprevention, som vi arbetar mycket med. Mattor är en risk, alla behöver bra skor och rätt mediciner. Vi visade också höftskyddsbyxor
 • Digitala fotoramar, som alla kan få gratis. Med era foton kan vi göra en levnadsberättelse i bilder. De som har en är nöjda. Fråga din kontaktperson om du inte var med
 • Vår blogg
 • Våra aktiviteter
 • Måltiderna på avdelningarna. Vi har märkt att det stör de boende när närstående är med i matsalen just vid lunch och middag. Vi bad därför närstående att undvika de tiderna, av hänsyn till dem som bor här. Till eftermiddagskaffet är gäster däremot alltid välkomna
 • Parkeringsplatserna diskuterades. Flera närstående önskade att det märks ut två besöksplatser närmast entrén
 • Kontaktmannaskapet diskuterades. Närstående vill att kontaktpersonen ringer hem minst en gång i månaden och berättar hur det går
 • Knäckebröd på borden diskuterades också. Alla får det, men av hygienskäl kan det inte stå framme på alla bord

Minnesanteckningar från brukarrådet 22 augusti 2012

Maten
Vi pratade om olika rätter, och slutsatsen blev att smaken varierar. Rådet önskar att det serveras husmanskost minst tre dagar i veckan och att det finns ett alternativ med fisk varje dag.

Planeringen inför höstens surströmmingsfest började.

Vi diskuterade möjligheten att själv välja rätt. En del uppskattar det, medan andra tycker att det är svårt att minnas vad man valt och tråkigt att äta något annat än bordsgrannarna. Förslaget från rådet var att valet görs på morgonen i stället för dagen innan.

Aktiviteter
Kommande veckors aktiviteter gicks igenom. De boende önskar mer utevistelse så länge vädret tillåter, gärna en promenadgrupp på förmiddagarna. Några vill att det ordnas en utflykt till Gamla Uppsala kyrka innan hösten. Rådet föreslog också att högläsningen flyttas från lördagar till en vardagskväll.

Boendemiljön
En av de boende tog upp att belysningen i korridoren på plan 2 är för svag på kvällen. Verksamhetschefen svarade att lamporna ska bytas under september.

Nästa brukarråd hålls i oktober.

Carina Holmgren, verksamhetschef
"""
add("a7-11", "Närståendeträffar och brukarråd", "https://sandelskahuset.com/", T, "minutes",
    "https://sandelskahuset.com/2012/09/07/narstaendetraffar-brukarrad/", ["0380"], ["03"], "2012-09-07", "aterkommande_forum",
    [ev("2012-08-22", None)], ["aldre"], [],
    [P("det märks ut två besöksplatser närmast entrén", ["aldre"], True, "lokaler_miljo", ["tillganglighet"]),
     P("kontaktpersonen ringer hem minst en gång i månaden och berättar hur det går", ["aldre"], True, "information_kommunikation"),
     P("det serveras husmanskost minst tre dagar i veckan", ["aldre"], True, "nytt"),
     P("det finns ett alternativ med fisk varje dag", ["aldre"], True, "nytt"),
     P("valet görs på morgonen i stället för dagen innan", ["aldre"], True, "nytt"),
     P("mer utevistelse så länge vädret tillåter", ["aldre"], True, "motesplatser_aktiviteter"),
     P("en promenadgrupp på förmiddagarna", ["aldre"], True, "motesplatser_aktiviteter", ["forebyggande_arbete"]),
     P("det ordnas en utflykt till Gamla Uppsala kyrka innan hösten", ["aldre"], True, "motesplatser_aktiviteter"),
     P("högläsningen flyttas från lördagar till en vardagskväll", ["aldre"], True, "motesplatser_aktiviteter"),
     P("belysningen i korridoren på plan 2 är för svag på kvällen", ["aldre"], False, "lokaler_miljo")],
    [C("framöver bjuder vi in till närståendeträffar fyra gånger per år", "annan"),
     C("lamporna ska bytas under september", "annan")],
    persons=["Carina Holmgren"])

from helper import *
T = """Hoppa till sidans innehåll

Busskur

Trygghetsvandring i stationsområdet

Publicerad 2019-05-29

På tisdagskvällen gick kommunen och Polisen en trygghetsvandring runt buss- och tågstationen i Hudiksvall.

Med på vandringen fanns bland andra företrädare för Hudiksvallsbostäder, funktionshindersrörelsen och privata fastighetsägare i området, och totalt deltog ett 25-tal personer. Stationsområdet valdes eftersom många har berättat att de känner sig otrygga där.

- Forskning visar att en skräpig och nedgången miljö ofta drar till sig mer klotter och skadegörelse, och då ökar otryggheten ännu mer, sa kommunpolisen Mattias Öberg. Därför måste alla som ansvarar för utemiljön hjälpas åt att hålla rent och snyggt.

Gruppen tittade bland annat på belysningen, grönskan och hur lätt det är att ta sig fram för den som har en funktionsnedsättning.

- Vi ska också notera det som fungerar, så att vi kan göra likadant på andra ställen, sa tillgänglighetsstrategen Linnea Forsberg.

Det här tog deltagarna upp

  • Gångtunneln under järnvägen är mörk och bör få ljusare belysning och ljusa väggar.
  • Häcken vid cykelparkeringen skymmer sikten och bör klippas ner.
  • Fler papperskorgar behövs vid busskurerna.
  • Kantstenen vid övergångsstället mot resecentrum bör sänkas så att rullstolar och rullatorer kommer fram.
  • Taktila plattor saknas vid perrongen och behöver läggas ut för personer med synnedsättning.
  • Väntsalen bör hållas öppen längre på kvällarna så att resenärer har någonstans att vänta inomhus.

Flera deltagare tyckte också att parkeringen bakom stationen behöver kameraövervakning, men det är en fråga som fastighetsägaren och Polisen måste utreda vidare.

Nästa steg

Trygghetsvandringen ger kommunen synpunkter från många som berörs och ett bra underlag för förbättringar tillsammans med andra myndigheter och privata företag. Kommunen sammanställer ett protokoll med ansvarig för varje punkt. Trasig belysning och klotter felanmäls direkt, och en uppföljande vandring görs i höst.

Kontakt
Linnea Forsberg, tillgänglighetsstrateg, 0650-190 27

Senast uppdaterad 2019-05-29
"""
add("a7-10", "Trygghetsvandring i stationsområdet", "https://www.hudiksvall.se/", T, "safety",
    "https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2019/2019-05-29-Trygghetsvandring-i-stationsomradet.html",
    ["2184"], ["21"], "2019-05-29", "medborgardialog",
    [ev("2019-05-28", "buss- och tågstationen i Hudiksvall", 25, "cirka")], [], ["funktionsnedsattning"],
    [P("Gångtunneln under järnvägen är mörk och bör få ljusare belysning och ljusa väggar", [], True, "lokaler_miljo", ["trygghet_vald"]),
     P("Häcken vid cykelparkeringen skymmer sikten och bör klippas ner", [], True, "lokaler_miljo", ["trygghet_vald"]),
     P("Fler papperskorgar behövs vid busskurerna", [], True, "lokaler_miljo"),
     P("Kantstenen vid övergångsstället mot resecentrum bör sänkas så att rullstolar och rullatorer kommer fram", ["funktionsnedsattning"], True, "tillganglighet"),
     P("Taktila plattor saknas vid perrongen och behöver läggas ut för personer med synnedsättning", ["funktionsnedsattning"], True, "tillganglighet"),
     P("Väntsalen bör hållas öppen längre på kvällarna", [], True, "tillganglighet", ["trygghet_vald"]),
     P("parkeringen bakom stationen behöver kameraövervakning", [], True, "trygghet_vald")],
    [C("Kommunen sammanställer ett protokoll med ansvarig för varje punkt"),
     C("Trasig belysning och klotter felanmäls direkt"),
     C("en uppföljande vandring görs i höst")],
    persons=["Mattias Öberg", "Linnea Forsberg"], phones=["0650-190 27"])

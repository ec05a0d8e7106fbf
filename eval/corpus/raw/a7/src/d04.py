from helper import *
T = """Publicerad 2021-10-11

Medborgardialoger för dig som är över 65 år

I oktober och november håller Östersunds kommun fem medborgardialoger för invånare som har fyllt 65. Kommunen vill veta mer om hur det är att leva och bli äldre i Östersund.

- Med dialogerna vill vi ge äldre mer inflytande i frågor som betyder mycket för ett aktivt och friskt liv, säger Maria Holm, projektledare på Östersunds kommun.

Dialogerna ingår i ett större arbete med att göra Östersund till en bättre kommun att leva och åldras i, både för äldre och för personer med funktionsnedsättning. Invånare och politiker kommer att samtala om allt från utemiljö, resor och bostäder till att vara delaktig i samhället.

- Vi ser fram emot att möta invånarna och höra hur de ser på kommunen i dag. Det ger politikerna ett värdefullt komplement inför kommande beslut, säger kommunalrådet Jonas Berglund.

Så fångar vi upp äldres erfarenheter

Dialogerna är inte det enda sättet. Förra året genomförde kommunen bland annat en stor enkät och en rad telefonintervjuer med äldre invånare.

- Kommunen behöver driva utvecklingsarbetet tillsammans med dem det gäller, eftersom de vet vad som redan fungerar och vad som behöver bli bättre, säger Jonas Berglund.

Här hålls medborgardialogerna:

  • Hornsberg (Hornsbergskyrkan) – tisdag 12 oktober kl. 13.00-15.30
  • Körfältet (Mötesplats Reveljen) – onsdag 13 oktober kl. 13.30-16.00
  • Centrala stan (Mötesplats Prästgatan 58) – fredag 15 oktober kl. 9.00-11.30
  • Lit (Kyrksalen i Lit) – tisdag 2 november kl. 13.00-15.30
  • Odensala (Odensalakyrkan) – onsdag 3 november kl. 9.00-11.30

Ingen föranmälan behövs. Kaffe serveras.

För frågor och mer information:
Maria Holm, projektledare, 063-14 32 18, maria.holm@ostersund.se

Dela
Skriv ut
"""
add("a7-04", "Medborgardialoger för dig som är över 65 år", "https://www.ostersund.se/", T, "invitation",
    "https://www.ostersund.se/om-webbplatsen/pressmeddelanden/pressmeddelanden/2021-10-11-medborgardialoger-riktat-till-medborgare-over-65-ar.html",
    ["2380"], ["23"], "2021-10-11", "medborgardialog",
    [ev("2021-10-12", "Hornsbergskyrkan"), ev("2021-10-13", "Mötesplats Reveljen"), ev("2021-10-15", "Mötesplats Prästgatan 58"),
     ev("2021-11-02", "Kyrksalen i Lit"), ev("2021-11-03", "Odensalakyrkan")], ["aldre"], ["funktionsnedsattning"],
    [], [],
    persons=["Maria Holm", "Jonas Berglund"], emails=["maria.holm@ostersund.se"], phones=["063-14 32 18"])

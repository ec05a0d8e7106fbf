from helper import *
T = """Välkommen till medborgardialog om Äldreplan för Härjedalens kommun 2022–2035

Foto: Scandinav bildbyrå.

Nu bjuder vi in till medborgardialog om Äldreplan för Härjedalens kommun 2022–2035. Vi ses i Sveg och i Hede tisdagen den 22 augusti.

Sveg

Tisdag 22 augusti 2023 klockan 9 – 12
Folkan, Härjedalssalen

Hede

Tisdag 22 augusti 2023 klockan 13.30 – 16.30
Församlingshemmet

Den här gången lägger vi extra tid på kommunens äldreboenden. Vi går igenom hur många platser det finns på de olika orterna och vilken service boendena ska ha. Vi berättar hur det ser ut i dag och samtalar om vilka behov som väntar framöver. Med på mötena är socialutskottets ordförande Per Lindgren (C) och socialchefen Karin Wiklund.

Vi går också igenom planens övriga mål och strategier, och stämmer av vad som redan är gjort och vad som planeras.

Läs äldreplanen 2023-2035

Kommunfullmäktige antog Äldreplan för Härjedalens kommun 2022–2035 den 17 oktober 2022. Under arbetet med planen betonades att den behöver följas upp löpande och i dialog med invånarna, så att kommunen verkligen når de mål som satts upp.

Fika ingår – anmäl dig gärna i förväg

Vi bjuder på fika och vill därför veta ungefär hur många som kommer.

Anmäl dig senast tisdag 15 augusti till
aldreplan@herjedalen.se eller
Sofia Nyberg, telefon 0680-164 30.
Berätta om du kommer till Sveg eller till Hede.

Hjärtligt välkomna!

Senast uppdaterad: 14 augusti 2023 01:00
Redaktör för sidan: Lena Mattsson
Faktaansvarig (syns endast i edit-läge): Saknas
"""
add("a7-03", "Välkommen till medborgardialog om Äldreplan för Härjedalens kommun 2022–2035", "https://www.herjedalen.se/", T, "invitation",
    "https://www.herjedalen.se/nyhetsarkiv/nyhetsarkiv/nyheter/2023-08-14-valkommen-till-medborgardialog-om-aldreplan-for-harjedalens-kommun-2022-2035.html",
    ["2361"], ["23"], "2023-08-14", "medborgardialog",
    [ev("2023-08-22", "Folkan, Härjedalssalen"), ev("2023-08-22", "Församlingshemmet")], ["aldre"], [],
    [],
    [C("Kommunfullmäktige antog Äldreplan för Härjedalens kommun 2022–2035 den 17 oktober 2022")],
    persons=["Per Lindgren", "Karin Wiklund", "Sofia Nyberg", "Lena Mattsson"], emails=["aldreplan@herjedalen.se"], phones=["0680-164 30"])

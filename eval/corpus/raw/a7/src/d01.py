from helper import *
T = """Hoppa till huvudinnehållet / Skip to main content

Exempel

Information

Ort Vansbro

Kontakt

Birgitta Ohlsson, Utredare Sekretariatet

0281-750 42

birgitta.ohlsson@vansbro.se

Relaterade artiklar

Dialogcafé om att bo och leva bra hela livet i Vansbro

Måndagen den 12 maj 2014 bjöd Vansbro kommun in till ett dialogcafé. Tanken var att kommuninvånarna skulle få säga sitt om hur äldreomsorgen i kommunen bör se ut i framtiden, så att politikerna får ett bättre underlag när beslut om äldreomsorgen ska fattas. Kommunen ville också att seniorerna skulle känna sig delaktiga i planeringen och att deras erfarenheter och önskemål skulle tas tillvara.

Syfte

Vansbro delar många utmaningar med andra kommuner. Befolkningen blir äldre, och de äldre blir fler i förhållande till dem som arbetar. Samtidigt har invånarantalet minskat under lång tid. Det betyder att äldreomsorgen kan behöva förändras.

Mot den bakgrunden beslutade politikerna att ordna ett dialogcafé dit invånare som fyllt 65 år bjöds in för att samtala med kommunens förtroendevalda om utmaningarna och om möjliga lösningar.

Process

Cafét började med en kort genomgång av utmaningarna. Därefter samtalade deltagarna i mindre grupper. En moderator lät grupperna i tur och ordning redovisa och sammanfatta vad de kommit fram till.

Resultat

Runt 30 invånare, några politiker och ett par tjänstemän deltog. Synpunkterna samlades sedan ihop till en sammanställning som lämnats till omsorgsnämnden. Här är några av de önskemål som återkom:

Boende
Många ville kunna bo kvar hemma så länge som möjligt, men med bättre stöd. Grupperna föreslog att kommunen bygger fler trygghetsboenden i Vansbro och i Äppelbo, och att det ska finnas mellanboenden för den som inte längre vill bo ensam men inte behöver särskilt boende. Flera lyfte att bostadsanpassningen måste gå snabbare.

Hemtjänst och personal
Deltagarna önskade färre personer som kommer hem till samma brukare, och att personalen får mer tid för samtal. En grupp tyckte att det behövs mer utbildning i demensvård för hemtjänstens personal.

Gemenskap och aktiviteter
Ensamheten togs upp vid nästan alla bord. Förslagen handlade om en träffpunkt med lunchservering i varje tätort, besöksvänner genom föreningarna och att kommunen ordnar skjuts till aktiviteterna för den som bor i byarna.

Information
Alla ska kunna hitta information om äldreomsorgen utan att behöva använda internet. Deltagarna efterfrågade en tryckt broschyr som delas ut till alla som fyller 75 år.

Nästa steg

Sammanställningen används i arbetet med en ny äldreplan. Kommunen har lovat att återkoppla till deltagarna under hösten och planerar att hålla ett nytt dialogcafé 2015.

Kontakt
Birgitta Ohlsson, Utredare Sekretariatet, 0281-750 42
"""
add("a7-01", "Dialogcafé om att bo och leva bra hela livet i Vansbro", "https://dialogguiden.se/", T, "summary",
    "https://dialogguiden.se/article/show/1015", ["2021"], ["20"], None, "medborgardialog",
    [ev("2014-05-12", None, 30, "cirka")], ["aldre"], [],
    [P("bygger fler trygghetsboenden i Vansbro och i Äppelbo", ["aldre"], True, "boende"),
     P("det ska finnas mellanboenden för den som inte längre vill bo ensam men inte behöver särskilt boende", ["aldre"], True, "boende"),
     P("bostadsanpassningen måste gå snabbare", ["aldre"], True, "boende", ["tillganglighet"]),
     P("kunna bo kvar hemma så länge som möjligt, men med bättre stöd", ["aldre"], False, "stod_insatser"),
     P("färre personer som kommer hem till samma brukare", ["aldre"], True, "kompetensforsorjning", ["stod_insatser"]),
     P("personalen får mer tid för samtal", ["aldre"], True, "stod_insatser"),
     P("det behövs mer utbildning i demensvård för hemtjänstens personal", ["aldre"], True, "kompetensforsorjning"),
     P("en träffpunkt med lunchservering i varje tätort", ["aldre"], True, "motesplatser_aktiviteter", ["ensamhet_isolering"]),
     P("besöksvänner genom föreningarna", ["aldre"], True, "ensamhet_isolering", ["samverkan"]),
     P("kommunen ordnar skjuts till aktiviteterna för den som bor i byarna", ["aldre"], True, "tillganglighet"),
     P("Alla ska kunna hitta information om äldreomsorgen utan att behöva använda internet", ["aldre"], True, "information_kommunikation"),
     P("en tryckt broschyr som delas ut till alla som fyller 75 år", ["aldre"], True, "information_kommunikation")],
    [C("Kommunen har lovat att återkoppla till deltagarna under hösten"), C("planerar att hålla ett nytt dialogcafé 2015")],
    persons=["Birgitta Ohlsson"], emails=["birgitta.ohlsson@vansbro.se"], phones=["0281-750 42"])

from helper import *
T = """1(6)
Dokumenttyp Mötesanteckningar
Handläggare Ewa Sundqvist

Minnesanteckningar från SL:s samverkan med länets handikapporganisationer och politiker i Färdtjänst- och tillgänglighetsberedningen

Tid: torsdag 13:00–16:00 (förmöte för handikapporganisationerna 12:00–13:00)
Plats: SL, Lindhagensgatan 100, lokal T-Centralen

Deltagare
Från handikapporganisationerna: Gun-Britt Lindh (HSO/SSDF), Bertil Fagerström (HSO/RTP-S), Lars-Erik Holm (HSO/NHR), Jaana Koski (DHR), Leif Pålsson (SRF), Bengt Jonsson (HSO kansli)
Från Färdtjänst- och tillgänglighetsberedningen: Karl Hedberg (KD) ordförande, Margit Hellström (FP) 1:e vice ordförande, Camilla Arvidsson (S) 2:e vice ordförande, samt fyra ledamöter
Från SL: Jonas Pettersson, avdelningschef; Stefan Wikström, sektionschef; Åsa Engman, avdelningschef Färdtjänstavdelningen; Jenny Carlberg, strateg tillgänglighet; Ewa Sundqvist, sektionsassistent

2(6)

1. Mötet öppnas
Ordföranden hälsade alla välkomna. Minnesanteckningarna från förra mötet lades till handlingarna.

2. Information om färdtjänstens beställningscentral
Åsa Engman informerade om att väntetiderna i telefon har minskat sedan i våras, men att de fortfarande är långa på fredagseftermiddagar. Organisationerna framförde att det behövs fler telefonister på fredagar och före storhelger. DHR önskade att kunden ska kunna boka sin resa via sms som ett komplement till telefon och app.

SL svarade att sms-bokning testas under hösten och att bemanningen på fredagar ses över.

3(6)

3. Tillgänglighet vid bytespunkter
Jenny Carlberg redovisade inventeringen av de största bytespunkterna. Fjärdedelen av hissarna har varit ur funktion minst en gång i månaden. SRF krävde att hissfel ska visas i realtid i reseplaneraren och att det ska finnas en ersättningsresa när hissen är trasig. HSO/NHR lyfte att ledstråken vid flera perronger är slitna och behöver bytas.

SL lovade att ta fram en åtgärdsplan för ledstråken till nästa möte.

4(6)

4. Utrop och information ombord
Organisationerna påpekade att utropen i bussarna ofta hörs dåligt. HSO/RTP-S föreslog att alla nya bussar ska ha hörslinga och skärmar som visar nästa hållplats. Förslaget välkomnades av beredningen, som tar med det i kommande upphandling.

5(6)

5. Bemötande
Flera organisationer tog upp att förarnas bemötande varierar. Organisationerna vill att all personal ska gå en utbildning i bemötande av resenärer med funktionsnedsättning, och att organisationerna själva får medverka i utbildningen.

SL informerade om att en ny utbildning startar i januari.

6(6)

6. Övriga frågor
Gun-Britt Lindh tog upp att ledsagare måste kunna åka gratis även i pendeltåg. Frågan tas upp på nästa möte.

7. Nästa möte
Nästa möte hålls i december.

Vid anteckningarna
Ewa Sundqvist
"""
add("a7-12", "Minnesanteckningar från SL:s samverkan med länets handikapporganisationer", "https://sl.se/", T, "minutes",
    "http://docplayer.se/23712982-Minnesanteckningar-fran-sl-s-samverkan-med-lanets-handikapporganisationer-och-politiker-fran-fardtjanstoch-tillganglighetsberedningen.html",
    [], ["01"], None, "aterkommande_forum",
    [ev(None, "SL, Lindhagensgatan 100, lokal T-Centralen")], ["funktionsnedsattning"], [],
    [P("det behövs fler telefonister på fredagar och före storhelger", ["funktionsnedsattning"], True, "tillganglighet"),
     P("kunden ska kunna boka sin resa via sms som ett komplement till telefon och app", ["funktionsnedsattning"], True, "digitalisering", ["tillganglighet"]),
     P("hissfel ska visas i realtid i reseplaneraren", ["funktionsnedsattning"], True, "information_kommunikation", ["tillganglighet"]),
     P("det ska finnas en ersättningsresa när hissen är trasig", ["funktionsnedsattning"], True, "tillganglighet"),
     P("ledstråken vid flera perronger är slitna och behöver bytas", ["funktionsnedsattning"], True, "tillganglighet"),
     P("alla nya bussar ska ha hörslinga och skärmar som visar nästa hållplats", ["funktionsnedsattning"], True, "tillganglighet", ["information_kommunikation"]),
     P("all personal ska gå en utbildning i bemötande av resenärer med funktionsnedsättning", ["funktionsnedsattning"], True, "kompetensforsorjning"),
     P("organisationerna själva får medverka i utbildningen", ["funktionsnedsattning"], True, "delaktighet_inflytande"),
     P("ledsagare måste kunna åka gratis även i pendeltåg", ["funktionsnedsattning"], True, "tillganglighet", ["ekonomi"])],
    [C("sms-bokning testas under hösten", "annan"), C("bemanningen på fredagar ses över", "annan"),
     C("SL lovade att ta fram en åtgärdsplan för ledstråken till nästa möte", "annan"),
     C("tar med det i kommande upphandling", "annan"),
     C("en ny utbildning startar i januari", "annan")],
    persons=["Ewa Sundqvist", "Gun-Britt Lindh", "Bertil Fagerström", "Lars-Erik Holm", "Jaana Koski", "Leif Pålsson", "Bengt Jonsson",
             "Karl Hedberg", "Margit Hellström", "Camilla Arvidsson", "Jonas Pettersson", "Stefan Wikström", "Åsa Engman", "Jenny Carlberg"])

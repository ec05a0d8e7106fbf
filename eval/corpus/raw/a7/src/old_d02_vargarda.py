from helper import *
T = """Hoppa till huvudinnehållet / Skip to main content

Exempel

Information

Ort Vårgårda

Kontakt

Mikael Sandström
Folkhälsosamordnare och ansvarig tjänsteman för medborgardialog

0322-600 600

mikael.sandstrom@vargarda.se

Medborgardialog om framtidens äldreboenden

Ingress - En kort beskrivning av innehållet

Kommunen behövde ett bättre underlag för att utveckla sina äldreboenden och inför arbetet med nästa äldreplan.

Syfte - Därför gjorde vi det

Dialogen skulle ge kommunen kunskap att bygga vidare på när äldreboendena utvecklas och när den kommande äldreplanen skrivs.

Process - Så gjorde vi

Vi spred inbjudan genom annonser i lokaltidningen, på kommunens webbplats, med affischer och genom att ta direkt kontakt med pensionärsföreningarna.

Dialogen hölls som en cafédialog på en av kommunens träffpunkter för äldre, vid två tillfällen samma dag: ett på eftermiddagen och ett på kvällen. Sammanlagt kom 36 invånare, tillsammans med förtroendevalda och tjänstemän. Klart flest av deltagarna var kvinnor.

Den som inte kunde komma fick svara på en enkät om framtidens äldreboenden, både på papper och på kommunens webbplats. 19 enkäter kom in, med en medelålder på 65 år bland de svarande.

Resultat - Så blev det

Vid borden kom många konkreta idéer fram. Deltagarna vill att äldreboendena ligger centralt, nära affär, vårdcentral och busshållplats. Flera bord föreslog att boendet får en gemensam trädgård med odlingslådor och en uteplats under tak, så att man kan vara ute även när det regnar.

Om själva lägenheterna sades att de boende ska kunna ta med egna möbler och att det bör finnas möjlighet för par att bo tillsammans. Många önskade ett eget kök eller åtminstone ett pentry i lägenheten.

Maten var en stor fråga. Deltagarna ville att maten lagas på plats i boendets kök i stället för att köras dit, och att de boende får vara med och bestämma matsedeln.

Om personalen sades att det behövs fler undersköterskor på kvällar och helger och att personalen ska ha tid att gå ut på promenad med de boende. Några föreslog att gymnasieelever och föreningar kommer in med aktiviteter, till exempel musik och högläsning.

Intresset för att fortsätta samtala med kommunen var stort. Resultatet ska användas i arbetet med framtidens äldreboenden och i äldreomsorgsplanen, och kan även komma till nytta när översiktsplanen revideras.

För att kunna återkoppla till deltagarna fick de som ville lämna sin e-postadress på en lista. Sammanställningen av dialogen skickas till dem och läggs ut på kommunens webbplats.

Senast uppdaterad 2015-02-03
"""
add("a7-02", "Medborgardialog om framtidens äldreboenden", "https://dialogguiden.se/", T, "summary",
    "https://dialogguiden.se/article/show/1021", ["1442"], ["14"], "2015-02-03", "medborgardialog",
    [ev(None, "en av kommunens träffpunkter för äldre", 36, None)], ["aldre"], [],
    [P("äldreboendena ligger centralt, nära affär, vårdcentral och busshållplats", ["aldre"], True, "boende", ["tillganglighet"]),
     P("boendet får en gemensam trädgård med odlingslådor", ["aldre"], True, "lokaler_miljo"),
     P("en uteplats under tak", ["aldre"], True, "lokaler_miljo"),
     P("de boende ska kunna ta med egna möbler", ["aldre"], True, "boende"),
     P("det bör finnas möjlighet för par att bo tillsammans", ["aldre"], True, "boende"),
     P("ett eget kök eller åtminstone ett pentry i lägenheten", ["aldre"], True, "boende"),
     P("maten lagas på plats i boendets kök i stället för att köras dit", ["aldre"], True, "nytt"),
     P("de boende får vara med och bestämma matsedeln", ["aldre"], True, "delaktighet_inflytande"),
     P("det behövs fler undersköterskor på kvällar och helger", ["aldre"], True, "kompetensforsorjning"),
     P("personalen ska ha tid att gå ut på promenad med de boende", ["aldre"], True, "stod_insatser"),
     P("gymnasieelever och föreningar kommer in med aktiviteter, till exempel musik och högläsning", ["aldre"], True, "motesplatser_aktiviteter", ["samverkan"]),
     P("fortsätta samtala med kommunen", ["aldre"], False, "delaktighet_inflytande")],
    [C("Resultatet ska användas i arbetet med framtidens äldreboenden och i äldreomsorgsplanen"),
     C("Sammanställningen av dialogen skickas till dem och läggs ut på kommunens webbplats")],
    persons=["Mikael Sandström"], emails=["mikael.sandstrom@vargarda.se"], phones=["0322-600 600"])

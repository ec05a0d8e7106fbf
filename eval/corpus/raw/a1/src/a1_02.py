from h import *
INPUT = dict(id="a1-02", title="Medborgardialog om framtidens äldreboenden", url="https://dialogguiden.se/",
genre="summary", source_url="https://dialogguiden.se/article/show/1021", text="""
Hoppa till huvudinnehållet / Skip to main content

Exempel

Information

Ort Vårgårda

Kontakt

Tomas Ekberg
Folkhälsosamordnare och ansvarig tjänsteman för medborgardialog

0322-600 650

tomas.ekberg@vargarda.se

Medborgardialog om framtidens äldreboenden

Ingress - En kort beskrivning av innehållet

Kommunen behövde ett bättre underlag för att utveckla sina äldreboenden och inför den kommande äldreplanen.

Syfte - Därför gjorde vi det

Dialogen skulle ge kommunen kunskap att bygga vidare på när äldreboendena ska utvecklas och när en ny äldreplan tas fram.

Process - Så gjorde vi

Vi spred information om dialogen genom annonser i lokaltidningen, på kommunens webbplats, med affischer och genom att kontakta pensionärsorganisationerna direkt.

Vi använde metoden cafédialog. 36 invånare deltog, tillsammans med förtroendevalda och tjänstemän från kommunen. Klart flest av de deltagande invånarna var kvinnor.

Dialogen hölls på en av kommunens träffpunkter för äldre, vid två tillfällen: ett på eftermiddagen och ett på kvällen.

Samtidigt kunde man svara på en enkät om framtidens äldreboenden, både på plats och på Vårgårda kommuns webbplats. 19 enkätsvar kom in, från tre män och 13 kvinnor; i tre svar var frågan om kön obesvarad. De som svarade var i genomsnitt 65 år.

Resultat - Så blev det

Vid borden och i enkäten återkom några önskemål:

• Boendet ska ligga nära centrum, affärer och busshållplats.
• Det bör finnas möjlighet att ta med egna möbler och husdjur.
• Flera ville ha en gemensam trädgård där de boende kan odla.
• Maten bör lagas på plats i boendets eget kök.
• Personalen behöver ha tid för promenader och utevistelse med de boende.
• Anhöriga ska kunna övernatta när det behövs.

Det finns ett stort intresse för fortsatta dialoger med kommunen. Resultatet ska användas i det fortsatta arbetet med framtidens äldreboende och med äldreomsorgsplanen. Det kan också komma till nytta när kommunen reviderar översiktsplanen.

För att kunna återkoppla till deltagarna fick de skriva upp sina e-postadresser på en lista. Sammanställningen av dialogen skickas till dem och publiceras på kommunens webbplats.

""")
GOLD = dict(municipality_codes=["1442"], county_codes=["14"], mentioned_municipality_codes=[], published=None,
dialogue_type="medborgardialog", events=[E(None, "en av kommunens träffpunkter för äldre", 36, None)], target_groups=TG(["aldre"]),
proposals=[
P("Boendet ska ligga nära centrum, affärer och busshållplats", ["aldre"], True, "boende", ["tillganglighet"]),
P("möjlighet att ta med egna möbler och husdjur", ["aldre"], True, "boende"),
P("en gemensam trädgård där de boende kan odla", ["aldre"], True, "lokaler_miljo", ["motesplatser_aktiviteter"]),
P("Maten bör lagas på plats i boendets eget kök", ["aldre"], True, "boende"),
P("Personalen behöver ha tid för promenader och utevistelse med de boende", ["aldre"], True, "kompetensforsorjning", ["stod_insatser"]),
P("Anhöriga ska kunna övernatta när det behövs", ["aldre"], True, "boende", ["stod_insatser"]),
P("fortsatta dialoger med kommunen", ["aldre"], False, "delaktighet_inflytande"),
],
commitments=[C("Resultatet ska användas i det fortsatta arbetet med framtidens äldreboende och med äldreomsorgsplanen"),
C("Sammanställningen av dialogen skickas till dem och publiceras på kommunens webbplats")],
pii=PII(["Tomas Ekberg"], ["tomas.ekberg@vargarda.se"], ["0322-600 650"]))

from helper import *
T = """Publicerad 2023-10-27

Trygghetsvandring för ett säkrare och trivsammare Östersund

Östersunds kommun har nyligen gjort en trygghetsvandring i Fjällmon. Vandringen är en del av arbetet med ”Effektiv samordning för trygghet” (EST) och ska bidra till en bättre offentlig miljö och ökad trygghet för dem som bor i området.

Tre bilder som visar delar av området som vandringen gick igenom.

Som en del av våra medborgarlöften för 2023–2024 och av det löpande EST-arbetet genomfördes en trygghetsvandring i Torvalla på kvällen den 10 oktober. Området valdes ut eftersom många rapporter om otrygghet kommit in till EST därifrån, inte minst från Arågränd. Vandringen omfattade ändå ett större område, eftersom vi på sikt vill gå igenom hela stadsdelar.

Fokus på den offentliga miljön och dess brister

Syftet var att granska den offentliga miljön och hitta brister. De åtgärder som föreslås ska leda till ökad trygghet för alla som bor och rör sig i Östersund. Det är trygghetssamordnaren som sammanställer materialet efter vandringen och ser till att rätt aktörer får ta del av resultatet.

Tre bilder från gångvägar där belysningen inte räcker till och det upplevs som mörkt.

Exempel på platser i området där belysningen brister och skogspartier är mörka.

EST-gruppen delade upp sig i två grupper för att hinna gå igenom hela Fjällmon. Med på vandringen var trygghetssamordnaren, säkerhetssamordnaren från vård- och omsorgsförvaltningen, medarbetare i socialförvaltningens uppsökande team, flera representanter från Östersundshem, Rikshems fastighetschef och boende i området.

Det här kom fram

Deltagarna pekade ut flera platser som känns otrygga när det är mörkt. De vanligaste synpunkterna var:

  • Gångvägen mellan Arågränd och busshållplatsen behöver fler belysningsstolpar.
  • Trasiga armaturer vid garagelängorna bör bytas ut snarast.
  • Buskar och sly längs gångvägen mot skolan bör röjas så att sikten blir bättre.
  • Skogspartiet bakom förskolan bör gallras och få belysning längs stigen.
  • Skyltningen till området behöver bli tydligare, så att blåljuspersonal hittar rätt.

Boende lyfte också att det behövs en vuxen närvaro på kvällarna vid Torvalla centrum, till exempel nattvandrare eller fältassistenter, och att den nedlagda lekplatsen vid Arågränd rustas upp så att barnfamiljerna får en samlingsplats.

Vad händer nu?

Trygghetssamordnaren lämnar iakttagelserna till de fastighetsägare och förvaltningar som ansvarar för respektive plats. Kommunen och fastighetsägarna kommer att gå igenom åtgärdslistan under november och återkoppla till de boende på Östersundshems anslagstavlor.

Kontakt
Anna Sjöström, trygghetssamordnare, 063-14 45 90

Dela sidan
"""
add("a7-09", "Trygghetsvandring för ett säkrare och trivsammare Östersund", "https://www.ostersund.se/", T, "safety",
    "https://www.ostersund.se/om-webbplatsen/nyhetsarkiv/nyhetsarkiv/2023-10-27-trygghetsvandring-for-ett-sakrare-och-mer-trivsamt-ostersund.html",
    ["2380"], ["23"], "2023-10-27", "medborgardialog",
    [ev("2023-10-10", "Torvalla")], [], ["barn_och_unga"],
    [P("Gångvägen mellan Arågränd och busshållplatsen behöver fler belysningsstolpar", [], True, "lokaler_miljo", ["trygghet_vald"]),
     P("Trasiga armaturer vid garagelängorna bör bytas ut snarast", [], True, "lokaler_miljo", ["trygghet_vald"]),
     P("Buskar och sly längs gångvägen mot skolan bör röjas så att sikten blir bättre", [], True, "lokaler_miljo", ["trygghet_vald"]),
     P("Skogspartiet bakom förskolan bör gallras", [], True, "lokaler_miljo"),
     P("få belysning längs stigen", [], True, "lokaler_miljo"),
     P("Skyltningen till området behöver bli tydligare", [], True, "lokaler_miljo", ["trygghet_vald"]),
     P("det behövs en vuxen närvaro på kvällarna vid Torvalla centrum", [], True, "trygghet_vald"),
     P("den nedlagda lekplatsen vid Arågränd rustas upp", ["barn_och_unga"], True, "lokaler_miljo")],
    [C("Kommunen och fastighetsägarna kommer att gå igenom åtgärdslistan under november"),
     C("återkoppla till de boende på Östersundshems anslagstavlor"),
     C("Trygghetssamordnaren lämnar iakttagelserna till de fastighetsägare och förvaltningar som ansvarar för respektive plats")],
    persons=["Anna Sjöström"], phones=["063-14 45 90"])

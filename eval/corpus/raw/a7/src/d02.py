from helper import *
T = """Borås Stads logotyp

Meny

Startsida / Kommun och politik / Inflytande och dialog / Medborgardialog / Genomförda medborgardialoger

Aktivitetshus för personer med psykisk ohälsa

Medborgardialogen hölls den 12 september 2018 klockan 17–19 i Kulturhuset, i samband med Psykiatrins dagar. Temat var ”Aktivitetshus för personer med psykisk ohälsa”.

Politiker som deltog

Från politiken deltog Yvonne Fransson, Viveka Rosén, Gunilla Johnsson, Annika Christiansson, Ann-Mari Ek, Ismet Dzeko, Branka Lazić och Irene Sandberg.

Om medborgardialogen

I Borås Stads tillgänglighetsplan från 2017 fick Sociala omsorgsförvaltningen i uppdrag att utreda om det behövs en träffpunkt för personer med psykisk funktionsnedsättning.

Utredningen kom fram till att det finns behov av ett aktivitetshus, som kan ge en meningsfull sysselsättning åt personer med psykisk ohälsa som helt eller delvis står utanför arbetsmarknaden. Utredningen beskrev också hur en sådan verksamhet behöver se ut för att fungera.

Mot den bakgrunden beslutade Sociala omsorgsnämnden att hålla en medborgardialog, för att få veta hur boråsarna vill att ett aktivitetshus ska utformas. Något beslut om ett aktivitetshus är ännu inte fattat, men nämnden vill ha ett gediget underlag inför framtida beslut. Ett 40-tal personer deltog.

Samtalen utgick från tre frågor:

  • Vilka aktiviteter vill du ha i ett aktivitetshus?
  • Vilket stöd och vilka resurser ska finnas i ett aktivitetshus?
  • Vilken roll kan intresseföreningarna ha i ett aktivitetshus?

Det här sa deltagarna

Deltagarna lyfte många aktiviteter de vill se i huset, till exempel mat och matlagning, gemensamma utrymmen för aktiviteter och umgänge, dans och musik.

Många ville också kunna utvecklas i huset, bland annat genom arbetsträning, studiecirklar och kurser i data. Flera föreslog att det ska finnas ett kafé som drivs av besökarna själva.

När det gäller stöd och resurser menade deltagarna att det behövs personal med kunskap om psykisk ohälsa på plats hela öppettiden, men också att personer med egen erfarenhet anställs som handledare. Huset bör vara öppet även på kvällar och helger, eftersom ensamheten ofta är som störst då. Deltagarna ville också att huset ligger centralt och nära busshållplats, och att det är gratis att delta.

Om föreningarnas roll sades att intresseföreningarna ska få ha egna lokaler och kvällar i huset, och att besökarna ska vara med och bestämma verksamhetens innehåll genom ett husråd.

Vad händer nu?

Synpunkterna från dialogen tas med i Sociala omsorgsförvaltningens fortsatta utredning. Nämnden kommer att återkomma till deltagarna när ett beslut har fattats.

Kontakt

Sociala omsorgsförvaltningen, Linda Qvist, utvecklingsledare, 033-35 81 27

Sidan uppdaterades 2018-10-05
"""
add("a7-02", "Aktivitetshus för personer med psykisk ohälsa", "https://www.boras.se/", T, "summary",
    "https://www.boras.se/kommunochpolitik/inflytandeochdialog/medborgardialog/genomfordamedborgardialoger/aktivitetshusforpersonermedpsykiskohalsa.4.e90a65d1677dd5c26e810d3.html",
    ["1490"], ["14"], "2018-10-05", "medborgardialog",
    [ev("2018-09-12", "Kulturhuset", 40, "cirka")], ["vuxna"], ["funktionsnedsattning"],
    [P("mat och matlagning", ["vuxna"], True, "motesplatser_aktiviteter"),
     P("gemensamma utrymmen för aktiviteter och umgänge", ["vuxna"], True, "motesplatser_aktiviteter", ["ensamhet_isolering"]),
     P("dans och musik", ["vuxna"], True, "motesplatser_aktiviteter"),
     P("arbetsträning", ["vuxna"], True, "stod_insatser"),
     P("studiecirklar och kurser i data", ["vuxna"], True, "motesplatser_aktiviteter", ["digitalisering"]),
     P("det ska finnas ett kafé som drivs av besökarna själva", ["vuxna"], True, "motesplatser_aktiviteter", ["delaktighet_inflytande"]),
     P("det behövs personal med kunskap om psykisk ohälsa på plats hela öppettiden", ["vuxna"], True, "kompetensforsorjning"),
     P("personer med egen erfarenhet anställs som handledare", ["vuxna"], True, "kompetensforsorjning"),
     P("Huset bör vara öppet även på kvällar och helger", ["vuxna"], True, "tillganglighet", ["ensamhet_isolering"]),
     P("huset ligger centralt och nära busshållplats", ["vuxna"], True, "tillganglighet"),
     P("det är gratis att delta", ["vuxna"], True, "ekonomi"),
     P("intresseföreningarna ska få ha egna lokaler och kvällar i huset", ["vuxna"], True, "samverkan"),
     P("besökarna ska vara med och bestämma verksamhetens innehåll genom ett husråd", ["vuxna"], True, "delaktighet_inflytande")],
    [C("Synpunkterna från dialogen tas med i Sociala omsorgsförvaltningens fortsatta utredning"),
     C("Nämnden kommer att återkomma till deltagarna när ett beslut har fattats")],
    persons=["Yvonne Fransson", "Viveka Rosén", "Gunilla Johnsson", "Annika Christiansson", "Ann-Mari Ek", "Ismet Dzeko", "Branka Lazić", "Irene Sandberg", "Linda Qvist"],
    phones=["033-35 81 27"])

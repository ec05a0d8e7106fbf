from helper import *
T = """DEBATT

Debatt: Ge Faluns ungdomar en politisk plattform – inför ett ungdomsfullmäktige

Publicerad 2021-03-09

Det görs många viktiga undersökningar. Alltför ofta hamnar resultaten ändå i en hög och samlar damm i någon skrivbordslåda. Den lokala uppföljningen av ungdomspolitiken, Luppen, är en av de allra viktigaste. Man kan nästan se den som ungdomarnas enda röst i hur samhället utvecklas, och politiken har alla möjligheter att göra något med den.

Den senaste Luppen jag hittade landade hos Faluns politiker 2018 och finns för övrigt att läsa på kommunens webbplats. Den innehåller många oroande siffror. Droger blir allt vanligare. Ungas känsla av trygghet har blivit sämre. På vissa håll är siffrorna riktigt alarmerande, och vilka följder pandemin får för barn och unga i Falun vet vi ännu inte. Det vi vet är att ingenting i statistiken hittills tyder på att det blivit bättre. Snarare tvärtom. Efter covid-19 måste vi ge plats åt nya röster i en ny tid.

Trösklarna för att påverka blir lägre när ungas idéer och framtidsvisioner får en given plats i demokratins finrum, precis där de hör hemma.

Den del av Luppen som intresserar mig mest handlar om politik och samhälle. Där får unga svara på frågor om hur mycket de själva tror att de kan påverka och hur stort förtroende de har för de folkvalda och för demokratin. De flesta av dem får ännu inte rösta i allmänna val. Deras röster avgör alltså inte valresultatet – men det betyder inte att vi har rätt att låta bli att lyssna på dem.

I flera kommuner finns ungdomsfullmäktige, till exempel i Göteborg och i Skellefteå. Där är unga med och utvecklar kommunen tillsammans med de folkvalda. De möts i ögonhöjd, med riktiga argument och riktiga diskussioner.

Därför vill jag uppmana Faluns politiker:

Inför ett ungdomsfullmäktige i Falun redan nästa år, med ledamöter från alla kommunens högstadie- och gymnasieskolor.
Ge ungdomsfullmäktige en egen budget och rätt att lämna förslag direkt till kommunfullmäktige.
Genomför Luppen vart tredje år och redovisa öppet vad kommunen gjort med resultatet.
Låt unga vara med och ta fram en handlingsplan mot droger tillsammans med skolan och fältassistenterna.
Öppna fritidsgårdarna även på söndagskvällar, när många unga inte har någonstans att ta vägen.

Det kostar lite och kan ge mycket. Unga i Falun har idéer – ge dem en plats att föra fram dem.

Jonatan Lindberg

Student och engagerad i föreningslivet i Falun
"""
add("a7-22", "Debatt: Ge Faluns ungdomar en politisk plattform – inför ett ungdomsfullmäktige", "https://www.dalademokraten.se/", T, "letter",
    "https://www.dalademokraten.se/artikel/debatt-ge-faluns-ungdomar-en-politisk-plattform-infor-ett-ungdomsfullmaktige",
    ["2080"], ["20"], "2021-03-09", "annat",
    [], ["barn_och_unga"], [],
    [P("Inför ett ungdomsfullmäktige i Falun redan nästa år", ["barn_och_unga"], True, "delaktighet_inflytande"),
     P("Ge ungdomsfullmäktige en egen budget och rätt att lämna förslag direkt till kommunfullmäktige", ["barn_och_unga"], True, "delaktighet_inflytande", ["ekonomi"]),
     P("Genomför Luppen vart tredje år", ["barn_och_unga"], True, "delaktighet_inflytande"),
     P("redovisa öppet vad kommunen gjort med resultatet", ["barn_och_unga"], True, "information_kommunikation"),
     P("Låt unga vara med och ta fram en handlingsplan mot droger tillsammans med skolan och fältassistenterna", ["barn_och_unga"], True, "forebyggande_arbete", ["delaktighet_inflytande"]),
     P("Öppna fritidsgårdarna även på söndagskvällar", ["barn_och_unga"], True, "motesplatser_aktiviteter")],
    [], persons=["Jonatan Lindberg"], mentioned=["1480", "2482"])

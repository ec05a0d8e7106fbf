from helper import *
T = """BERGSJÖ

Ungdomsfullmäktige ska locka fler unga till politiken: ”Det här är på riktigt”

Med ungdomsfullmäktige vill Nordanstigs kommun att fler unga ska känna att de kan påverka, genom att vara med och lära sig hur politiken och besluten i kommunen fungerar. Samtidigt ska de unga fungera som bollplank, så att politikerna får med ungdomarnas perspektiv när de fattar beslut.

– Ungdomsfullmäktige är partipolitiskt obundet. Vår förhoppning är att de unga ska lyfta förslag och ärenden till kommunen, och att kommunfullmäktige i sin tur kan skicka frågor till dem, säger Oskar Lundin, fritidsutvecklare.

– Det ska gå åt båda hållen. Det är väldigt roligt att de är så engagerade och kommer med idéer i frågor som rör dem själva, säger Helena Sjödin, kommunsekreterare.

Vid det andra ungdomsfullmäktige, som hölls på Kulturhuset Bergsjögården på måndagskvällen, fick deltagarna också träna på mötesteknik och på att tala i mikrofon inför de andra. Kommunfullmäktiges ordförande Margareta Höglund (S) och vice ordförande Lisa Berg (C) var där för att ge tips och berätta hur kommunens sammanträden går till.

– Jag gick en kurs i mötesteknik när jag var nio, och jag tyckte att det var jättekul. En del tycker att det är stelt och byråkratiskt, men för mig är det demokrati i allra högsta grad. Så här får alla förslag komma fram, sa Margareta Höglund när hon öppnade mötet.

Sedan kallade hon fram de sju deltagarna en i taget, och var och en fick fritt lägga fram sina förslag och idéer. En fråga som engagerade många var epa-traktorerna som används för buskörning.

– Varje helg kör folk runt, sladdar och förstör i Bergsjöparken. Det skulle gå att stoppa om man ställde ut fler hinder vid parkens infarter och om polisen kom förbi oftare på helgkvällarna, sa Viktor Åslund, som går i årskurs 8 på Bergsjö skola och även sitter i elevrådet.

Miljön och kollektivtrafiken fick också mycket utrymme. Flera av deltagarna vill att skolbussarna går även på kvällarna så att man kan ta sig hem från träningen i Hassela och Gnarp. En annan idé var att kommunen sätter upp laddstolpar för elcyklar vid skolorna.

– Vi som bor i byarna blir helt beroende av att föräldrarna kör oss. En kvällsbuss på vardagar skulle förändra mycket, sa Elsa Norberg, årskurs 9.

Förslagen ska nu skrivas ihop och lämnas till kommunstyrelsen. Nästa ungdomsfullmäktige hålls i april.

Foto: Petra Sund
"""
add("a7-06", "Ungdomsfullmäktige ska locka fler unga till politiken: ”Det här är på riktigt”", "https://www.helahalsingland.se/", T, "news",
    "https://www.helahalsingland.se/artikel/bergsjo/ungdomsfullmaktige-ska-fa-fler-unga-att-delta-i-politiken-det-har-ar-pa-riktigt",
    ["2132"], ["21"], "2019-02", "aterkommande_forum",
    [ev(None, "Kulturhuset Bergsjögården", 7, None)], ["barn_och_unga"], [],
    [P("ställde ut fler hinder vid parkens infarter", ["barn_och_unga"], True, "trygghet_vald", ["lokaler_miljo"]),
     P("polisen kom förbi oftare på helgkvällarna", ["barn_och_unga"], True, "trygghet_vald"),
     P("skolbussarna går även på kvällarna så att man kan ta sig hem från träningen i Hassela och Gnarp", ["barn_och_unga"], True, "tillganglighet"),
     P("kommunen sätter upp laddstolpar för elcyklar vid skolorna", ["barn_och_unga"], True, "tillganglighet"),
     P("En kvällsbuss på vardagar", ["barn_och_unga"], False, "tillganglighet")],
    [C("Förslagen ska nu skrivas ihop och lämnas till kommunstyrelsen"), C("Nästa ungdomsfullmäktige hålls i april")],
    persons=["Oskar Lundin", "Helena Sjödin", "Margareta Höglund", "Lisa Berg", "Viktor Åslund", "Elsa Norberg", "Petra Sund"])

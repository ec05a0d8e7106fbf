from helper import *
T = """Ingers blogg

Blandat

Vad tycker kommunens invånare?

Kommunfullmäktige i vår kommun har satt upp särskilda mål för all kommunal verksamhet. De står i kommunens Övergripande Strategier och Budget 2012, och nämnderna är bundna av dem och ska redovisa resultatet när året är slut. Ett av målen är att invånarna ska få större möjlighet att påverka sin egen vardag, och det ska ske genom dialog med medborgarna innan politiska beslut fattas.

För en tid sedan var jag för första gången med på en medborgardialog. Den handlade om det nya vård- och omsorgsboendet som ska byggas och vara klart våren 2015.

Inbjudan hade skickats till de kommunala handikapp- och pensionärsråden och till handikapporganisationerna, och allmänheten hade bjudits in genom en annons i tidningen. Ungefär femtio personer kom, de flesta av oss med några år på nacken. Vi satte oss i små grupper vid dukade kaffebord, och vid varje bord fanns en politiker som skulle lyssna och skriva ner vad som sades.

Frågan för kvällen var: Vad vill du ska finnas på ett vård- och omsorgsboende den dag du själv flyttar dit?

Det kom massor av synpunkter och idéer. Det blev riktigt livligt i lokalen när diskussionerna var som hetast, och politikerna skrev så det rykte om pennorna.

Extra speciella den kvällen var de femton medlemmarna från Dövas förening, som inte har hörts i sådana här sammanhang tidigare. Två teckenspråkstolkar arbetade hårt för att föra fram deras tankar om hur ett boende ska fungera även för äldre som är döva. De önskade att det finns personal som kan teckenspråk och att döva får bo på samma avdelning, så att de har någon att prata med.

När samtalen började ebba ut fick politikerna komma fram med sina anteckningar och berätta vad som sagts vid borden. En del förslag var nytänkande, andra självklara, och några gick emot varandra. Vid mitt bord ville vi ha en bastu, en egen balkong till varje lägenhet och ett kafé som är öppet även för grannar i området.

Den synpunkt jag tyckte var bäst kom allra sist: bättre att bygga boendet mitt i stan än ute i skogen, så att de som bor där kan se livet utanför fönstret.

Så här vill jag sammanfatta det till er politiker:

Bygg boendet centralt.
Anställ personal som kan teckenspråk.
Låt de boende själva bestämma när de vill äta och sova.
Och glöm inte att återkomma till oss som var där och berätta vad ni gjorde med våra idéer.

Gunvor

Kategori: Blandat | Kommentera
"""
add("a7-13", "Vad tycker kommunens invånare?", "http://inger.mittnu.se/", T, "letter",
    "http://inger.mittnu.se/blandat/vad-tycker-kommunens-invanare/", [], [], None, "medborgardialog",
    [ev(None, None, 50, "cirka")], ["aldre", "funktionsnedsattning"], [],
    [P("det finns personal som kan teckenspråk", ["aldre", "funktionsnedsattning"], True, "kompetensforsorjning"),
     P("döva får bo på samma avdelning", ["aldre", "funktionsnedsattning"], True, "boende", ["ensamhet_isolering"]),
     P("en bastu", ["aldre"], True, "lokaler_miljo"),
     P("en egen balkong till varje lägenhet", ["aldre"], True, "boende"),
     P("ett kafé som är öppet även för grannar i området", ["aldre"], True, "motesplatser_aktiviteter"),
     P("bättre att bygga boendet mitt i stan än ute i skogen", ["aldre"], True, "boende"),
     P("Bygg boendet centralt", ["aldre"], False, "boende"),
     P("Anställ personal som kan teckenspråk", ["aldre", "funktionsnedsattning"], False, "kompetensforsorjning"),
     P("Låt de boende själva bestämma när de vill äta och sova", ["aldre"], True, "delaktighet_inflytande"),
     P("återkomma till oss som var där och berätta vad ni gjorde med våra idéer", [], True, "information_kommunikation", ["delaktighet_inflytande"])],
    [], persons=["Gunvor"])

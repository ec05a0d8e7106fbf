from helper import *
T = """Angelägen mötesdag för anhöriga i Västra Götaland

Den 1 februari hölls en mötesdag för anhöriga i Västra Götaland. Dagen var ett samarbete mellan Nationellt kompetenscentrum anhöriga (Nka) och flera intresseorganisationer.

Innehåll:

 1. Angelägen mötesdag
 2. Vart är vi på väg? En historisk återblick på anhörigrollen
 3. Vad är kommunalt anhörigstöd?
 4. Delaktighet och assistans – om barnsyn och personlig integritet
 5. När tonåringen blir vuxen
 6. Röster om mötesdagen

Fullsatt mötesdag i Göteborg

Samtliga 80 platser var bokade, och kön till dagen visar hur efterlängtad den var. Elsa Bengtsson

– Vi har aldrig tidigare haft en sådan här dag för anhöriga, säger Elsa Bengtsson, ordförande för HSO och FUB i Västra Götaland. Hon är glad att dagen blev av.

– Som förälder till ett barn med flera funktionsnedsättningar kan man ibland känna sig som den mest ensamma människan i världen, säger hon. En dag som den här gör att man möter andra att dela erfarenheter med, och att anhörigas situation hamnar i fokus.

Ett ovanligt samarbete

Dagen bjöd på föreläsningar, workshops och samtal om anhörigas roll, delaktighet, personlig assistans och framtiden. Samarbetet mellan Nka, handikappförbunden HSO och FUB samt studieförbunden Vuxenskolan och ABF har fungerat väl, och Nka vill gärna utveckla fler liknande samarbeten i landet.

Maria Hallberg från Nka inledde med att berätta om centrumets uppdrag som nationell samarbetsresurs i anhörigfrågor. Därefter berättade Britt Sandén, anhörigsamordnare i Angered, om vad kommunalt anhörigstöd kan vara.

Vad sa deltagarna?

I workshoparna fick deltagarna formulera vad de saknar. Föräldrarna önskade en fast kontaktperson i kommunen som samordnar alla insatser kring barnet. Flera ville att korttidsvistelse och avlösning ska kunna bokas med kortare varsel.

När tonåringen blir vuxen upplever många föräldrar att stödet plötsligt förändras. Deltagarna föreslog att kommunen tar fram en plan för övergången till vuxenlivet redan när den unga fyller 16, och att det finns en gruppbostad på hemorten så att den unga slipper flytta långt bort.

Många efterfrågade också utbildning för anhöriga om LSS och om hur man överklagar ett beslut. Andra vill att anhöriga som arbetar som personliga assistenter ska få samma handledning som övrig personal.

Röster om mötesdagen

– Det bästa var att träffa andra i samma situation. Gör om det här varje år, säger en mamma från Borås.

– Jag önskar att politikerna hade varit här och lyssnat, säger en pappa från Trollhättan.

Arrangörerna planerar nu en uppföljande dag under hösten.
"""
add("a7-16", "Angelägen mötesdag för anhöriga i Västra Götaland", "http://anhoriga.se/", T, "summary",
    "http://anhoriga.se/nyheter/angelagen-motesdag-for-anhoriga-i-vastra-gotaland/?search=open",
    ["1480"], ["14"], None, "regional_dialog",
    [ev(None, "Göteborg", 80, None)], ["funktionsnedsattning"], ["barn_och_unga"],
    [P("en fast kontaktperson i kommunen som samordnar alla insatser kring barnet", ["funktionsnedsattning", "barn_och_unga"], True, "stod_insatser", ["samverkan"]),
     P("korttidsvistelse och avlösning ska kunna bokas med kortare varsel", ["funktionsnedsattning"], True, "stod_insatser"),
     P("kommunen tar fram en plan för övergången till vuxenlivet redan när den unga fyller 16", ["funktionsnedsattning", "barn_och_unga"], True, "stod_insatser"),
     P("det finns en gruppbostad på hemorten så att den unga slipper flytta långt bort", ["funktionsnedsattning"], True, "boende"),
     P("utbildning för anhöriga om LSS och om hur man överklagar ett beslut", ["funktionsnedsattning"], True, "information_kommunikation", ["stod_insatser"]),
     P("anhöriga som arbetar som personliga assistenter ska få samma handledning som övrig personal", ["funktionsnedsattning"], True, "kompetensforsorjning"),
     P("Gör om det här varje år", ["funktionsnedsattning"], False, "delaktighet_inflytande")],
    [C("Arrangörerna planerar nu en uppföljande dag under hösten", "annan")],
    persons=["Elsa Bengtsson", "Maria Hallberg", "Britt Sandén"], mentioned=["1490", "1488"])

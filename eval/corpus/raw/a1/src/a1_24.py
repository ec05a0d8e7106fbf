from h import *
INPUT = dict(id="a1-24", title="Brukarstyrd brukarrevision av boendestödet i Askim-Frölunda-Högsbo", url="https://nsphig.se/",
genre="regional_or_report", source_url="https://docplayer.se/amp/7360398-Brukarstyrd-brukarrevision-av-boendestodet-i-askim-frolunda-hogsbo.html", text="""
Brukarstyrd brukarrevision av boendestödet i Askim-Frölunda-Högsbo
Granskning av attityder till och erfarenheter av boendestödet i stadsdelen Askim-Frölunda-Högsbo, Göteborgs Stad
Josefin Lind/NSPHiG
Malin Rosén/NSPHiG
2015-03-06

Innehållsförteckning
Inledning ... 1
Varför brukarrevision? ... 1
Några grundprinciper ... 2
Om uppdraget ... 3
Genomförande ... 4
Resultat ... 6
Önskade förändringar ... 26
Hur tar man tillvara revisionsresultatet? ... 26

1. Inledning
Vård och omsorg ska också utvärderas av dem som använder den. Brukarnas kunskap och erfarenheter behöver tas tillvara. Därför har Nationell Samverkan för Psykisk Hälsa i Göteborg (NSPHiG) och Göteborgs Stad samarbetat om brukarrevisioner inom delar av boendestödet. Det här är en av rapporterna, från revisionen i Askim-Frölunda-Högsbo.

För många organisationer inom vård och omsorg är brukarinflytande ett nytt område. Det kan vara svårt att bygga hållbara former för inflytande, samtidigt som behovet av långsiktiga strategier är stort. I utvärderingen av psykiatrireformen pekas brukarrevision ut som en metod som kommuner, landsting och brukarorganisationer bör använda för att stärka inflytandet och höja kvaliteten.

NSPHiG Brukarrevision boendestöd 2015    1

2. Genomförande
Fyra brukarrevisorer med egen erfarenhet av psykisk ohälsa intervjuade 31 personer som får boendestöd i stadsdelen. Intervjuerna gjordes under hösten 2014, i hemmet eller på träffpunkten Mötesplats Frölunda.

3. Resultat
3.1 Trivsel och aktiviteter
De flesta trivs med sitt boendestöd. Många saknar dock något att göra på dagarna och önskar fler aktiviteter på träffpunkten, till exempel matlagning och promenadgrupper.

3.2 Innehållet i stödet
Flera vill att boendestödjaren hjälper till med att komma ut, inte bara med städning och tvätt. Några önskar mer stöd med ekonomi och kontakter med myndigheter.

3.3 Planering och samverkan
Hälften visste inte om de hade en genomförandeplan. Brukarna vill vara med när planen skrivs och få en kopia.

3.4 Bemötande och kompetens
Bemötandet beskrivs som respektfullt. Några upplevde att personalen byts ut för ofta.

NSPHiG Brukarrevision boendestöd 2015    6

4. Önskade förändringar
Utifrån intervjuerna föreslår brukarrevisorerna att:
1. samma boendestödjare ska följa brukaren så långt det är möjligt,
2. stödet ska kunna ges även på kvällar och helger,
3. träffpunkten ska ha öppet fler dagar i veckan,
4. alla brukare ska få en genomförandeplan som de själva varit med och tagit fram,
5. personalen ska få utbildning i återhämtning tillsammans med personer med egen erfarenhet.

4.1 Arbete
Många uttryckte en önskan om meningsfull sysselsättning. Det behövs fler arbetsträningsplatser och stöd att hitta praktik.

5. Hur tar man tillvara revisionsresultatet?
Stadsdelsförvaltningen har åtagit sig att gå igenom rapporten tillsammans med brukarrevisorerna och ta fram en handlingsplan under 2015. Resultatet ska återkopplas till de intervjuade vid ett möte på träffpunkten.

NSPHiG Brukarrevision boendestöd 2015    26
""")
GOLD = dict(municipality_codes=["1480"], county_codes=["14"], mentioned_municipality_codes=[], published="2015-03-06",
dialogue_type="brukardialog", events=[E("2014", "Mötesplats Frölunda", 31, None)],
target_groups=TG(["vuxna"], ["funktionsnedsattning"]),
proposals=[
P("fler aktiviteter på träffpunkten", ["vuxna"], True, "motesplatser_aktiviteter"),
P("matlagning och promenadgrupper", ["vuxna"], False, "motesplatser_aktiviteter"),
P("boendestödjaren hjälper till med att komma ut, inte bara med städning och tvätt", ["vuxna"], True, "stod_insatser"),
P("mer stöd med ekonomi och kontakter med myndigheter", ["vuxna"], True, "stod_insatser", ["ekonomi"]),
P("Brukarna vill vara med när planen skrivs och få en kopia", ["vuxna"], True, "delaktighet_inflytande"),
P("samma boendestödjare ska följa brukaren så långt det är möjligt", ["vuxna"], True, "stod_insatser", ["kompetensforsorjning"]),
P("stödet ska kunna ges även på kvällar och helger", ["vuxna"], True, "stod_insatser"),
P("träffpunkten ska ha öppet fler dagar i veckan", ["vuxna"], True, "motesplatser_aktiviteter"),
P("alla brukare ska få en genomförandeplan som de själva varit med och tagit fram", ["vuxna"], False, "delaktighet_inflytande"),
P("personalen ska få utbildning i återhämtning tillsammans med personer med egen erfarenhet", ["vuxna"], True, "kompetensforsorjning"),
P("fler arbetsträningsplatser", ["vuxna"], True, "stod_insatser"),
P("stöd att hitta praktik", ["vuxna"], True, "stod_insatser"),
],
commitments=[C("Stadsdelsförvaltningen har åtagit sig att gå igenom rapporten tillsammans med brukarrevisorerna och ta fram en handlingsplan under 2015"),
C("Resultatet ska återkopplas till de intervjuade vid ett möte på träffpunkten")],
pii=PII(["Josefin Lind", "Malin Rosén"], [], []))

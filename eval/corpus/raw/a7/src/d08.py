from helper import *
T = """Ungdomsrådet 1(13)

Plats och tid 17:30, VIP-rummet, FORUM Örkelljunga
Beslutande Ida Lönn, Wilma Sjöberg, Adam Kowalski, Nora Axelsson, Leo Hamid
Övriga närvarande Cecilia Strömberg, Johanna Palm
Justerare Nora Axelsson
Justeringens datum, plats och tid 2019-04-09 kommunhuset
Underskrifter Sekreterare Wilma Sjöberg Ordförande Ida Lönn Justerare Nora Axelsson
Paragrafer: 17–26

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ Ungdomsrådet
Datum då anslaget sätts upp 2019-04-10 Datum då anslaget tas ned 2019-05-03
Förvaringsplats för protokollet Kommunledningskontoret
Underskrift Cecilia Strömberg

2(13) Närvaro- och omröstningslista
Ordinarie ledamöter Närvaro
Ida Lönn X
Elias Grahn -
Wilma Sjöberg X
Nora Axelsson X
Leo Hamid X
Adam Kowalski X
Julia Mårtensson, avgått från rådet -

3(13) Ärendelista
17. Föregående protokoll
18. Politiska beslut som rör unga
19. Budgetrapport
20. Ida rapporterar från möte med Ung kraft och vilja
21. Rådets struktur och kommunens organisation
22. Beslut som fattas om barn och unga utan föregående dialog med unga
23. Safe Space Malmö
24. Lupp 2018
25. Övriga frågor a) Ny ledamot b) Inbjudan c) Sommarlovsaktiviteter d) Gruppchatt e) Rådets aktiviteter
26. Nästa sammanträde

4(13) Ungdomsrådet § 17 Föregående protokoll
Beslut: att lägga informationen till handlingarna.
Rådets representanter fick förhinder och deltog därför inte i kongressen.
Beslutsunderlag Ungdomsrådets protokoll 27 februari 2019

5(13) Ungdomsrådet § 18 Politiska beslut som rör unga
Beslut: att bjuda in företrädare för kommunstyrelsens arbetsutskott och utbildningsnämnden samt utbildningschefen till nästa möte.
Rådet diskuterade kommunstyrelsens beslut 2019-03-06 § 62 om entreprenörskap i skolan och utbildningsnämndens beslut om mobilförbud under lektionstid. Rådet anser att eleverna borde ha fått säga sitt innan mobilförbudet beslutades.

6(13) Ungdomsrådet § 19 Budgetrapport
Beslut: att godkänna rapporten.
Av rådets budget på 20 000 kronor återstår 14 200 kronor.

7(13) Ungdomsrådet § 20 Rapport från möte med Ung kraft och vilja
Beslut: att lägga rapporten till handlingarna.
Ida Lönn berättar om mötet. Organisationen erbjuder utbildning i påverkansarbete för ungdomsråd.

8(13) Ungdomsrådet § 21 Rådets struktur och kommunens organisation
Beslut: att ge Johanna Palm i uppdrag att ta fram en enkel bild över kommunens organisation till nästa möte.

9(13) Ungdomsrådet § 22 Beslut som fattas om barn och unga utan föregående dialog med unga
Beslut: att skriva en skrivelse till kommunstyrelsen.
Rådet föreslår att alla ärenden som rör barn och unga ska skickas till ungdomsrådet på remiss innan nämnderna fattar beslut. Rådet vill också att varje nämnd bjuder in ungdomsrådet minst en gång per termin.

10(13) Ungdomsrådet § 23 Safe Space Malmö
Beslut: att ta upp frågan igen i höst.
Adam Kowalski presenterar Safe Space i Malmö, en mötesplats för unga hbtq-personer. Rådet önskar att kommunen startar en liknande trygg mötesplats i Örkelljunga, till exempel en kväll i veckan på fritidsgården.

11(13) Ungdomsrådet § 24 Lupp 2018
Beslut: att lägga informationen till handlingarna.
Resultatet visar att många unga känner sig otrygga i centrum på kvällar och att var tredje inte vet vart man vänder sig vid psykisk ohälsa. Rådet vill att ungdomsmottagningen får ha öppet en kväll i veckan och att informationen om stöd sprids i skolans app.

12(13) Ungdomsrådet § 25 Övriga frågor
a) Ny ledamot: Rådet välkomnar nya ledamöter från högstadiet.
b) Inbjudan: Rådet är inbjudet till länets ungdomsdag i maj.
c) Sommarlovsaktiviteter: Rådet föreslår gratis sommarlovsaktiviteter, bland annat simskola och prova-på-dagar hos föreningarna, och att lovbussar går till badplatserna.
d) Gruppchatt: Wilma Sjöberg skapar en gemensam gruppchatt.
e) Rådets aktiviteter: Rådet planerar en politikerutfrågning i september.

13(13) Ungdomsrådet § 26 Nästa sammanträde
Nästa sammanträde hålls 2019-05-14 kl. 17:30.
"""
add("a7-08", "Protokoll Ungdomsrådet Örkelljunga 2019", "https://www.orkelljunga.se/", T, "youth_council",
    "https://docplayer.se/amp/128596005-Li-merander-evelina-hansson-kommunhuset.html",
    ["1257"], ["12"], "2019-04", "aterkommande_forum",
    [ev("2019-04", "VIP-rummet, FORUM Örkelljunga", 5, None)], ["barn_och_unga"], [],
    [P("eleverna borde ha fått säga sitt innan mobilförbudet beslutades", ["barn_och_unga"], False, "delaktighet_inflytande"),
     P("alla ärenden som rör barn och unga ska skickas till ungdomsrådet på remiss innan nämnderna fattar beslut", ["barn_och_unga"], True, "delaktighet_inflytande"),
     P("varje nämnd bjuder in ungdomsrådet minst en gång per termin", ["barn_och_unga"], True, "delaktighet_inflytande"),
     P("kommunen startar en liknande trygg mötesplats i Örkelljunga", ["barn_och_unga"], True, "motesplatser_aktiviteter", ["trygghet_vald"]),
     P("ungdomsmottagningen får ha öppet en kväll i veckan", ["barn_och_unga"], True, "tillganglighet", ["forebyggande_arbete"]),
     P("informationen om stöd sprids i skolans app", ["barn_och_unga"], True, "information_kommunikation", ["digitalisering"]),
     P("gratis sommarlovsaktiviteter", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
     P("simskola och prova-på-dagar hos föreningarna", ["barn_och_unga"], False, "motesplatser_aktiviteter"),
     P("lovbussar går till badplatserna", ["barn_och_unga"], True, "tillganglighet")],
    [C("att bjuda in företrädare för kommunstyrelsens arbetsutskott och utbildningsnämnden samt utbildningschefen till nästa möte"),
     C("att skriva en skrivelse till kommunstyrelsen"),
     C("Rådet planerar en politikerutfrågning i september")],
    persons=["Ida Lönn", "Wilma Sjöberg", "Adam Kowalski", "Nora Axelsson", "Leo Hamid", "Cecilia Strömberg", "Johanna Palm", "Elias Grahn", "Julia Mårtensson"],
    mentioned=["1280"])

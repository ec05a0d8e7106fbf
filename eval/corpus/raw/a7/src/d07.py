from helper import *
T = """Nr 4 Kommunala ungdomsrådet 2017-09-11 1(7)

Tid och plats Måndagen den 11 september 2017, klockan 10.30–12.00, Bolstadsrummet

Beslutande Ledamöter
Alva Persson, ordförande
Noah Lindqvist, vice ordförande
Tilde Engström, vice sekreterare
Hugo Blom, ledamot
Saga Wallin, ledamot

Övriga närvarande
Tjänstemän Rasmus Åkesson, föreståndare ungdomshuset Stinsen; Gunilla Franzén, folkhälsostrateg
Övriga Bengt Håkansson (S), ordförande kommunstyrelsen; Ingela Dahl (C), ordförande kultur- och utbildningsnämnden

Utses att justera Hugo Blom
Justeringens plats och tid Ungdomshuset Stinsen den 25 september 2017, klockan 19.00
Justerade paragrafer 19–23

Underskrifter Sekreterare ... Tilde Engström Ordförande ... Alva Persson Justerande ... Hugo Blom

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ Kommunala ungdomsrådet
Sammanträdesdatum 2017-09-11
Datum då anslaget sätts upp 2017-09-26 Datum då anslaget tas ned 2017-10-17
Förvaringsplats för protokollet Kommunkontoret

Kommunala ungdomsrådet 2017-09-11 2(7)

Innehållsförteckning
§ 19 Mellerud PRIDE 2017
§ 20 Mellerud PRIDE budget
§ 21 Renoveringen av ungdomshuset Stinsen
§ 22 Möjligheten att ha Swish på ungdomshuset Stinsen
§ 23 Övriga frågor

Kommunala ungdomsrådet 2017-09-11 3(7)

§ 19 Mellerud PRIDE 2017

Kommunala ungdomsrådet godkänner informationen.

Rådets representanter går igenom programmet för årets PRIDE-festival den 22 och 23 september. Upplägget liknar förra årets, men Kulturbruket ansvarar nu själv för fredagens program och mer av festivalen flyttas till torget. Kommunen har köpt in flaggor som ska hissas på torget under festivalen. Precis som förra året har de politiska partierna bjudits in till ungdomshuset på lördagen, och två partier har hittills tackat ja.

Kommunala ungdomsrådet 2017-09-11 4(7)

§ 20 Mellerud PRIDE budget

Kommunala ungdomsrådet beslutar att anslå 8 000 kronor ur rådets budget till PRIDE-festivalen.

Kommunala ungdomsrådet 2017-09-11 5(7)

§ 21 Renoveringen av ungdomshuset Stinsen

Kommunala ungdomsrådet godkänner informationen och beslutar att lämna rådets önskemål till kultur- och utbildningsnämnden.

Rasmus Åkesson informerar om att renoveringen av övervåningen börjar i oktober och beräknas vara klar till jul. Rådet har samlat in önskemål från besökarna. Ungdomarna vill att det byggs ett större kök där man kan laga mat tillsammans, och att det blir ett avskilt rum för läxläsning. Flera besökare önskar bättre ljudisolering i musikrummet. Rådet föreslår också att ungdomshuset får en ramp vid entrén, så att besökare som använder rullstol kan ta sig in utan hjälp.

Kommunala ungdomsrådet 2017-09-11 6(7)

§ 22 Möjligheten att ha Swish på ungdomshuset Stinsen

Kommunala ungdomsrådet föreslår att kommunen inför Swish som betalningssätt i caféet på Stinsen.

Få ungdomar har kontanter med sig, och caféet tappar försäljning. Bengt Håkansson (S) svarar att frågan ska utredas av ekonomiavdelningen och att besked lämnas till rådets nästa möte.

Kommunala ungdomsrådet 2017-09-11 7(7)

§ 23 Övriga frågor

Saga Wallin tar upp att det saknas belysning på gångvägen mellan järnvägsstationen och Stinsen, och att många tjejer känner sig otrygga där på kvällarna. Rådet vill att kommunen sätter upp fler lampor längs gångvägen. Ingela Dahl (C) lovar att ta med frågan till samhällsbyggnadsförvaltningen.

Nästa möte hålls den 9 oktober 2017.
"""
add("a7-07", "Sammanträdesprotokoll Kommunala ungdomsrådet 2017-09-11", "https://www.mellerud.se/", T, "youth_council",
    "https://docplayer.se/amp/111623664-Melleruds-kommun-sammantradesprotokoll-nr-4-kommunala-ungdomsradet-7.html",
    ["1461"], ["14"], "2017-09", "aterkommande_forum",
    [ev("2017-09-11", "Bolstadsrummet", 5, None)], ["barn_och_unga"], [],
    [P("det byggs ett större kök där man kan laga mat tillsammans", ["barn_och_unga"], True, "lokaler_miljo", ["motesplatser_aktiviteter"]),
     P("det blir ett avskilt rum för läxläsning", ["barn_och_unga"], True, "lokaler_miljo"),
     P("bättre ljudisolering i musikrummet", ["barn_och_unga"], True, "lokaler_miljo"),
     P("ungdomshuset får en ramp vid entrén", ["barn_och_unga", "funktionsnedsattning"], True, "tillganglighet"),
     P("kommunen inför Swish som betalningssätt i caféet på Stinsen", ["barn_och_unga"], True, "digitalisering"),
     P("kommunen sätter upp fler lampor längs gångvägen", ["barn_och_unga"], True, "lokaler_miljo", ["trygghet_vald"])],
    [C("Kommunala ungdomsrådet beslutar att anslå 8 000 kronor ur rådets budget till PRIDE-festivalen"),
     C("renoveringen av övervåningen börjar i oktober"),
     C("frågan ska utredas av ekonomiavdelningen"),
     C("Ingela Dahl (C) lovar att ta med frågan till samhällsbyggnadsförvaltningen")],
    persons=["Alva Persson", "Noah Lindqvist", "Tilde Engström", "Hugo Blom", "Saga Wallin", "Rasmus Åkesson", "Gunilla Franzén", "Bengt Håkansson", "Ingela Dahl"])

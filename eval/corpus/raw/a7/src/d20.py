from helper import *
T = """Förslag på utvecklad myndighetssamverkan kring våld i nära relationer

Västernorrlands län

Länsstyrelsen Västernorrlands publikationsserie Rapport nr: 2016:03
Diarienummer: 801-2652-16 ISSN: 1403-624X
Tryck: Länsstyrelsen Västernorrland
Rapporten finns att få i alternativt format.

2016-03-29 Dnr 801-2652-16

Förord

Våld i nära relationer och hedersrelaterat våld och förtryck är allvarliga brott som orsakar stort lidande för våldsutsatta kvinnor, barn och män och för deras närstående. Våldet kostar också samhället mycket, i form av skyddsåtgärder, myndighetsutövning, vård och andra stödinsatser. Den som utsätts kan ha kontakt med många myndigheter samtidigt och ha omfattande behov. Stödet fungerar bara väl ur den utsattas perspektiv om myndigheterna samverkar.

Utifrån sitt samordningsuppdrag om mäns våld mot kvinnor och hedersrelaterat våld och förtryck har Länsstyrelsen utrett hur myndigheterna i länet kan samverka mer. Utredningen föreslår ett konkret samarbete som ska höja och säkra kvaliteten i det gemensamma arbetet, så att både våldsutsatta och våldsutövare får del av samhällets stöd.

Karin Edlund, enhetschef Helena Berg, utredare

Innehållsförteckning
1. Inledning ... 6
2. Uppdrag ... 7
2.1. Genomförande ... 7
2.2. Utgångspunkter ... 8
3. Förslag ... 8
3.1. Stöd till våldsutsatta och våldsutövare ... 9
3.2. Specialistkompetens ... 10

Länsstyrelsen Västernorrland 7

2. Uppdrag

2.1. Genomförande

Under hösten 2015 höll Länsstyrelsen fyra dialogmöten, i Sundsvall, Härnösand, Kramfors och Örnsköldsvik. Sammanlagt deltog drygt 90 personer från socialtjänsten, polisen, hälso- och sjukvården, Kriminalvården, åklagarkammaren, kvinno- och tjejjourer samt brottsofferjourer. Därtill intervjuades tolv kvinnor som själva har erfarenhet av våld i en nära relation.

Deltagarna i dialogmötena beskrev att den som utsätts ofta får berätta sin historia många gånger. De föreslog att det inrättas ett gemensamt team där socialtjänst, polis och hälso- och sjukvård träffar den våldsutsatta vid samma tillfälle. Flera jourer ville att det finns ett skyddat boende i länet som kan ta emot kvinnor med medföljande tonårssöner. Kommunerna i inlandet lyfte att det behövs en jour som svarar dygnet runt, eftersom socialtjänstens beredskap inte alltid räcker till.

Kvinnorna som intervjuades önskade att någon följer med till polisförhöret och till rättegången, och att barnen får samtalsstöd så snart våldet upptäcks. Några ville att informationen om vart man kan vända sig ska finnas på vårdcentralernas toaletter, där man kan läsa den utan att någon ser.

Länsstyrelsen Västernorrland 8

2.2. Utgångspunkter

Utredningen utgår från Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer och från den nationella strategin mot mäns våld mot kvinnor.

3. Förslag

Länsstyrelsen föreslår att länets kommuner, Region Västernorrland och Polisregion Nord inrättar ett gemensamt kompetenscentrum mot våld i nära relationer. Centret bör erbjuda konsultation till handläggare och gemensamma utbildningar.

3.1. Stöd till våldsutsatta och våldsutövare

Behandling för våldsutövare bör erbjudas i alla länets kommuner, antingen i egen regi eller genom avtal med en grannkommun.

Länsstyrelsen Västernorrland 10

3.2. Specialistkompetens

Varje kommun bör ha minst en handläggare med särskild kompetens om hedersrelaterat våld och förtryck.

Länsstyrelsen kommer att sammankalla en styrgrupp för det fortsatta arbetet under 2016 och följa upp förslagen i den årliga lägesbilden.
"""
add("a7-20", "Förslag på utvecklad myndighetssamverkan kring våld i nära relationer", "https://www.lansstyrelsen.se/vasternorrland/", T, "regional_or_report",
    "https://5dok.org/document/y96r2ddl-f%C3%B6rslag-utvecklad-myndighetssamverkan-kring-v%C3%A5ld-n%C3%A4ra-relationer.html",
    [], ["22"], "2016-03-29", "regional_dialog",
    [ev("2015", "Sundsvall", 90, "drygt"), ev("2015", "Härnösand"), ev("2015", "Kramfors"), ev("2015", "Örnsköldsvik")],
    ["vald_i_nara_relationer"], ["barn_och_unga"],
    [P("det inrättas ett gemensamt team där socialtjänst, polis och hälso- och sjukvård träffar den våldsutsatta vid samma tillfälle", ["vald_i_nara_relationer"], True, "samverkan"),
     P("det finns ett skyddat boende i länet som kan ta emot kvinnor med medföljande tonårssöner", ["vald_i_nara_relationer"], True, "boende", ["trygghet_vald"]),
     P("det behövs en jour som svarar dygnet runt", ["vald_i_nara_relationer"], True, "stod_insatser", ["tillganglighet"]),
     P("någon följer med till polisförhöret och till rättegången", ["vald_i_nara_relationer"], True, "stod_insatser"),
     P("barnen får samtalsstöd så snart våldet upptäcks", ["vald_i_nara_relationer", "barn_och_unga"], True, "stod_insatser"),
     P("informationen om vart man kan vända sig ska finnas på vårdcentralernas toaletter", ["vald_i_nara_relationer"], True, "information_kommunikation"),
     P("länets kommuner, Region Västernorrland och Polisregion Nord inrättar ett gemensamt kompetenscentrum mot våld i nära relationer", ["vald_i_nara_relationer"], False, "samverkan", ["kompetensforsorjning"]),
     P("Behandling för våldsutövare bör erbjudas i alla länets kommuner", ["vald_i_nara_relationer"], False, "forebyggande_arbete"),
     P("Varje kommun bör ha minst en handläggare med särskild kompetens om hedersrelaterat våld och förtryck", ["vald_i_nara_relationer"], False, "kompetensforsorjning")],
    [C("Länsstyrelsen kommer att sammankalla en styrgrupp för det fortsatta arbetet under 2016", "annan"),
     C("följa upp förslagen i den årliga lägesbilden", "annan")],
    persons=["Karin Edlund", "Helena Berg"], mentioned=["2281", "2280", "2282", "2284"])

from h import *
INPUT = dict(id="a1-23", title="Förslag på utvecklad myndighetssamverkan kring våld i nära relationer", url="https://www.lansstyrelsen.se/",
genre="regional_or_report", source_url="https://5dok.org/document/y96r2ddl-f%C3%B6rslag-utvecklad-myndighetssamverkan-kring-v%C3%A5ld-n%C3%A4ra-relationer.html", text="""
Förslag på utvecklad myndighetssamverkan kring våld i nära relationer

Västernorrlands län

Länsstyrelsen Västernorrlands publikationsserie Rapport nr: 2016:03
Diarienummer: 801-2652-16 ISSN: 1403-624X
Tryck: Länsstyrelsen Västernorrland
Rapporten finns att få i alternativt format.

2016-03-29 Dnr 801-2652-16

Förord

Våld i nära relationer och hedersrelaterat våld och förtryck är allvarliga brott som orsakar stort lidande för de kvinnor, barn och män som utsätts och för deras närstående. Våldet får också följder för samhället i form av stora kostnader för skydd, myndighetsutövning, vård och andra stödinsatser. Den som utsätts kan ha kontakt med flera myndigheter samtidigt och ha omfattande behov. För att insatserna ska fungera för de utsatta krävs att myndigheterna samverkar väl.

Utifrån sitt samordningsuppdrag om mäns våld mot kvinnor och hedersrelaterat våld och förtryck har Länsstyrelsen utrett hur myndigheterna i länet kan samverka djupare. Utredningen föreslår ett konkret samarbete som ska höja och säkra kvaliteten i myndigheternas gemensamma arbete, så att både våldsutsatta och våldsutövare får del av samhällets stöd.

Eva Sundin, enhetschef    Helena Norberg, utredare

Länsstyrelsen Västernorrland    4(15)

Innehållsförteckning
1. Inledning ... 6
2. Uppdrag ... 7
2.1. Genomförande ... 7
2.2. Utgångspunkter ... 8
3. Förslag ... 8
3.1. Stöd till våldsutsatta och våldsutövare ... 9
3.2. Specialistkompetens ... 10
3.3. Barn som upplevt våld ... 11
4. Fortsatt arbete ... 12

Länsstyrelsen Västernorrland    7(15)

2. Uppdrag

2.1. Genomförande

Under hösten 2015 höll Länsstyrelsen fyra dialogmöten, i Sundsvall, Härnösand, Örnsköldsvik och Sollefteå. Totalt deltog omkring 90 personer från kommunernas socialtjänst, polisen, åklagarmyndigheten, landstinget, Kriminalvården och länets kvinno- och tjejjourer. Deltagarna beskrev var samverkan fungerar i dag och var de utsatta riskerar att falla mellan stolarna.

Många deltagare lyfte att det saknas en gemensam plats där ärenden kan diskuteras snabbt. Flera föreslog att myndigheterna ska ha gemensamma utbildningsdagar om våld i nära relationer, och att socialtjänsten och polisen ska använda samma metod för riskbedömning.

Länsstyrelsen Västernorrland    9(15)

3. Förslag

3.1. Stöd till våldsutsatta och våldsutövare

Ett länsgemensamt stöd- och samverkansteam inrättas, med socialsekreterare, polis och hälso- och sjukvårdspersonal, som kan kallas in i komplicerade ärenden.

Insatser till våldsutövare bör finnas i alla sju kommuner, antingen i egen regi eller genom avtal med en annan kommun.

3.2. Specialistkompetens

Varje kommun bör utse en särskild samordnare för arbetet mot våld i nära relationer. Landstinget bör inrätta en mottagning för våldsutsatta på länssjukhuset.

3.3. Barn som upplevt våld

Barn som har upplevt våld ska erbjudas samtalsstöd inom två veckor efter att våldet blivit känt. Skolornas elevhälsa bör ingå i samverkan.

Länsstyrelsen Västernorrland    12(15)

4. Fortsatt arbete

Länsstyrelsen kommer att bjuda in myndighetscheferna till ett möte under våren 2016 för att besluta om förslagen. Länsstyrelsen kommer också att följa upp samverkan i en ny kartläggning 2017.
""")
GOLD = dict(municipality_codes=[], county_codes=["22"], mentioned_municipality_codes=["2281", "2280", "2284", "2283"], published="2016-03-29",
dialogue_type="regional_dialog",
events=[E("2015", "Sundsvall", 90, "omkring"), E("2015", "Härnösand"), E("2015", "Örnsköldsvik"), E("2015", "Sollefteå")],
target_groups=TG(["vald_i_nara_relationer"], ["barn_och_unga"]),
proposals=[
P("en gemensam plats där ärenden kan diskuteras snabbt", ["vald_i_nara_relationer"], True, "samverkan"),
P("myndigheterna ska ha gemensamma utbildningsdagar om våld i nära relationer", ["vald_i_nara_relationer"], True, "kompetensforsorjning", ["samverkan"]),
P("socialtjänsten och polisen ska använda samma metod för riskbedömning", ["vald_i_nara_relationer"], True, "samverkan", ["trygghet_vald"]),
P("Ett länsgemensamt stöd- och samverkansteam inrättas", ["vald_i_nara_relationer"], True, "samverkan"),
P("Insatser till våldsutövare bör finnas i alla sju kommuner", ["vald_i_nara_relationer"], True, "stod_insatser", ["forebyggande_arbete"]),
P("Varje kommun bör utse en särskild samordnare för arbetet mot våld i nära relationer", ["vald_i_nara_relationer"], True, "samverkan"),
P("Landstinget bör inrätta en mottagning för våldsutsatta på länssjukhuset", ["vald_i_nara_relationer"], True, "stod_insatser"),
P("Barn som har upplevt våld ska erbjudas samtalsstöd inom två veckor efter att våldet blivit känt", ["vald_i_nara_relationer", "barn_och_unga"], True, "stod_insatser"),
P("Skolornas elevhälsa bör ingå i samverkan", ["vald_i_nara_relationer", "barn_och_unga"], True, "samverkan", ["skola_utbildning"]),
],
commitments=[C("Länsstyrelsen kommer att bjuda in myndighetscheferna till ett möte under våren 2016 för att besluta om förslagen", "annan"),
C("Länsstyrelsen kommer också att följa upp samverkan i en ny kartläggning 2017", "annan")],
pii=PII(["Eva Sundin", "Helena Norberg"], [], []))

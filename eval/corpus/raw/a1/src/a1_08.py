from h import *
INPUT = dict(id="a1-08", title="Bilaga 5 – Sammanställning av dialoger 2022", url="https://skelleftea.se/",
genre="summary", source_url="https://skelleftea.se/2030/startsida/bilagor/bilaga-5-sammanstallning-av-dialoger-2022", text="""
Bilaga 5 – Sammanställning av dialoger 2022

Bilagan har tagits fram på uppdrag av Skellefteå kommun i arbetet med att revidera den lokala utvecklingsstrategin Skellefteå 2030. Den ingår i det uppdrag vi har haft för kommunen under de senaste månaderna och redovisar de svar som kommunen samlat in från invånare, företag, föreningar och andra organisationer. Vi vill rikta ett varmt tack för den här tiden!

Elin Marklund och Viktor Öhman, studenter på samhällsplanerarprogrammet vid Umeå universitet.

Dokumentet redovisar resultatet av de dialoger som hölls under 2022 som en del av revideringen av Skellefteå 2030.

Inledning

Under 2022 samlades synpunkter in genom dialog med invånare och genom en remissrunda till privata, ideella och offentliga aktörer. Invånardialogen var till största delen digital. Den byggde på att ett förslag till reviderad strategi visades på webben, på kommunens bibliotek och i stadshuset, där man kunde lämna kommentarer. Som ett komplement till dialogen 2021 hölls också riktade dialoger med några grupper: studerande på SFI, elever på fritidshem, ungdomsfullmäktige och Nordan – en fritidsgrupp för unga vuxna med funktionsvariationer. Från webben, biblioteken, Nordan, fritidshemmen och SFI kom totalt 140 svar. Från ungdomsfullmäktige kom 534 svar, som redovisas i bilaga 7.

Huvudsakliga källor

• Remissvar
• Anteckningar från möten om remisserna
• Kommentarer via formuläret på Skellefteås webbplats
• Kommentarer och reaktioner på Instagram och Facebook
• Möten på skolor
• Möte med Nordan

Nordan – unga vuxna med funktionsvariationer

Deltagarna i Nordan pratade mest om fritid och att ta sig runt i stan. De önskade fler aktiviteter på kvällstid som är anpassade för dem, och att färdtjänsten ska gå att boka med kortare varsel. Flera ville ha fler jobb och praktikplatser hos vanliga arbetsgivare. Någon föreslog att bussarna ska ropa ut hållplatserna både i högtalare och på skärm.

Elever på fritidshem

Barnen ritade och berättade om sin drömstad. Det de ville ha mest var fler lekplatser med klätterställningar, en badplats i centrum och säkrare cykelvägar till skolan. Många tyckte också att det ska planteras mer träd och blommor.

Studerande på SFI

De som läser svenska för invandrare tog upp bostäder och jobb. De efterfrågade fler hyresrätter med rimlig hyra och mer hjälp att hitta praktik. Flera ville att det ska finnas fler mötesplatser där man kan träffa svenskspråkiga och öva språket, till exempel språkcaféer på biblioteken.

Webb och bibliotek

De flesta kommentarerna på webben handlade om trygghet, kollektivtrafik och natur. Många ville se bättre belysning längs gångvägarna och fler turer till byarna.

Hur svaren har påverkat strategin

Synpunkterna om tillgänglighet och trygghet har lett till att dessa skrivningar förtydligats i strategin. Önskemålen från barn och unga har förts vidare till fritidsnämnden och nämnden för support och lokaler.
""")
GOLD = dict(municipality_codes=["2482"], county_codes=["24"], mentioned_municipality_codes=[], published="2022",
dialogue_type="medborgardialog", events=[E("2022", None, 140, None)],
target_groups=TG(["funktionsnedsattning", "barn_och_unga"], []),
proposals=[
P("fler aktiviteter på kvällstid som är anpassade för dem", ["funktionsnedsattning"], True, "motesplatser_aktiviteter"),
P("färdtjänsten ska gå att boka med kortare varsel", ["funktionsnedsattning"], True, "tillganglighet"),
P("fler jobb och praktikplatser hos vanliga arbetsgivare", ["funktionsnedsattning"], True, "stod_insatser", ["samverkan"]),
P("bussarna ska ropa ut hållplatserna både i högtalare och på skärm", ["funktionsnedsattning"], True, "tillganglighet", ["information_kommunikation"]),
P("fler lekplatser med klätterställningar", ["barn_och_unga"], True, "lokaler_miljo"),
P("en badplats i centrum", ["barn_och_unga"], True, "lokaler_miljo"),
P("säkrare cykelvägar till skolan", ["barn_och_unga"], True, "lokaler_miljo", ["tillganglighet"]),
P("det ska planteras mer träd och blommor", ["barn_och_unga"], True, "lokaler_miljo"),
P("fler hyresrätter med rimlig hyra", [], True, "boende"),
P("mer hjälp att hitta praktik", [], True, "stod_insatser"),
P("fler mötesplatser där man kan träffa svenskspråkiga och öva språket", [], True, "motesplatser_aktiviteter"),
P("språkcaféer på biblioteken", [], False, "motesplatser_aktiviteter"),
P("bättre belysning längs gångvägarna", [], True, "lokaler_miljo", ["trygghet_vald"]),
P("fler turer till byarna", [], True, "tillganglighet"),
],
commitments=[],
pii=PII(["Elin Marklund", "Viktor Öhman"], [], []))

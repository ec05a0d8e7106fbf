from h import *
INPUT = dict(id="a1-12", title="Ungdomsrådet – protokoll", url="https://www.orkelljunga.se/",
genre="youth_council", source_url="https://docplayer.se/amp/128596005-Li-merander-evelina-hansson-kommunhuset.html", text="""
Ungdomsrådet 1(13)

Plats och tid: VIP-rummet, FORUM Örkelljunga, kl. 17:30
Beslutande: Alva Lindqvist, Nils Bengtsson, Hamid Rezaei, Tilde Persson, Maja Sjögren
Övriga närvarande: Karin Holmér, Jessica Nord
Justeringens datum, plats och tid: 2019-04-09, kommunhuset
Paragrafer: 17–26
Sekreterare: Nils Bengtsson
Ordförande: Alva Lindqvist
Justerare: Tilde Persson

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ: Ungdomsrådet
Anslaget sätts upp: 2019-04-10
Anslaget tas ned: 2019-05-03
Förvaringsplats för protokollet: Kommunledningskontoret
Underskrift: Karin Holmér

2(13) Närvaro- och omröstningslista
Ordinarie ledamöter: Alva Lindqvist X, Elias Hedberg –, Nils Bengtsson X, Tilde Persson X, Maja Sjögren –, Hamid Rezaei X, Wilma Falk (har lämnat rådet) –

3(13) Ärendelista
17. Föregående protokoll
18. Politiska beslut som rör unga
19. Budgetrapport
20. Alva rapporterar från mötet med föreningen Ung kraft och vilja
21. Rådets struktur och kommunens organisation
22. Beslut om barn och unga som fattas utan dialog med unga
23. Safe Space Malmö
24. Lupp 2018
25. Övriga frågor: a) Ny ledamot b) Inbjudan c) Sommarlovsaktiviteter d) Gruppchatt e) Rådets aktiviteter
26. Nästa sammanträde

4(13) § 17 Föregående protokoll
Beslut: att lägga informationen till handlingarna.
Rådets representanter fick förhinder och kunde inte delta i kongressen.

5(13) § 18 Politiska beslut som rör unga
Beslut: att bjuda in företrädare för kommunstyrelsens arbetsutskott, utbildningsnämnden och utbildningschefen till nästa möte.
Rådet diskuterade kommunstyrelsens protokoll 2019-03-06 § 62 om entreprenörskap i skolan och utbildningsnämndens beslut om mobiltelefoner i klassrummen. Rådet anser att eleverna borde ha fått yttra sig innan beslutet fattades.

6(13) § 19 Budgetrapport
Av rådets budget för 2019 återstår 18 400 kronor.

8(13) § 22 Beslut om barn och unga som fattas utan dialog med unga
Rådet kräver att alla nämnder gör en barnkonsekvensanalys och frågar ungdomsrådet innan beslut som rör unga fattas.

9(13) § 23 Safe Space Malmö
Rådet har tittat på hur Malmö arbetar med trygga rum för unga hbtq-personer. Rådet föreslår att en liknande träffpunkt startas på fritidsgården i Örkelljunga.
Beslut: att ta upp frågan med fritidsenheten.

10(13) § 24 Lupp 2018
Resultaten visar att många unga känner sig otrygga på busstationen på kvällarna. Rådet vill att det sätts upp bättre belysning där och att resultaten från Lupp presenteras för eleverna på högstadiet.

11(13) § 25 Övriga frågor
a) En ny ledamot från gymnasiet har anmält intresse.
c) Rådet önskar att kommunen erbjuder gratis busskort till badet under sommarlovet och fler aktiviteter för 13–16-åringar.
d) En gruppchatt startas för rådets ledamöter.

12(13) § 26 Nästa sammanträde
Nästa möte hålls den 14 maj kl. 17:30 i VIP-rummet.
""")
GOLD = dict(municipality_codes=["1257"], county_codes=["12"], mentioned_municipality_codes=["1280"], published="2019-04-10",
dialogue_type="aterkommande_forum", events=[E("2019-04", "VIP-rummet, FORUM Örkelljunga", 4, None), E("2019-05-14", "VIP-rummet", None, None)],
target_groups=TG(["barn_och_unga"]),
proposals=[
P("eleverna borde ha fått yttra sig innan beslutet fattades", ["barn_och_unga"], False, "delaktighet_inflytande"),
P("alla nämnder gör en barnkonsekvensanalys", ["barn_och_unga"], True, "delaktighet_inflytande"),
P("frågar ungdomsrådet innan beslut som rör unga fattas", ["barn_och_unga"], True, "delaktighet_inflytande"),
P("en liknande träffpunkt startas på fritidsgården i Örkelljunga", ["barn_och_unga"], True, "motesplatser_aktiviteter", ["trygghet_vald"]),
P("det sätts upp bättre belysning där", ["barn_och_unga"], True, "lokaler_miljo", ["trygghet_vald"]),
P("resultaten från Lupp presenteras för eleverna på högstadiet", ["barn_och_unga"], True, "information_kommunikation"),
P("gratis busskort till badet under sommarlovet", ["barn_och_unga"], True, "tillganglighet", ["motesplatser_aktiviteter"]),
P("fler aktiviteter för 13–16-åringar", ["barn_och_unga"], True, "motesplatser_aktiviteter"),
],
commitments=[],
pii=PII(["Alva Lindqvist", "Nils Bengtsson", "Hamid Rezaei", "Tilde Persson", "Maja Sjögren", "Karin Holmér", "Jessica Nord", "Elias Hedberg", "Wilma Falk", "Alva"], [], []))

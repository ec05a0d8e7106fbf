from h import *
INPUT = dict(id="a1-16", title="Sammanträdesprotokoll Pensionärsrådet / Rådet för funktionshinderfrågor 2016-11-09", url="https://www.lysekil.se/",
genre="minutes", source_url="https://studylibsv.com/doc/74606/riktade-insatser-psykisk-h%C3%A4lsa", text="""
LYSEKILS KOMMUN
Sammanträdesprotokoll
Pensionärsrådet / Rådet för funktionshinderfrågor
1/12

Sammanträdestid: 2016-11-09 kl. 8.30–11.50
Lokal: Sammanträdesrum Borgmästaren, stadshuset, Lysekil

Ledamöter, Pensionärsrådet
Ingrid Malm, ordförande
Bengt Åhlin, vice ordf
Stig Carlsson, kommunalråd
Ulla Berntsson, PRO Lysekil
Gunnel Ek, PRO Skaftö
Rolf Axelsson, SPF Gullmaren
Inga Sandberg, SKPF Lysekil

Ledamöter, Rådet för funktionshinderfrågor
Ingrid Malm, ordförande
Bengt Åhlin, vice ordf
Kerstin Olofsson, HLF
Leif Hansson, SRF
Mona Strand, FUB

Paragrafer 35–42

Medverkande tjänstemän
Anna Lund, socialchef
Britt Nygren, sekreterare
Johan Berg, avdelningschef vård och omsorg
Camilla Ström, avdelningschef LSS/socialpsykiatri

Lysekils kommun, 453 80 Lysekil | Tel: 0523-61 35 40 | www.lysekil.se

§ 35 Val av justerare
Kerstin Olofsson utses att justera protokollet.

§ 36 Riktade insatser inom psykisk hälsa
Camilla Ström informerar om de statliga medel som kommunen fått för riktade insatser inom psykisk hälsa. Pengarna ska bland annat användas till en kartläggning av behoven hos personer med psykisk funktionsnedsättning och till utbildning av personal i boendestöd.
Rådet framför att brukarorganisationerna bör få vara med i kartläggningen. Leif Hansson påpekar att informationen om boendestöd behöver finnas i format som fungerar för personer med synnedsättning.
Rådet tackar för informationen.

§ 37 Trygghetsboende i Brastad
Johan Berg redovisar att planeringen av trygghetsboendet fortsätter och att byggstart beräknas till hösten 2017.
PRO Skaftö önskar att det också byggs ett trygghetsboende på Skaftö, eftersom många äldre där vill bo kvar på ön. Pensionärsrådet vill att boendet får en gemensamhetslokal där de boende kan äta tillsammans.

§ 38 Färdtjänst
Flera ledamöter tar upp att väntetiderna för färdtjänst är för långa. Rådet föreslår att det ska gå att boka färdtjänst samma dag och att förarna får utbildning i att hjälpa resenärer med rullator och rullstol.
Anna Lund svarar att frågan tas upp med Västtrafik vid nästa avtalsuppföljning.

§ 39 Hörselslinga i kommunens lokaler
HLF har tidigare påtalat att det saknas fungerande hörselslingor. Förvaltningen meddelar att slingor nu installerats i stadshusets sammanträdesrum. Kerstin Olofsson vill att även biblioteket och Folkets hus förses med hörselslinga.

§ 40 Budget 2017
Anna Lund informerar om socialnämndens budget för 2017. Rådet uttrycker oro för neddragningar i hemtjänsten och vill att nattpatrullen finns kvar på Skaftö.

§ 41 Övriga frågor
SPF Gullmaren efterlyser fler aktiviteter för äldre på dagtid, till exempel seniorgympa i kommunens idrottshall.

§ 42 Nästa möte
Nästa sammanträde äger rum den 8 februari 2017.

Justerare: Kerstin Olofsson
Utdragsbestyrkande
""")
GOLD = dict(municipality_codes=["1484"], county_codes=["14"], mentioned_municipality_codes=[], published="2016-11-09",
dialogue_type="aterkommande_forum",
events=[E("2016-11-09", "Sammanträdesrum Borgmästaren, stadshuset, Lysekil"), E("2017-02-08")],
target_groups=TG(["aldre", "funktionsnedsattning"], ["vuxna"]),
proposals=[
P("brukarorganisationerna bör få vara med i kartläggningen", ["funktionsnedsattning", "vuxna"], True, "delaktighet_inflytande"),
P("informationen om boendestöd behöver finnas i format som fungerar för personer med synnedsättning", ["funktionsnedsattning"], True, "information_kommunikation", ["tillganglighet"]),
P("det också byggs ett trygghetsboende på Skaftö", ["aldre"], True, "boende"),
P("boendet får en gemensamhetslokal där de boende kan äta tillsammans", ["aldre"], True, "boende", ["ensamhet_isolering"]),
P("det ska gå att boka färdtjänst samma dag", ["aldre", "funktionsnedsattning"], True, "tillganglighet"),
P("förarna får utbildning i att hjälpa resenärer med rullator och rullstol", ["aldre", "funktionsnedsattning"], True, "tillganglighet", ["kompetensforsorjning"]),
P("även biblioteket och Folkets hus förses med hörselslinga", ["funktionsnedsattning"], True, "tillganglighet"),
P("nattpatrullen finns kvar på Skaftö", ["aldre"], True, "stod_insatser"),
P("fler aktiviteter för äldre på dagtid", ["aldre"], True, "motesplatser_aktiviteter"),
P("seniorgympa i kommunens idrottshall", ["aldre"], True, "motesplatser_aktiviteter", ["forebyggande_arbete"]),
],
commitments=[C("Pengarna ska bland annat användas till en kartläggning av behoven hos personer med psykisk funktionsnedsättning och till utbildning av personal i boendestöd"),
C("byggstart beräknas till hösten 2017"),
C("frågan tas upp med Västtrafik vid nästa avtalsuppföljning")],
pii=PII(["Ingrid Malm", "Bengt Åhlin", "Stig Carlsson", "Ulla Berntsson", "Gunnel Ek", "Rolf Axelsson", "Inga Sandberg", "Kerstin Olofsson", "Leif Hansson", "Mona Strand", "Anna Lund", "Britt Nygren", "Johan Berg", "Camilla Ström"], [], ["0523-61 35 40"]))

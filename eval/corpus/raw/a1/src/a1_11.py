from h import *
INPUT = dict(id="a1-11", title="”Det blir bättre när brukarna får vara med”", url="https://accentmagasin.se/",
genre="news", source_url="https://accentmagasin.se/missbruk/det-blir-battre-nar-brukarna-far-vara-med/", text="""
hemlöshet

”Det blir bättre när brukarna får vara med”

Med brukarrevisioner kan personer med missbruk själva vara med och forma det stöd de behöver för att kunna leva utan droger.

När hösten blir mörk och jul och gemenskap närmar sig är det kanske fler som tänker på hemlöshet och utsatthet. För den ideella organisationen Verdandi är frågan aktuell året runt: hur når man dem som står allra längst bort från vården och stödet?

Den som har fått behandling för ett beroende, eller har avtjänat ett fängelsestraff, kommer alltför ofta ut till hemlöshet utan någonstans att bo. Dessutom kan det dröja många dagar innan första mötet med socialtjänsten, Arbetsförmedlingen eller Försäkringskassan.
– Då är chansen liten att du håller dig drogfri. Ingen klarar att sova ute, och härbärgen hjälper inte när du kommer från en behandling, då är du tillbaka där du började, säger Peter Sjöström, ombudsman på Verdandi.

Resultatet blir stort mänskligt lidande och höga kostnader för samhället.
– Att personer med beroende får hjälp betyder mycket också för deras anhöriga. Det här är en stor folkhälsofråga.

Läget har blivit sämre. Den hårda bostadsmarknaden gör det ännu svårare att få en bostad. Verdandi kräver att kommunerna ordnar fler stödboenden och att ingen skrivs ut från behandling eller anstalt utan en bostad att gå till.
– Många kommuner gör ett bra jobb, men skillnaderna över landet är stora, säger Peter Sjöström.

Han vill också att socialtjänsten bokar det första mötet redan innan frigivningen eller utskrivningen, så att ingen står utan kontakt de första dagarna.

Med pengar från Allmänna arvsfonden driver Verdandi ett projekt för att stärka brukarinflytandet, främst i kommunerna men också på hvb-hem som drivs privat med offentliga medel.

Organisationen har länge arbetat med brukarrevisioner, en metod där de som använder en verksamhet själva granskar den. Nu vill Verdandi gå ett steg längre och också ta med personer som utöver missbruket har kognitiva funktionsnedsättningar.
– De måste få information på ett sätt som de kan ta till sig, till exempel med bildstöd, säger Peter Sjöström.

Text: Hanna Lund
""")
GOLD = dict(municipality_codes=[], county_codes=[], mentioned_municipality_codes=[], published=None,
dialogue_type="brukardialog", events=[], target_groups=TG(["vuxna"], ["funktionsnedsattning"]),
proposals=[
P("ordnar fler stödboenden", ["vuxna"], True, "boende"),
P("ingen skrivs ut från behandling eller anstalt utan en bostad att gå till", ["vuxna"], True, "boende", ["forebyggande_arbete"]),
P("socialtjänsten bokar det första mötet redan innan frigivningen eller utskrivningen", ["vuxna"], True, "stod_insatser", ["samverkan"]),
P("De måste få information på ett sätt som de kan ta till sig, till exempel med bildstöd", ["vuxna", "funktionsnedsattning"], True, "information_kommunikation"),
],
commitments=[C("också ta med personer som utöver missbruket har kognitiva funktionsnedsättningar", "annan")],
pii=PII(["Peter Sjöström", "Hanna Lund"], [], []))

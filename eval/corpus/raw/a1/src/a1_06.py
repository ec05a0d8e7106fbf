from h import *
INPUT = dict(id="a1-06", title="Tack för brukardialogen om boende och stöd", url="https://sundsvall.se/",
genre="summary", source_url="https://accentmagasin.se/missbruk/det-blir-battre-nar-brukarna-far-vara-med/ ; https://www.brukarforeningarna.se/klientgrupper-tar-beslut-i-kommuner/ ; https://docplayer.se/amp/7360398-Brukarstyrd-brukarrevision-av-boendestodet-i-askim-frolunda-hogsbo.html",
genre_note="Skriven i genren från flera sidor om brukarinflytande inom missbruk, hemlöshet och boendestöd; kommun, datum och förslag är sammanställda, inte hämtade från en enda sida.",
text="""
Hoppa till huvudinnehållet

Publicerad 14 november 2024

Tack för brukardialogen om boende och stöd

Den 6 november bjöd individ- och arbetsmarknadsförvaltningen in personer med egen erfarenhet av missbruk, psykisk ohälsa och hemlöshet till en brukardialog på Stadsbiblioteket. Omkring 25 personer kom, bland dem medlemmar i RSMH, Verdandi och Brukarföreningen, några anhöriga och medarbetare från vuxenenheten.

Vi vill tacka alla som tog sig tid att dela med sig av sina erfarenheter. Nedan sammanfattar vi det som kom fram vid borden.

Boende

Många berättade hur svårt det är att få ett eget kontrakt efter behandling eller efter en tid på härbärge. Deltagarna föreslog att kommunen inför Bostad först för fler personer och att bostadsbolaget avsätter lägenheter till socialtjänsten varje år. Flera ville också att man ska kunna få hjälp med en bostad redan innan man skrivs ut från behandlingshem, så att ingen kommer ut till gatan.

Stöd i vardagen

Boendestödet beskrevs som mycket viktigt. Önskemålen var:
– samma boendestödjare under lång tid
– stöd även på kvällar och helger
– hjälp att hålla ordning på räkningar och kontakter med myndigheter

Det behövs också en träffpunkt som är öppen på helgerna, när det är som ensammast.

Bemötande och information

Några upplevde att det är svårt att veta vart man ska vända sig. Deltagarna föreslog en enda ingång till socialtjänsten med en kontaktperson som följer ärendet. Det kom önskemål om att handläggarna ska svara i telefon fler timmar i veckan och att beslut förklaras på ett språk man förstår.

Ekonomiskt bistånd

När det gäller ekonomiskt bistånd tyckte flera att handläggningen tar för lång tid. De ville att ansökan ska kunna göras digitalt och att man får besked inom en vecka.

Delaktighet

Deltagarna ville att brukarrevisioner blir ett stående inslag och att personer med egen erfarenhet anställs som kamratstödjare inom vuxenenheten.

Vad händer nu?

Förvaltningen kommer att gå igenom alla synpunkter och redovisa dem för individ- och arbetsmarknadsnämnden i februari. Vi kommer att bjuda in till en ny dialog under våren för att berätta vad som har hänt.

Kontakt
Jonas Forsberg, enhetschef vuxenenheten
060-19 14 27
jonas.forsberg@sundsvall.se

Dela
Skriv ut
""")
GOLD = dict(municipality_codes=["2281"], county_codes=["22"], mentioned_municipality_codes=[], published="2024-11-14",
dialogue_type="brukardialog", events=[E("2024-11-06", "Stadsbiblioteket", 25, "omkring")], target_groups=TG(["vuxna"]),
proposals=[
P("inför Bostad först för fler personer", ["vuxna"], True, "boende"),
P("bostadsbolaget avsätter lägenheter till socialtjänsten varje år", ["vuxna"], True, "boende", ["samverkan"]),
P("kunna få hjälp med en bostad redan innan man skrivs ut från behandlingshem", ["vuxna"], True, "boende", ["forebyggande_arbete"]),
P("samma boendestödjare under lång tid", ["vuxna"], True, "stod_insatser", ["kompetensforsorjning"]),
P("stöd även på kvällar och helger", ["vuxna"], True, "stod_insatser"),
P("hjälp att hålla ordning på räkningar och kontakter med myndigheter", ["vuxna"], True, "stod_insatser", ["ekonomi"]),
P("en träffpunkt som är öppen på helgerna", ["vuxna"], True, "motesplatser_aktiviteter", ["ensamhet_isolering"]),
P("en enda ingång till socialtjänsten med en kontaktperson som följer ärendet", ["vuxna"], True, "information_kommunikation"),
P("handläggarna ska svara i telefon fler timmar i veckan", ["vuxna"], True, "tillganglighet", ["information_kommunikation"]),
P("beslut förklaras på ett språk man förstår", ["vuxna"], True, "information_kommunikation"),
P("ansökan ska kunna göras digitalt", ["vuxna"], True, "digitalisering", ["ekonomi"]),
P("man får besked inom en vecka", ["vuxna"], True, "ekonomi", ["stod_insatser"]),
P("brukarrevisioner blir ett stående inslag", ["vuxna"], True, "delaktighet_inflytande"),
P("personer med egen erfarenhet anställs som kamratstödjare inom vuxenenheten", ["vuxna"], True, "stod_insatser", ["delaktighet_inflytande"]),
],
commitments=[C("Förvaltningen kommer att gå igenom alla synpunkter och redovisa dem för individ- och arbetsmarknadsnämnden i februari"),
C("Vi kommer att bjuda in till en ny dialog under våren för att berätta vad som har hänt")],
pii=PII(["Jonas Forsberg"], ["jonas.forsberg@sundsvall.se"], ["060-19 14 27"]))

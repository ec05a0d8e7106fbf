from helper import *
T = """Startsida / Familj och omsorg / Psykiska funktionshinder / Ökat brukarinflytande i Solna / Brukarrevision

Brukarrevision av brukare för brukare – boendestöd

Under våren 2017 har socialförvaltningen i Solna stad låtit genomföra en brukarrevision av insatsen boendestöd. Revisionen är nu klar, och staden kommer att använda underlaget för att utveckla insatsen och verksamheten.

Boendestödet vänder sig till personer med psykisk funktionsnedsättning och beviljas som bistånd av socialsekreterare. Stödet kan ges både i hemmet och ute i samhället och ska hjälpa till i vardagen.

Det är brukare som har tagit fram underlaget, för andra brukare. Under våren utbildades åtta personer med egen erfarenhet av insatsen till brukarrevisorer. De konstruerade tillsammans en enkät om hur boendestödet fungerar i dag.

Tanken med metoden är att de som själva har erfarenhet av insatsen ska utforma frågorna. De svarande kunde välja mellan fyra sätt att delta: på träffar som brukarrevisorerna ordnade på Östervägens aktivitetshus, vid hembesök, per telefon eller genom att fylla i enkäten hemma och skicka in den. Brukarrevisorerna samlade in och sammanställde svaren och analyserade resultatet.

Resultat

69 procent svarade på enkäten, och de flesta är i stort sett nöjda med sitt boendestöd. Men resultatet visar också att det finns saker att utveckla.

Många synpunkter handlar om att brukarna vill ha mer att säga till om. Framför allt gäller det vilka tider stödet ges: flera önskar mer flexibla tider, även kvällar och helger.

Det finns också önskemål om fler aktiviteter och om att boendestödjarna tar mer initiativ, gärna till sådant som bryter vardagens rutiner. En av de svarande skriver: ”Jag vill gärna gå på bio eller ta en promenad i stället för att bara städa.”

Brukarrevisorernas förbättringsförslag

  • Brukaren ska vara med och skriva sin genomförandeplan.
  • Boendestödet bör ha samma kontaktperson under lång tid.
  • Boendestödjarna behöver mer kunskap om psykisk ohälsa och om bemötande.
  • Det behövs en gemensam träffpunkt på helgerna för dem som har boendestöd.
  • Information om vad boendestöd är bör finnas på lättläst svenska och på fler språk.
  • Stödet bör kunna omfatta hjälp med ekonomi och kontakter med myndigheter.

Så går vi vidare

Socialförvaltningen kommer att gå igenom förslagen tillsammans med brukarrevisorerna under hösten. Förvaltningen har redan bestämt att erbjuda boendestöd på kvällstid från januari 2018, och en ny brukarrevision planeras om två år.

Kontakt
Jenny Åberg, enhetschef socialpsykiatri
Telefon 08-746 13 52
jenny.aberg@solna.se

Sidan uppdaterad 12 september 2017
"""
add("a7-14", "Brukarrevision av brukare för brukare – boendestöd", "https://www.solna.se/", T, "summary",
    "https://www.solna.se/familj-omsorg/psykiska-funktionshinder/okat-brukarinflytande-i-solna-/brukarrevision-/",
    ["0184"], ["01"], "2017-09-12", "brukardialog",
    [ev("2017", "Östervägens aktivitetshus")], ["vuxna"], ["funktionsnedsattning"],
    [P("mer flexibla tider, även kvällar och helger", ["vuxna"], True, "stod_insatser", ["tillganglighet"]),
     P("fler aktiviteter", ["vuxna"], True, "motesplatser_aktiviteter"),
     P("boendestödjarna tar mer initiativ", ["vuxna"], True, "stod_insatser"),
     P("Jag vill gärna gå på bio eller ta en promenad i stället för att bara städa", ["vuxna"], False, "motesplatser_aktiviteter"),
     P("Brukaren ska vara med och skriva sin genomförandeplan", ["vuxna"], True, "delaktighet_inflytande"),
     P("Boendestödet bör ha samma kontaktperson under lång tid", ["vuxna"], True, "kompetensforsorjning", ["stod_insatser"]),
     P("Boendestödjarna behöver mer kunskap om psykisk ohälsa och om bemötande", ["vuxna"], True, "kompetensforsorjning"),
     P("Det behövs en gemensam träffpunkt på helgerna för dem som har boendestöd", ["vuxna"], True, "motesplatser_aktiviteter", ["ensamhet_isolering"]),
     P("Information om vad boendestöd är bör finnas på lättläst svenska och på fler språk", ["vuxna"], True, "information_kommunikation"),
     P("Stödet bör kunna omfatta hjälp med ekonomi och kontakter med myndigheter", ["vuxna"], True, "stod_insatser", ["ekonomi"]),
     P("brukarna vill ha mer att säga till om", ["vuxna"], False, "delaktighet_inflytande")],
    [C("Socialförvaltningen kommer att gå igenom förslagen tillsammans med brukarrevisorerna under hösten"),
     C("erbjuda boendestöd på kvällstid från januari 2018"),
     C("en ny brukarrevision planeras om två år")],
    persons=["Jenny Åberg"], emails=["jenny.aberg@solna.se"], phones=["08-746 13 52"])

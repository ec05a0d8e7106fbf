from helper import *
T = """Närbild på händer, en person som diskuterar

Vi vill gärna ha dialog med dig!

Vi vill träffa dig som bor i kommunen för att prata om socialtjänstens stöd och insatser när det gäller riskbruk och beroende, psykisk ohälsa och hjälp till barn och unga.

Regeringen förbereder en ny socialtjänstlag som enligt förslaget ska börja gälla 2023. Inriktningen är en jämställd, förebyggande, lättillgänglig och kunskapsbaserad socialtjänst.

Det kan bland annat innebära:

  • att socialtjänsten ska verka för jämställda levnadsvillkor
  • att socialtjänsten ska arbeta förebyggande
  • att tillgänglighet ska gälla för alla socialtjänstens verksamheter

Oavsett om den nya lagen kommer eller inte är vår ambition att utveckla socialtjänsten i den riktningen. Därför vill vi samtala med dig som kommuninvånare om socialtjänstens stöd och insatser inom:

  • riskbruk och beroende
  • socialpsykiatri (psykisk ohälsa)
  • insatser, stöd och hjälp för barn och unga

Under folkhälsoveckan bjöd vi in till medborgardialoger om de här områdena, men det kom för få anmälningar och träffarna fick ställas in. Vi vill fortfarande gärna träffa er, och därför har vi öppnat en e-tjänst där du kan anmäla ditt intresse för att delta i en medborgardialog.

Anmäl ditt intresse

Intresseanmälan via e-tjänst Länk till annan webbplats.

Du kan också anmäla dig på något av följande sätt:
Telefon: 070-318 42 07 eller 0271-574 33
Sms: 070-318 42 07
E-post: dialog.ifo@ovanaker.se
Uppge namn och hur vi når dig när du anmäler dig.

Vi sparar din intresseanmälan och dina kontaktuppgifter tills tillräckligt många har anmält sig för att vi ska kunna hålla en eller flera dialoger. Då kontaktar vi dig med information om tid och plats.

Vid dialogerna deltar chefer och socialsekreterare från individ- och familjeomsorgen, politiker och kommunens folkhälsostrateg.

Kontakt
Åsa Lindkvist, verksamhetschef IFO, 0271-574 33

Senast uppdaterad:
"""
add("a7-03", "Vi vill gärna ha dialog med dig!", "https://www.ovanaker.se/", T, "invitation",
    "https://www.ovanaker.se/nyhetsarkiv/nyheter/vivillgarnahadialogmeddig.9396.html",
    ["2121"], ["21"], None, "medborgardialog",
    [], ["vuxna", "barn_och_unga"], [],
    [],
    [C("vår ambition att utveckla socialtjänsten i den riktningen")],
    persons=["Åsa Lindkvist"], emails=["dialog.ifo@ovanaker.se"], phones=["070-318 42 07", "0271-574 33"])

"""www.nordmaling.se – Sitevision kommun site, news archive paginated over three pages.

All text written for the Dialogkartan sample; people, phone numbers and addresses are invented.
"""
from templates import Page, Site

SITE = Site(
    host="www.nordmaling.se", source_id="nordmaling", name="Nordmalings kommun", cms="sitevision",
    kind="kommun", municipality_code="2401", county_code="24", news_path="/nyhetsarkiv/",
    news_title="Nyhetsarkiv", per_page=2, address="Kommunvägen 1, 914 81 Nordmaling",
    phone="0930-140 00", extra_domains=["nordmaling.se"],
    nav=[("Nyheter", "/nyhetsarkiv/"), ("Lediga jobb", "/jobb-och-karriar/lediga-jobb/socialsekreterare-barn-och-unga/"),
         ("Brukarråd", "/omsorg-och-stod/funktionsnedsattning/brukarrad-inom-daglig-verksamhet/"), ("Sök", "/sok/")],
)

NEWS = [("Nyhetsarkiv", "/nyhetsarkiv/")]

PAGES = [
    Page(
        path="/", title="Välkommen till Nordmalings kommun", kind="start", modified="2025-01-08",
        preamble="Här hittar du information om kommunens service, från barnomsorg till äldreomsorg.",
        body=(
            '<h2 class="subheading">Aktuellt</h2>'
            '<ul class="env-text-list">'
            '<li><a href="/nyhetsarkiv/2024-12-16-andrad-sophamtning-under-jul-och-nyar/">Ändrad sophämtning under jul och nyår</a></li>'
            '<li><a href="/nyhetsarkiv/2024-10-28-tack-for-att-ni-kom-till-dialogkvallen/">Tack för att ni kom till dialogkvällen om socialtjänsten</a></li>'
            '</ul>'
            '<p class="normal">Kommunhuset har öppet måndag till fredag 8.00–16.00. Receptionen stänger klockan 15.00 på fredagar under sommaren.</p>'
            '<p class="normal"><a href="/nyhetsarkiv/">Fler nyheter</a></p>'
        ),
    ),
    Page(
        path="/nyhetsarkiv/2024-12-16-andrad-sophamtning-under-jul-och-nyar/",
        title="Ändrad sophämtning under jul och nyår", kind="not_dialogue", news=True,
        published="2024-12-16", modified="2024-12-16", crumbs=NEWS,
        date_top="Artikeln publicerades 16 december 2024",
        preamble="Helgdagarna gör att hämtningen av mat- och restavfall flyttas under två veckor.",
        body=(
            '<p class="normal">Om din ordinarie hämtdag infaller på en helgdag töms kärlet i stället enligt listan nedan. '
            'Ställ ut kärlet senast klockan 06.00 på den nya hämtdagen och se till att det är skottat fram till kärlet.</p>'
            '<h2 class="subheading">Nya hämtdagar</h2>'
            '<ul class="env-text-list">'
            '<li>Tisdag 24 december hämtas måndag 23 december</li>'
            '<li>Onsdag 25 december hämtas fredag 27 december</li>'
            '<li>Torsdag 26 december hämtas lördag 28 december</li>'
            '<li>Onsdag 1 januari hämtas torsdag 2 januari</li>'
            '<li>Måndag 6 januari hämtas tisdag 7 januari</li>'
            '</ul>'
            '<p class="normal">Återvinningscentralen på Industrivägen är stängd julafton, juldagen, nyårsdagen och trettondedag jul. '
            'Julgranar kan lämnas vid återvinningscentralen till och med 31 januari.</p>'
            '<p class="normal">Frågor om sophämtning besvaras av kundtjänst på telefon 0930-140 00.</p>'
        ),
    ),
    Page(
        path="/nyhetsarkiv/2024-10-28-tack-for-att-ni-kom-till-dialogkvallen/",
        title="Tack för att ni kom till dialogkvällen om socialtjänsten", kind="summary", news=True,
        published="2024-10-28", modified="2024-10-30", crumbs=NEWS,
        date_top="Artikeln publicerades 28 oktober 2024",
        preamble="Den 22 oktober bjöd socialtjänsten in till en kväll om hur Nordmaling kan bli en bättre kommun att växa upp, leva och åldras i. Omkring fyrtio personer kom till Folkets hus.",
        image=("Människor sitter runt ett bord med kaffekoppar och anteckningsblock",
               "Samtal i bordsgrupper i Folkets hus. Foto: Nordmalings kommun"),
        body=(
            '<p class="normal">Kvällen började med fika och en kort genomgång av vad socialtjänsten gör i dag. Sedan fick deltagarna '
            'välja ett bord med det tema som låg dem närmast. Vid varje bord fanns en samtalsledare från förvaltningen och någon som antecknade.</p>'
            '<p class="normal">Nedan har vi samlat det viktigaste från borden. Anteckningarna tas med när socialnämnden arbetar fram verksamhetsplanen för 2025.</p>'
            '<h2 class="subheading">Barn och unga</h2>'
            '<p class="normal">Många vid bordet var föräldrar eller mor- och farföräldrar. Flera beskrev hur svårt det är att veta vart man ska vända sig när man börjar oroa sig för ett barn.</p>'
            '<p class="normal">Förslag som lyftes handlade om att öppna en familjecentral i centrala Nordmaling, erbjuda föräldrautbildning även på kvällstid '
            'och ge elevhälsan och socialtjänsten gemensamma mottagningstider på högstadieskolan.</p>'
            '<p class="normal">Det fanns också önskemål om fler lovaktiviteter för ungdomar i byarna utanför centralorten.</p>'
            '<h2 class="subheading">Äldre</h2>'
            '<p class="normal">Ensamheten bland äldre som bor kvar hemma var det som engagerade mest. Flera berättade om grannar som sällan får besök av någon annan än hemtjänsten.</p>'
            '<p class="normal">Vi fick förslag om att starta en träffpunkt med lunch två dagar i veckan, låta samma personal besöka samma brukare i större utsträckning '
            'och ordna skjuts till aktiviteter för den som inte längre kör bil.</p>'
            '<h2 class="subheading">Funktionsnedsättning</h2>'
            '<p class="normal">Bordet lyfte vikten av att information från kommunen finns på lättläst svenska. Flera tyckte att det är jobbigt när kontaktpersonen byts ut ofta.</p>'
            '<p class="normal">Idéer som skrevs upp på blädderblocket:</p>'
            '<ul class="env-text-list">'
            '<li>Fler platser i daglig verksamhet med inriktning mot natur och djur</li>'
            '<li>En tydligare väg in för den som söker stöd enligt LSS för första gången</li>'
            '<li>Ledsagning även på helger</li>'
            '</ul>'
            '<h2 class="subheading">Vuxna – beroende, psykisk ohälsa och ekonomi</h2>'
            '<p class="normal">I samtalet om missbruk och beroende, socialpsykiatri, hemlöshet och ekonomiskt bistånd kom det fram att många känner skam inför att söka hjälp. '
            'Deltagarna menade att socialtjänsten behöver synas mer på platser där människor redan finns, till exempel på biblioteket och i simhallen.</p>'
            '<p class="normal">Någon föreslog en öppen mottagning utan tidsbokning en eftermiddag i veckan. Andra tyckte att kommunen bör samarbeta mer med '
            'Arbetsförmedlingen och Försäkringskassan så att ingen hamnar mellan stolarna.</p>'
            '<h2 class="subheading">Våld i nära relationer</h2>'
            '<p class="normal">Det här samtalet blev kortare men intensivt. Deltagarna underströk att den som är utsatt ofta inte vet att det går att få stöd utan att göra en polisanmälan.</p>'
            '<p class="normal">Ett förslag var att sätta upp information om stödet på toaletterna i kommunens lokaler. '
            'Bordet ville också att personal i hemtjänsten och förskolan ska utbildas i att upptäcka våld.</p>'
            '<h2 class="subheading">Hur går vi vidare?</h2>'
            '<p class="normal">Socialnämnden får en sammanställning av kvällen på sitt sammanträde i november. Till våren bjuder vi in till en ny dialog '
            'och berättar då vad som har hänt med förslagen.</p>'
            '<p class="normal">Hann du inte säga allt du ville? Skicka dina tankar till socialtjansten@nordmaling.se.</p>'
        ),
        related=[("Socialnämndens sammanträden", "/nyhetsarkiv/"),
                 ("Kvinnofridslinjen", "https://www.kvinnofridslinjen.se/")],
    ),
    Page(
        path="/nyhetsarkiv/2024-09-10-valkommen-pa-dialogcafe-om-aldreomsorgen/",
        title="Välkommen på dialogcafé om äldreomsorgen", kind="invitation", news=True,
        published="2024-09-10", modified="2024-09-10", crumbs=NEWS,
        date_top="Artikeln publicerades 10 september 2024",
        preamble="Vill du vara med och påverka hur äldreomsorgen i Nordmaling ska se ut de kommande åren? Kom på kaffe och samtal.",
        body=(
            '<p class="normal">Socialtjänsten bjuder in äldre, anhöriga och alla andra som är intresserade till tre dialogcaféer i höst. '
            'Vi vill veta vad som är viktigt för dig när du blir äldre – hemma, i hemtjänsten och på särskilt boende.</p>'
            '<h2 class="subheading">Tider och platser</h2>'
            '<ul class="env-text-list">'
            '<li>Tisdag 24 september klockan 14.00–15.30 på trygghetsboendet Björkbacken, Nordmaling</li>'
            '<li>Torsdag 3 oktober klockan 14.00–15.30 i bygdegården i Lögdeå</li>'
            '<li>Onsdag 16 oktober klockan 18.00–19.30 på biblioteket i Nordmaling</li>'
            '</ul>'
            '<p class="normal">Du behöver inte anmäla dig. Vi bjuder på kaffe och kaka. Alla lokaler är tillgängliga med rullstol och har hörslinga.</p>'
            '<h2 class="subheading">Kontakt</h2>'
            '<p class="normal">Har du frågor eller behöver du skjuts till mötet? Kontakta Karin Åström, utvecklingsledare, '
            'telefon 0930-143 56 eller e-post karin.astrom@nordmaling.se.</p>'
        ),
    ),
    Page(
        path="/nyhetsarkiv/2024-03-18-vagarbete-pa-kyrkvagen/",
        title="Vägarbete på Kyrkvägen – räkna med längre restid", kind="not_dialogue", news=True,
        published="2024-03-18", modified="2024-03-20", crumbs=NEWS,
        preamble="Från den 2 april byter vi vatten- och avloppsledningar under Kyrkvägen mellan Storgatan och Järnvägsgatan.",
        body=(
            '<p class="normal">Arbetet beräknas pågå till mitten av juni. Under den tiden är Kyrkvägen enkelriktad i riktning mot centrum '
            'och trafiken norrut leds om via Järnvägsgatan. Busshållplatsen vid kyrkan flyttas cirka 150 meter söderut.</p>'
            '<p class="normal">Fastigheter längs sträckan kan få kortare avbrott i vattenleveransen. Berörda hushåll får information i brevlådan minst ett dygn innan.</p>'
            '<h2 class="subheading">Frågor och synpunkter</h2>'
            '<p class="normal">Har du synpunkter på avstängningen, eller behöver du komma fram med färdtjänst? Ring projektledare Mattias Berglund på 070-312 45 88.</p>'
            '<p class="normal">Vi ber om överseende med de störningar som arbetet innebär.</p>'
        ),
        date_bottom="Publicerad 2024-03-18. Senast uppdaterad 20 mars 2024",
    ),
    Page(
        path="/nyhetsarkiv/2023-11-14-sa-tycker-brukarna-om-hemtjansten/",
        title="Så tycker brukarna om hemtjänsten – resultat från höstens samtal", kind="summary", news=True,
        published="2023-11-14", modified="2023-11-14", crumbs=NEWS,
        preamble="Under september och oktober besökte två enhetschefer tolv personer som har hemtjänst för att prata om vad som fungerar och vad som kan bli bättre.",
        body=(
            '<p class="normal">Samtalen är ett komplement till den nationella brukarundersökningen. Där får vi siffror – här ville vi höra mer om vardagen. '
            'Samtalen hölls hemma hos brukarna och tog ungefär en timme vardera.</p>'
            '<h2 class="subheading">Det här uppskattas</h2>'
            '<p class="normal">Nästan alla nämnde personalens bemötande. Flera sa att de känner sig trygga när de vet vem som kommer.</p>'
            '<h2 class="subheading">Det här kan bli bättre</h2>'
            '<ul class="env-text-list">'
            '<li>Besökstiderna ändras ofta utan att man får veta det i förväg</li>'
            '<li>Det är svårt att nå hemtjänsten på telefon under lunchtid</li>'
            '<li>Maten från tillagningsköket upplevs som enformig</li>'
            '</ul>'
            '<p class="normal">Brukarna önskade att få ett sms eller ett samtal när personalen blir mer än en kvart försenad. '
            'Flera ville också kunna välja mellan två rätter till lunch.</p>'
            '<h2 class="subheading">Vad händer nu?</h2>'
            '<p class="normal">Från januari testar hemtjänstgrupp Öst att skicka sms vid förseningar. Kostenheten undersöker om det går att erbjuda ett alternativ till lunchen.</p>'
            '<p class="normal">Kontakt: Anna Lindqvist, enhetschef hemtjänsten, 0930-143 21.</p>'
        ),
        date_bottom="Publicerad 2023-11-14",
    ),
    Page(
        path="/nyhetsarkiv/2022-05-09-nytt-medborgarlofte-med-polisen/",
        title="Kommunen och polisen tecknar nytt medborgarlöfte", kind="plan", news=True,
        published="2022-05-09", modified="2022-05-09", crumbs=NEWS,
        date_top="Artikeln publicerades 9 maj 2022",
        preamble="Efter vinterns trygghetsvandringar och invånardialoger har Nordmalings kommun och lokalpolisområde Umeå kommit överens om vad vi ska göra tillsammans under de kommande två åren.",
        body=(
            '<p class="normal">Under februari och mars träffade polisen och kommunen invånare i Nordmaling, Rundvik och Gräsmyr. '
            'Drygt 60 personer deltog vid de tre träffarna och ytterligare 140 svarade på en enkät. '
            'Det som oroade flest var buskörning med bil i centrum på kvällstid och att unga rör sig ute sent utan vuxna i närheten.</p>'
            '<h2 class="subheading">Vårt löfte för 2022–2023</h2>'
            '<p class="normal">Polisen och kommunen lovar att:</p>'
            '<ul class="env-text-list">'
            '<li>genomföra riktade trafikkontroller i centrum minst en fredag eller lördag i månaden</li>'
            '<li>ha vuxna på stan tillsammans med föreningslivet under skolloven</li>'
            '<li>bjuda in till en uppföljande dialog med invånarna varje höst</li>'
            '</ul>'
            '<p class="normal">Medborgarlöftet följs upp av kommunens brottsförebyggande råd. Resultatet redovisas för kommunstyrelsen.</p>'
            '<p class="normal">– Det är invånarnas bild av tryggheten som styr vad vi prioriterar, säger kommunpolis Erik Sandström.</p>'
        ),
        related=[("Medborgarlöften på polisens webbplats", "https://polisen.se/om-polisen/polisens-arbete/medborgarloften/")],
    ),
    Page(
        path="/omsorg-och-stod/funktionsnedsattning/brukarrad-inom-daglig-verksamhet/",
        title="Brukarråd inom daglig verksamhet", kind="standing_body", modified="2024-03-12",
        crumbs=[("Omsorg och stöd", "/"), ("Funktionsnedsättning", "/")],
        preamble="I brukarrådet möts representanter för de som har daglig verksamhet enligt LSS och ansvariga chefer för att prata om verksamheten.",
        body=(
            '<p class="normal">Brukarrådet träffas fyra gånger per år. Varje arbetsplats inom daglig verksamhet väljer en ledamot och en ersättare. '
            'Enhetschefen är sammankallande och en handledare hjälper till med stöd och anteckningar.</p>'
            '<h2 class="subheading">Brukarrådet ska</h2>'
            '<ul class="env-text-list">'
            '<li>Verka för att alla deltagare får möjlighet att påverka sin dagliga verksamhet</li>'
            '<li>Verka för god information mellan deltagare, personal och ledning</li>'
            '<li>Ta upp frågor som gäller arbetsmiljö, aktiviteter och resor</li>'
            '<li>Vara ett stöd när nya verksamheter planeras</li>'
            '</ul>'
            '<h2 class="subheading">Protokoll</h2>'
            '<p class="normal">Minnesanteckningar skrivs på lättläst svenska och sätts upp på varje arbetsplats. Du kan också få dem från din handledare.</p>'
            '<h2 class="subheading">Kontakt</h2>'
            '<p class="normal">Lena Holmgren, enhetschef daglig verksamhet, 0930-142 70, lena.holmgren@nordmaling.se</p>'
        ),
        date_bottom="Senast uppdaterad 12 mars 2024",
    ),
    Page(
        path="/jobb-och-karriar/lediga-jobb/socialsekreterare-barn-och-unga/",
        title="Socialsekreterare till barn och unga", kind="not_dialogue", published="2025-02-03", modified="2025-02-03",
        crumbs=[("Jobb och karriär", "/"), ("Lediga jobb", "/")],
        preamble="Vill du arbeta nära familjerna i en kommun där samarbetet mellan skola och socialtjänst fungerar? Sök tjänsten som socialsekreterare hos oss.",
        body=(
            '<h2 class="subheading">Om arbetsplatsen</h2>'
            '<p class="normal">Enheten för barn och unga består av åtta socialsekreterare, en familjebehandlare och en enhetschef. '
            'Vi utreder och följer upp insatser för barn och ungdomar och har ett nära samarbete med elevhälsan.</p>'
            '<h2 class="subheading">Arbetsuppgifter</h2>'
            '<ul class="env-text-list">'
            '<li>Utredning enligt socialtjänstlagen och LVU</li>'
            '<li>Uppföljning av placeringar</li>'
            '<li>Samverkan med skola, polis och region</li>'
            '</ul>'
            '<h2 class="subheading">Kvalifikationer</h2>'
            '<p class="normal">Du är socionom och har gärna några års erfarenhet av myndighetsutövning. B-körkort krävs.</p>'
            '<p class="normal">Tillträde enligt överenskommelse. Sista ansökningsdag 2025-03-02. Referensnummer NK 2025/14.</p>'
            '<p class="normal">Upplysningar: Jonas Wikström, enhetschef, 0930-141 12. Fackliga företrädare nås via kommunens växel.</p>'
        ),
        date_top="Publicerad 2025-02-03",
    ),
    Page(
        path="/sok/", title="Sök", kind="robots_disallowed", in_sitemap=False,
        preamble="Skriv ditt sökord i fältet ovanför.",
        body='<p class="normal">Inga träffar att visa.</p>',
    ),
]


def sites():
    return [(SITE, PAGES)]

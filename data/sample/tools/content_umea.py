"""www.umea.se – Sitevision kommun site; sitemap served as sitemapindex.xml -> sitemap1.xml.

All text written for the Dialogkartan sample; people and numbers are invented.
"""
from templates import Page, Site

SITE = Site(
    host="www.umea.se", source_id="umea", name="Umeå kommun", cms="sitevision",
    kind="kommun", municipality_code="2480", county_code="24", news_path="/nyhetsarkiv/",
    news_title="Nyhetsarkiv", per_page=5, address="Skolgatan 31A, 901 84 Umeå",
    phone="090-16 10 00", extra_domains=["umea.se"], sitemap_index=True,
    nav=[("Nyheter", "/nyhetsarkiv/"), ("Kommun och politik", "/kommun-och-politik/motioner/motion-om-brukarrad-inom-socialpsykiatrin/")],
)
NEWS = [("Nyhetsarkiv", "/nyhetsarkiv/")]

PAGES = [
    Page(
        path="/", title="Umeå kommun", kind="start", modified="2023-08-28",
        preamble="Umeå – en stad i norr med plats för alla.",
        body=('<ul class="env-text-list"><li><a href="/nyhetsarkiv/">Nyheter</a></li>'
              '<li><a href="/kommun-och-politik/rad-och-samverkan/radet-for-funktionshinderfragor/">Rådet för funktionshinderfrågor</a></li></ul>'),
    ),
    Page(
        path="/nyhetsarkiv/2019-10-21-unga-om-trygghet/",
        title="Unga om trygghet: det här vill vi att vuxna gör", kind="summary", news=True,
        published="2019-10-21", modified="2019-10-21", crumbs=NEWS,
        date_top="Artikeln publicerades 21 oktober 2019",
        preamble="212 elever i årskurs 8 och 9 deltog när fritidsförvaltningen och socialtjänsten bjöd in till ungdomsdialog om trygghet.",
        body=(
            '<p class="normal">Dialogen genomfördes på fyra högstadieskolor under vecka 41. Eleverna arbetade i små grupper kring tre frågor: '
            'Var känner du dig trygg? Var känner du dig otrygg? Vad skulle göra skillnad?</p>'
            '<h2 class="subheading">Platser som känns otrygga</h2>'
            '<p class="normal">Många nämnde busstationen och gångtunnlarna på kvällstid. Några berättade att det känns obehagligt att gå hem från träningen när det är mörkt.</p>'
            '<h2 class="subheading">Det här föreslog eleverna</h2>'
            '<ul class="env-text-list">'
            '<li>Bättre belysning i gångtunnlar och på cykelvägar</li>'
            '<li>Fler vuxna ute på helgkvällar, gärna fältassistenter som man känner igen</li>'
            '<li>Fritidsgårdar som har öppet längre på fredagar</li>'
            '<li>En chatt där man kan prata anonymt med en kurator</li>'
            '</ul>'
            '<h2 class="subheading">Om våld och kränkningar</h2>'
            '<p class="normal">I flera grupper kom det fram att unga inte alltid vet vart de kan vända sig om någon hemma är våldsam. '
            'Eleverna tyckte att skolan behöver prata mer om våld i nära relationer och att information om stöd ska finnas där unga faktiskt är, till exempel på sociala medier.</p>'
            '<h2 class="subheading">Nästa steg</h2>'
            '<p class="normal">Resultatet presenteras för brottsförebyggande rådet i november. Eleverna får återkoppling via sina mentorer under våren.</p>'
            '<p class="normal">Kontakt: Linnea Forsberg, fritidskonsulent, 090-16 12 34</p>'
        ),
        image=("Elever i grupp runt ett bord med stora papper", "Elever på Ålidhemsskolan diskuterar trygghet. Foto: Umeå kommun"),
    ),
    Page(
        path="/nyhetsarkiv/2019-12-03-medarbetare-tog-fram-ideer-for-en-enklare-vag-in/",
        title="Medarbetare tog fram idéer för en enklare väg in till socialtjänsten", kind="summary", news=True,
        published="2019-12-03", modified="2019-12-04", crumbs=NEWS,
        preamble="Den 27 november samlades drygt 50 medarbetare från individ- och familjeomsorgen på Väven för en heldagsworkshop.",
        body=(
            '<p class="normal">Workshopen är en del av arbetet med att göra socialtjänsten mer tillgänglig. Deltagarna kom från mottagning, '
            'utredning, behandling och administration, och arbetade i blandade grupper under ledning av två processledare från HR.</p>'
            '<p class="normal">– Det är de som möter invånarna varje dag som vet var det skaver. Därför ville vi börja här, säger verksamhetschef Helena Marklund.</p>'
            '<h2 class="subheading">Tre teman</h2>'
            '<p class="normal">Grupperna arbetade med första kontakten, digitala tjänster och samverkan inom förvaltningen. Några av idéerna som kom fram:</p>'
            '<ul class="env-text-list">'
            '<li>en gemensam telefonlinje för alla som kontaktar socialtjänsten för första gången</li>'
            '<li>möjlighet att boka besökstid digitalt</li>'
            '<li>gemensamma introduktionsdagar för nyanställda i alla enheter</li>'
            '</ul>'
            '<p class="normal">Medarbetarna betonade också vikten av att få tid för kollegial handledning, något som många upplever har fått stå tillbaka.</p>'
            '<h2 class="subheading">Fortsättning</h2>'
            '<p class="normal">Ledningsgruppen går igenom materialet i december. Idéerna vägs in i förvaltningens utvecklingsplan för 2020–2022.</p>'
        ),
        date_bottom="Publicerad 2019-12-03 · Senast uppdaterad 4 december 2019",
    ),
    Page(
        path="/nyhetsarkiv/2023-08-28-samrad-om-ny-atervinningscentral/",
        title="Samråd om detaljplan för ny återvinningscentral på Västerslätt", kind="not_dialogue", news=True,
        published="2023-08-28", modified="2023-08-28", crumbs=NEWS,
        date_top="Artikeln publicerades 28 augusti 2023",
        preamble="Nu kan du lämna synpunkter på förslaget till detaljplan för en ny återvinningscentral vid Västerslätts verksamhetsområde.",
        body=(
            '<p class="normal">Planförslaget gör det möjligt att bygga en återvinningscentral med plats för fler fraktioner och en särskild del för återbruk. '
            'Infarten planeras från Västra Esplanaden.</p>'
            '<h2 class="subheading">Samrådstid</h2>'
            '<p class="normal">Planhandlingarna finns tillgängliga i stadshusets reception och på webben från 28 augusti till 18 september. '
            'Synpunkter lämnas skriftligt till stadsbyggnadskontoret senast 18 september. Ange diarienummer PlanID 2023-0412.</p>'
            '<h2 class="subheading">Samrådsmöte</h2>'
            '<p class="normal">Planhandläggare finns på plats i stadshusets foajé tisdag 5 september klockan 16.00–18.00 för att svara på frågor om planen.</p>'
        ),
    ),
    Page(
        path="/kommun-och-politik/motioner/motion-om-brukarrad-inom-socialpsykiatrin/",
        title="Motion om brukarråd inom socialpsykiatrin", kind="motion",
        published="2020-09-14", modified="2021-03-01",
        crumbs=[("Kommun och politik", "/"), ("Motioner", "/")],
        preamble="Motion 2020:14 till kommunfullmäktige. Inlämnad 2020-09-14.",
        body=(
            '<p class="normal">Personer med psykisk ohälsa som har boendestöd eller bor i stödboende har i dag små möjligheter att påverka hur stödet utformas. '
            'Inom äldreomsorgen och LSS finns sedan länge forum där brukare och anhöriga träffar ansvariga chefer. Något motsvarande saknas inom socialpsykiatrin.</p>'
            '<p class="normal">Erfarenheter från andra kommuner visar att brukarråd ger verksamheten kunskap som inte syns i enkäter, och att deltagarna växer av att bli lyssnade på.</p>'
            '<p class="normal">Vi yrkar därför att kommunfullmäktige beslutar</p>'
            '<ul class="env-text-list">'
            '<li>att socialnämnden inrättar ett brukarråd inom socialpsykiatrin,</li>'
            '<li>att brukarrådet ges möjlighet att yttra sig innan förändringar i boendestödet genomförs, samt</li>'
            '<li>att arbetet utvärderas efter två år.</li>'
            '</ul>'
            '<p class="normal">Maria Sjöberg och Anders Nylund</p>'
            '<h2 class="subheading">Beslut</h2>'
            '<p class="normal">Socialnämnden tillstyrkte motionen i sitt yttrande 2020-12-10. Kommunfullmäktige beslutade 2021-02-22 att bifalla motionen.</p>'
        ),
        date_bottom="Senast uppdaterad 1 mars 2021",
    ),
    Page(
        path="/kommun-och-politik/rad-och-samverkan/radet-for-funktionshinderfragor/",
        title="Rådet för funktionshinderfrågor", kind="standing_body", modified="2022-09-01",
        crumbs=[("Kommun och politik", "/"), ("Råd och samverkan", "/")],
        preamble="Rådet är ett forum för samråd och information mellan kommunen och föreningar som företräder personer med funktionsnedsättning.",
        body=(
            '<p class="normal">Rådet består av politiker från kommunstyrelsen och nämnderna samt representanter för funktionsrättsföreningarna i Umeå. '
            'Det sammanträder fem gånger per år.</p>'
            '<h2 class="subheading">Rådets uppgifter</h2>'
            '<ul class="env-text-list">'
            '<li>Verka för att perspektivet funktionsnedsättning finns med i kommunens planering</li>'
            '<li>Verka för full delaktighet och jämlikhet i samhällslivet</li>'
            '<li>Ge synpunkter på planer och förslag innan beslut fattas</li>'
            '<li>Sprida information om kommunens verksamheter till föreningarna</li>'
            '</ul>'
            '<p class="normal">Rådet är rådgivande och fattar inga egna beslut. Föreningar som vill ta upp en fråga kontaktar rådets sekreterare.</p>'
            '<p class="normal">Sekreterare: Johanna Lidström, 090-16 14 07</p>'
        ),
        date_top="Uppdaterad: 2022-09-01",
    ),
]


def sites():
    return [(SITE, PAGES)]

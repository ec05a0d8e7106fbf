"""Piteå: the mynewsdesk newsroom pitea.mynewsdesk.com and the kommun site www.pitea.se.

One press release is published on both, the second copy lightly edited (near-duplicate).
All text written for the Dialogkartan sample; people and numbers are invented.
"""
from templates import Page, Site

NEWSROOM = Site(
    host="pitea.mynewsdesk.com", source_id="pitea_mynewsdesk", name="Piteå kommun", cms="mynewsdesk",
    kind="kommun", municipality_code="2581", county_code="25", news_path="/",
    news_title="Nyheter från Piteå kommun", per_page=10,
)
KOMMUN = Site(
    host="www.pitea.se", source_id="pitea", name="Piteå kommun", cms="sitevision",
    kind="kommun", municipality_code="2581", county_code="25", news_path="/nyheter/",
    news_title="Nyheter", per_page=10, address="942 85 Piteå", phone="0911-69 60 00",
    extra_domains=["pitea.se"], nav=[("Nyheter", "/nyheter/")],
)

DIALOG_BODY = (
    '<p>Dialogen hölls den 7 mars i Acusticum och bestod av korta presentationer följda av samtal vid runda bord. '
    'Borden var indelade efter socialtjänstens målgrupper.</p>'
    '<p>– Vi har fått med oss väldigt mycket. Det som slog mig var hur konkreta förslagen var, säger socialchef Peter Lindmark.</p>'
    '<p><strong>Barn och unga</strong></p>'
    '<p>Deltagarna föreslog att socialtjänsten ska finnas på plats i skolorna en dag i veckan och att fritidsgårdarna ska få mer personal på kvällarna.</p>'
    '<p><strong>Äldre</strong></p>'
    '<p>Vid borden om äldreomsorgen handlade samtalen om ensamhet och om att kunna bo kvar hemma. '
    'Förslag som kom fram var att bygga fler trygghetsboenden i byarna och att utveckla samarbetet med föreningslivet kring sociala aktiviteter.</p>'
    '<p><strong>Funktionsnedsättning</strong></p>'
    '<p>Här betonades vikten av att få behålla samma personal och att kunna påverka innehållet i sin dagliga verksamhet.</p>'
    '<p><strong>Vuxna</strong></p>'
    '<p>Borden om missbruk, psykisk ohälsa och ekonomiskt bistånd ville se en mottagning där man kan få hjälp med flera frågor på ett och samma ställe, '
    'och lyfte behovet av fler bostäder för personer som saknar eget boende.</p>'
    '<p><strong>Våld i nära relationer</strong></p>'
    '<p>Deltagarna tyckte att kommunen bör informera mer om var man kan få stöd, även på andra språk än svenska.</p>'
    '<p>Resultatet från dialogen redovisas för socialnämnden i april och blir en del av arbetet med nämndens nya strategi.</p>'
)
CONTACT_MND = ('<div class="contact-people"><h2>Kontaktpersoner</h2><p>Peter Lindmark<br>Socialchef<br>'
               'peter.lindmark@pitea.se<br>0911-69 61 23</p></div>')


def _kommun_copy(body: str) -> str:
    """The kommun site's editor reworded the quote and added a sentence: a near-duplicate."""
    body = body.replace("i Acusticum", "i Acusticum i Öjebyn")
    body = body.replace("Vi har fått med oss väldigt mycket. Det som slog mig var hur konkreta förslagen var",
                        "Vi har fått med oss mycket. Det som slog mig var hur konkreta förslagen var")
    body = body.replace("blir en del av arbetet med nämndens nya strategi.",
                        "blir en del av arbetet med nämndens nya strategi. Dialogen ingår i kommunens arbete med Välfärd 2030.")
    return body.replace("<p>", '<p class="normal">').replace("<p class=\"normal\"><strong>", '<h2 class="subheading">').replace(
        "</strong></p>", "</h2>")


NEWSROOM_PAGES = [
    Page(
        path="/pressreleases/fler-aen-100-deltog-i-dialogen-om-framtidens-vaelfaerd-i-pitea-3231456",
        title="Fler än 100 deltog i dialogen om framtidens välfärd i Piteå", kind="summary", news=True,
        published="2023-03-14", date_top="Pressmeddelande • 14 mar 2023 10:00 CET", category="Socialtjänst",
        preamble="Fler än 100 invånare, brukare och medarbetare deltog när socialtjänsten i Piteå bjöd in till dialog om hur välfärden ska klara de kommande tio åren.",
        body=DIALOG_BODY + CONTACT_MND, author="Piteå kommun",
        image=("Deltagare vid runda bord i en stor sal", "Dialog om framtidens välfärd i Acusticum. Foto: Piteå kommun"),
    ),
    Page(
        path="/pressreleases/foeraeldrar-gav-raad-om-stoedet-till-familjer-3098712",
        title="Föräldrar gav råd om stödet till familjer", kind="summary", news=True,
        published="2021-05-26", date_top="Pressmeddelande • 26 maj 2021 08:00 CEST", category="Barn och familj",
        preamble="Drygt 30 föräldrar deltog i vårens digitala dialoger om hur socialtjänsten kan stötta familjer tidigare.",
        body=(
            '<p>På grund av pandemin hölls dialogerna digitalt under fyra kvällar i maj. Föräldrarna hade barn i olika åldrar och en del hade egen erfarenhet av familjebehandling.</p>'
            '<p>Det som flest tog upp var att det är svårt att be om hjälp innan problemen har blivit stora. '
            'Önskemål fanns om föräldragrupper även på arabiska och somaliska, en chatt med familjebehandlare på kvällstid och information om familjestödet i väntrummen på BVC.</p>'
            '<p>– Föräldrarna gav oss en tydlig bild av vad som hindrar dem från att höra av sig. Nu ska vi se över hur vi når ut, säger enhetschef Malin Granström.</p>'
            '<p>Förslagen tas med i arbetet med en ny plan för föräldraskapsstöd som ska vara klar i höst.</p>'
            '<div class="contact-people"><h2>Kontaktpersoner</h2><p>Malin Granström<br>Enhetschef familjeenheten<br>malin.granstrom@pitea.se<br>070-381 22 14</p></div>'
        ),
    ),
    Page(
        path="/pressreleases/ny-foerskola-i-norrfjaerden-invigs-3312890",
        title="Ny förskola i Norrfjärden invigs", kind="not_dialogue", news=True,
        published="2024-02-12", date_top="Pressmeddelande • 12 feb 2024 09:30 CET", category="Förskola",
        preamble="Måndag 19 februari inviger barn- och utbildningsnämnden den nya förskolan i Norrfjärden med plats för 120 barn.",
        body=(
            '<p>Förskolan har sex avdelningar, ett tillagningskök och en gård som gränsar till skogen. Byggnaden är uppförd i trä och har solceller på taket.</p>'
            '<p>Invigningen börjar klockan 10.00 med sång av barnen. Media är välkomna och kan fotografera utomhus.</p>'
            '<div class="contact-people"><h2>Kontaktpersoner</h2><p>Lars Öhman<br>Förskolechef<br>0911-69 63 30</p></div>'
        ),
    ),
    Page(
        path="/pressreleases/brukarundersoekning-inom-ekonomiskt-bistaand-3356021",
        title="Du som har ekonomiskt bistånd får tycka till", kind="invitation", news=True,
        published="2024-09-16", date_top="Pressmeddelande • 16 sep 2024 11:00 CEST", category="Socialtjänst",
        preamble="Under oktober genomför socialtjänsten en brukarundersökning bland dem som har ekonomiskt bistånd.",
        body=(
            '<p>Alla som har ett pågående ärende får en inbjudan med brev. Det går att svara digitalt, på papper eller vid ett samtal med någon som inte är ens egen handläggare.</p>'
            '<p>Under två eftermiddagar, 8 och 15 oktober, finns personal på biblioteket i Piteå för den som vill svara med stöd eller prata mer om sina erfarenheter.</p>'
            '<div class="contact-people"><h2>Kontaktpersoner</h2><p>Hanna Sundqvist<br>Utvecklingsledare<br>hanna.sundqvist@pitea.se<br>0911-69 64 18</p></div>'
        ),
    ),
]

KOMMUN_PAGES = [
    Page(
        path="/", title="Piteå kommun", kind="start", modified="2025-05-20",
        preamble="Välkommen till Piteå – Sveriges nordligaste sommarstad.",
        body=('<p class="normal"><a href="/nyheter/">Nyheter</a></p>'
              '<p class="normal">Kontaktcenter nås på 0911-69 60 00, vardagar 8.00–16.00.</p>'),
    ),
    Page(
        path="/nyheter/2023-03-14-over-100-deltog-i-dialog-om-framtidens-valfard/",
        title="Över 100 deltog i dialog om framtidens välfärd", kind="summary", news=True,
        published="2023-03-14", modified="2023-03-15", crumbs=[("Nyheter", "/nyheter/")],
        date_top="Publicerad 14 mars 2023",
        preamble="Fler än 100 invånare, brukare och medarbetare deltog när socialtjänsten i Piteå bjöd in till dialog om hur välfärden ska klara de kommande tio åren.",
        body=_kommun_copy(DIALOG_BODY),
        related=[("Pressmeddelandet på Mynewsdesk",
                  "http://pitea.mynewsdesk.com/pressreleases/fler-aen-100-deltog-i-dialogen-om-framtidens-vaelfaerd-i-pitea-3231456")],
    ),
    Page(
        path="/nyheter/2024-09-02-dialogcafe-for-seniorer-pa-solbacken/",
        title="Dialogcafé för seniorer på Solbacken", kind="invitation", news=True,
        published="2024-09-02", modified="2024-09-02", crumbs=[("Nyheter", "/nyheter/")],
        date_bottom="Publicerad 2 september 2024",
        preamble="Hur vill du ha det när du blir äldre? Välkommen att prata om äldreomsorgen över en kopp kaffe.",
        body=(
            '<p class="normal">Socialtjänsten ordnar dialogcafé på trygghetsboendet Solbacken onsdag 25 september klockan 14.00. '
            'Politiker från socialnämnden är med. Alla seniorer och anhöriga är välkomna, även du som inte bor på Solbacken.</p>'
            '<p class="normal">Ingen föranmälan. Behöver du skjuts, ring Ingela Nilsson på 0911-69 62 45 eller 070-217 83 90 senast dagen innan.</p>'
        ),
    ),
    Page(
        path="/nyheter/2025-05-20-unga-tyckte-till-om-fritid-och-stod/",
        title="Unga tyckte till om fritid och stöd", kind="summary", news=True,
        published="2025-05-20", modified="2025-05-20", crumbs=[("Nyheter", "/nyheter/")],
        date_top="Publicerad 20 maj 2025",
        preamble="45 ungdomar mellan 13 och 19 år kom till Ungdomens hus den 6 maj för att berätta vad de behöver.",
        body=(
            '<p class="normal">Dialogen ordnades av ungdomsrådet tillsammans med socialtjänstens förebyggande enhet. Ungdomarna röstade också digitalt på de idéer som kom fram.</p>'
            '<h2 class="subheading">Idéerna som fick flest röster</h2>'
            '<ul class="env-text-list">'
            '<li>ett kostnadsfritt gym för unga</li>'
            '<li>fler kvällsbussar ut till byarna</li>'
            '<li>en app där man hittar stöd och aktiviteter på samma ställe</li>'
            '</ul>'
            '<p class="normal">Flera ungdomar tog även upp psykisk ohälsa och efterlyste en fritidsledare att prata med som inte är förälder eller lärare.</p>'
            '<p class="normal">Ungdomsrådet presenterar resultatet för kommunstyrelsen i juni.</p>'
        ),
        image=("Ungdomar röstar med mobiltelefoner", "Foto: Emma Lundberg"),
    ),
]


def sites():
    return [(NEWSROOM, NEWSROOM_PAGES), (KOMMUN, KOMMUN_PAGES)]

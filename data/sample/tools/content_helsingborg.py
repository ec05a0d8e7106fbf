"""oppnasoc.helsingborg.se – WordPress/Municipio blog with /page/2/ pagination and a /feed/.

All text written for the Dialogkartan sample; people and numbers are invented.
"""
from templates import Page, Site

SITE = Site(
    host="oppnasoc.helsingborg.se", source_id="helsingborg_oppnasoc", name="Öppna soc",
    cms="wordpress", kind="kommun", municipality_code="1283", county_code="12", news_path="/",
    news_title="Öppna soc", per_page=2, nav=[("Start", "/")],
)


def _meta(pub: str, mod: str) -> str:
    return (f'Publicerad: {pub} · Senast ändrad: <time itemprop="dateModified" datetime="{mod}">{mod}</time>')


PAGES = [
    Page(
        path="/workshop-2-motesplatser-som-gor-skillnad/",
        title="Workshop 2: Mötesplatser som gör skillnad", kind="summary", news=True,
        published="2023-09-01", modified="2023-09-04", author="Jonas Persson",
        date_top=_meta("2023-09-01", "2023-09-04"),
        preamble="Andra workshopen om mötesplatser för personer med psykisk ohälsa.",
        body=(
            '<p>Den 24 augusti träffades vi för andra gången i arbetet med att utveckla mötesplatser för personer med psykisk ohälsa. '
            'Vi var ett 25-tal deltagare på Dunkers kulturhus: brukare, anhöriga, medarbetare från socialförvaltningen och representanter för RSMH och Attention.</p>'
            '<h2>Vad vi gjorde</h2>'
            '<p>Efter en kort återblick på förra workshopen arbetade vi i fyra grupper med frågan: Hur ser en mötesplats ut där du själv vill vara?</p>'
            '<h2>Det här kom fram</h2>'
            '<p>Grupperna var överens om att en bra mötesplats ska gå att besöka utan krav på att man gör något. '
            'Många betonade vikten av att brukare själva får vara med och driva verksamheten.</p>'
            '<p>Idéer från grupperna:</p>'
            '<ul><li>kvällsöppet minst två dagar i veckan</li><li>gemensam matlagning till självkostnadspris</li>'
            '<li>en kamratstödjare på plats varje dag</li><li>samarbete med studieförbund om kurser</li></ul>'
            '<p>En grupp föreslog också att mötesplatsen bör ligga centralt nära bussförbindelser, och att lokalen ska vara tillgänglig för den som använder rullstol.</p>'
            '<h2>Nästa workshop</h2>'
            '<p>Workshop 3 hålls i oktober. Då tittar vi på hur verksamheten kan organiseras och finansieras. '
            'Anmäl dig till Jonas Persson, jonas.persson@helsingborg.se eller 042-10 52 31.</p>'
        ),
        date_bottom="Kategorier: Workshop, Psykisk hälsa",
        image=("Post-it-lappar på en vägg", "Gruppernas idéer samlades på väggen. Foto: Jonas Persson"),
    ),
    Page(
        path="/brukarrevision-inom-boendestodet/",
        title="Brukarrevision inom boendestödet – så gick det till", kind="summary", news=True,
        published="2022-05-16", modified="2022-05-16", author="Maja Hansson",
        date_top=_meta("2022-05-16", "2022-05-16"),
        preamble="Brukarrevisorer med egen erfarenhet intervjuade personer som har boendestöd.",
        body=(
            '<p>Under mars och april intervjuade tre brukarrevisorer 14 personer som har boendestöd från socialpsykiatrin. '
            'Revisorerna har själva erfarenhet av psykisk ohälsa och har gått en utbildning för uppdraget.</p>'
            '<p>De flesta är nöjda med sina boendestödjare och upplever att de blir respekterade. Samtidigt visar intervjuerna att det inte alltid är tydligt vad boendestödet kan hjälpa till med.</p>'
            '<h2>Revisorernas rekommendationer</h2>'
            '<ul><li>tydligare information om vad boendestödet kan hjälpa till med</li>'
            '<li>möjlighet att byta boendestödjare utan att behöva förklara varför</li>'
            '<li>mer stöd att komma ut i aktiviteter utanför hemmet</li></ul>'
            '<p>Rapporten har lämnats till enhetschefen, som återkommer med en handlingsplan efter sommaren.</p>'
        ),
        date_bottom="Kategorier: Brukarinflytande",
    ),
    Page(
        path="/valkommen-till-oppet-dialogmote-om-hemloshet/",
        title="Välkommen till öppet dialogmöte om hemlöshet", kind="invitation", news=True,
        published="2024-02-05", modified="2024-02-05", author="Maja Hansson",
        date_top=_meta("2024-02-05", "2024-02-05"),
        preamble="Vad behövs för att färre ska bli hemlösa i Helsingborg?",
        body=(
            '<p>Torsdag 22 februari klockan 13.00–15.30 bjuder vi in till ett öppet dialogmöte om hemlöshet på Mötesplats Rosengården. '
            'Vi vill särskilt höra dig som har egen erfarenhet av att sakna bostad.</p>'
            '<p>Mötet leds av två samtalsledare, och det finns möjlighet att lämna synpunkter anonymt på lappar. Vi bjuder på lunch från klockan 12.30.</p>'
            '<p>Anmälan senast 19 februari till oppnasoc@helsingborg.se eller telefon 042-10 67 80.</p>'
        ),
        date_bottom="Kategorier: Inbjudan, Hemlöshet",
    ),
]


def sites():
    return [(SITE, PAGES)]

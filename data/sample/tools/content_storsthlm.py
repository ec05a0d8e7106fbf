"""www.storsthlm.se – regional body (no municipality code), "Kunskapsutveckling / <date>" date lines.

All text written for the Dialogkartan sample; people and numbers are invented.
"""
from templates import Page, Site

SITE = Site(
    host="www.storsthlm.se", source_id="storsthlm", name="Storsthlm", cms="other",
    kind="organisation", municipality_code=None, county_code="01", news_path="/kunskapsutveckling/",
    news_title="Kunskapsutveckling", per_page=10, nav=[("Kunskapsutveckling", "/kunskapsutveckling/")],
)
KU = [("Kunskapsutveckling", "/kunskapsutveckling/")]

PAGES = [
    Page(
        path="/", title="Storsthlm", kind="start", modified="2024-10-14",
        preamble="Storsthlm är en samverkansorganisation för de 26 kommunerna i Stockholms län.",
        body='<p>Vi samordnar nätverk, kunskapsutveckling och intressebevakning. <a href="/kunskapsutveckling/">Läs om vår kunskapsutveckling</a>.</p>',
    ),
    Page(
        path="/kunskapsutveckling/regional-dialogdag-barn-och-ungas-psykiska-halsa/",
        title="Regional dialogdag: så stärker vi stödet till barn och unga med psykisk ohälsa", kind="summary", news=True,
        published="2024-10-14", modified="2024-10-14", crumbs=KU,
        date_top="Kunskapsutveckling / 14 oktober 2024",
        preamble="Den 3 oktober samlade Storsthlm omkring 120 chefer och medarbetare från socialtjänst, skola och Region Stockholm för en dialogdag om barn och ungas psykiska hälsa.",
        body=(
            '<p>Dagen hölls på Norra Latin i Stockholm och 22 av länets 26 kommuner var representerade.</p>'
            '<p>– Barn och unga ska inte behöva vänta på att vuxnas organisationer kommer överens, sa Anna Gustafsson, processledare på Storsthlm, när hon inledde dagen.</p>'
            '<h2>Samverkan mellan kommun och region</h2>'
            '<p>Många vittnade om att barn hamnar mellan stolarna när ansvaret mellan första linjen och BUP är otydligt. '
            'Deltagarna betonade behovet av gemensamma rutiner för remisser och föreslog att varje kommun utser en samordnare för barnärenden som rör både socialtjänst och psykiatri.</p>'
            '<h2>Förebyggande arbete</h2>'
            '<p>I grupperna om förebyggande arbete pekades tre områden ut som särskilt viktiga:</p>'
            '<ul><li>tidiga insatser i förskolan, till exempel föräldrastöd</li>'
            '<li>elevhälsa och socialtjänst som arbetar på samma skola</li>'
            '<li>insatser för unga som varken studerar eller arbetar</li></ul>'
            '<h2>Unga som utsätts för våld</h2>'
            '<p>Ett pass handlade om unga som utsätts för våld i sina egna relationer. Förslagen som kom fram var att utveckla stödet för unga i våldsutsatta relationer, '
            'samarbeta med ungdomsmottagningarna och förbättra informationen på sociala medier.</p>'
            '<h2>Fortsatt arbete</h2>'
            '<p>Dokumentationen från dagen skickas till länets socialchefer och tas upp i det regionala samverkansforumet i december.</p>'
        ),
        image=("Deltagare lyssnar på en föreläsare i en aula", "Dialogdagen på Norra Latin. Foto: Storsthlm"),
        related=[("Region Stockholm", "https://www.regionstockholm.se/")],
    ),
    Page(
        path="/kunskapsutveckling/natverkstraff-om-hemloshet/",
        title="Nätverksträff om hemlöshet: länets kommuner delade erfarenheter", kind="summary", news=True,
        published="2021-06-10", modified="2021-06-10", crumbs=KU,
        date_top="Kunskapsutveckling / 10 juni 2021",
        preamble="Ett 40-tal deltagare från 18 kommuner träffades digitalt för att diskutera hur arbetet mot hemlöshet kan utvecklas i regionen.",
        body=(
            '<p>Nätverket för hemlöshetsfrågor träffas två gånger per år. Den här gången berättade Södertälje och Huddinge om sina erfarenheter av att arbeta med Bostad först.</p>'
            '<p>I diskussionen efteråt lyftes behovet av en gemensam regional kartläggning av hemlösheten, eftersom kommunerna räknar på olika sätt. '
            'Flera önskade också gemensamma utbildningar för boendestödjare och ett fortsatt erfarenhetsutbyte om vräkningsförebyggande arbete.</p>'
            '<p>Nästa träff planeras till november, förhoppningsvis på plats.</p>'
        ),
    ),
]


def sites():
    return [(SITE, PAGES)]

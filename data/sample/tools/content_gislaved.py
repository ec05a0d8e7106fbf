"""www.gislaved.se – Episerver-style kommun site (globalassets, EPiServer generator) with a PDF report.

All text written for the Dialogkartan sample; people and numbers are invented.
"""
from templates import Page, Site

SITE = Site(
    host="www.gislaved.se", source_id="gislaved", name="Gislaveds kommun", cms="episerver",
    kind="kommun", municipality_code="0662", county_code="06", news_path="/nyheter/",
    news_title="Nyheter", per_page=10, address="332 80 Gislaved", phone="0371-810 00",
    extra_domains=["gislaved.se"], nav=[("Nyheter", "/nyheter/")],
)
NEWS = [("Nyheter", "/nyheter/")]
PDF = "/globalassets/dokument/omsorg/rapport-dialog-aldreomsorgsplan-2021.pdf"

PAGES = [
    Page(
        path="/", title="Gislaveds kommun", kind="start", modified="2022-03-08",
        preamble="Välkommen till Gislaveds kommun i Gnosjöregionen.",
        body='<p><a href="/nyheter/">Nyheter från kommunen</a></p>',
    ),
    Page(
        path="/nyheter/2021-11-10-forslag-till-ny-aldreomsorgsplan/",
        title="Nu finns förslaget till ny äldreomsorgsplan", kind="plan", news=True,
        published="2021-11-10", modified="2021-11-12", crumbs=NEWS,
        date_top="Publicerad 2021-11-10 kl 09:12",
        preamble="Planen har tagits fram i dialog med äldre, anhöriga, medarbetare och pensionärsorganisationer och visar inriktningen för äldreomsorgen fram till 2030.",
        body=(
            '<p>Under våren genomfördes åtta dialogmöten i kommunens tätorter. Dessutom svarade 342 personer på en webbenkät. '
            'Det som kom fram finns sammanfattat i en rapport som du kan ladda ner längre ner på sidan.</p>'
            '<h2>Fyra fokusområden</h2>'
            '<p>Förslaget till plan är uppbyggt kring fyra områden:</p>'
            '<ul><li>Ett gott liv hela livet</li><li>Trygghet i hemmet</li><li>Kompetens och arbetsmiljö</li><li>Digitala lösningar som stöd</li></ul>'
            '<p>För varje område finns mål och förslag på aktiviteter. Planen ska följas upp varje år i socialnämndens verksamhetsberättelse.</p>'
            '<h2>Beslut</h2>'
            '<p>Socialnämnden ställde sig bakom förslaget den 28 oktober. Kommunfullmäktige väntas fatta beslut i december.</p>'
            '<p>Kontakt: Therese Gunnarsson, utredare, 0371-813 77</p>'
        ),
        files=[("Rapport från dialogen om äldreomsorgsplanen 2021", PDF, "pdf, 24 kB")],
        date_bottom="Uppdaterad 2021-11-12 kl 14:30",
    ),
    Page(
        path="/nyheter/2022-03-08-dialogmoten-om-vald-i-nara-relationer/",
        title="Dialogmöten om våld i nära relationer gav nya idéer", kind="summary", news=True,
        published="2022-03-08", modified="2022-03-08", crumbs=NEWS,
        date_top="Publicerad 2022-03-08 kl 13:40",
        preamble="Under februari höll socialförvaltningen tre dialogmöten om våld i nära relationer – med invånare, med föreningar och med medarbetare i kommunen.",
        body=(
            '<p>Mötena hölls i Gislaved, Anderstorp och Smålandsstenar. Sammanlagt deltog ett 50-tal personer, bland dem representanter för kvinnojouren, idrottsföreningar och trossamfund.</p>'
            '<h2>Att upptäcka våld tidigt</h2>'
            '<p>Ett tydligt budskap var att våld ofta upptäcks sent. Deltagarna föreslog att alla medarbetare som möter invånare ska gå en grundutbildning om våld i nära relationer '
            'och att frågan om våld ska ställas rutinmässigt vid hembesök inom äldreomsorgen.</p>'
            '<h2>Barn som lever med våld</h2>'
            '<p>Flera lyfte vikten av att barn som bevittnat våld får eget stöd, oberoende av vad föräldrarna väljer. '
            'Förslag fanns också om att förskola och skola ska ha en utsedd kontaktperson för frågor om våld.</p>'
            '<h2>Föreningarnas roll</h2>'
            '<p>Föreningarna efterfrågade informationsmaterial på flera språk och bjöd in socialtjänsten till sina egna träffar. '
            'Vi fick också förslag om att starta ett nätverk mot våld där kommun, föreningar och polis möts två gånger per år.</p>'
            '<h2>Nästa steg</h2>'
            '<p>Förslagen tas med i den handlingsplan mot våld som socialnämnden ska anta före sommaren.</p>'
            '<p>Kontakt: Sofia Ekström, samordnare våld i nära relationer, 0371-812 34</p>'
        ),
        related=[("Kvinnofridslinjen", "https://www.kvinnofridslinjen.se/")],
    ),
]


def sites():
    return [(SITE, PAGES)]

"""www.ovanaker.se – older Sitevision template (server-rendered cookie banner, `.4.<hex>.html` URLs).

Holds three deliberately awkward pages: one in ISO-8859-1, one almost empty, one with broken markup.
All text written for the Dialogkartan sample; people and numbers are invented.
"""
from templates import Page, Site

SITE = Site(
    host="www.ovanaker.se", source_id="ovanaker", name="Ovanåkers kommun", cms="sitevision",
    kind="kommun", municipality_code="2121", county_code="21", news_path="/nyhetsarkiv/nyheter/",
    news_title="Nyheter", per_page=10, address="Östra Kyrkogatan 10, 828 80 Edsbyn",
    phone="0271-570 00", extra_domains=["ovanaker.se"], cookie_style="top",
    nav=[("Nyheter", "/nyhetsarkiv/nyheter/"), ("Medborgardialog", "/kommun-och-politik/medborgardialog.4.5f3c2e1786d2e0c9b12.html")],
)
NEWS = [("Nyhetsarkiv", "/nyhetsarkiv/nyheter/"), ("Nyheter", "/nyhetsarkiv/nyheter/")]

MALFORMED = """<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sida">
<head>
<meta charset="utf-8">
<title>Anhöriga delade med sig av sina erfarenheter - Ovanåkers kommun</title>
<meta name="DC.modified" content="2020-09-21">
<link rel="canonical" href="http://www.ovanaker.se/nyhetsarkiv/nyheter/anhorigadeladesinaerfarenheter.9204.html">
</head>
<body>
<div class="sv-cookie-consent-banner"><p>Vi använder kakor (cookies) för att ge dig en bättre upplevelse av webbplatsen.<button>Jag godkänner</button></div>
<div class="lp-skip-links"><a href="#sidans-innehall">Hoppa till huvudinnehållet</a>
<header class=lp-header><a href="/">Ovanåkers kommun</a>
<nav aria-label="Länkstig"><ol class="env-breadcrumb"><li><a href="/">Startsida</a><li><a href="/nyhetsarkiv/nyheter/">Nyheter</a><li>Anhöriga delade med sig av sina erfarenheter</ol></nav>
<main id="sidans-innehall"><div class="pagecontent sv-layout">
<div class="sv-text-portlet"><div id="Rubrik"></div><div class="sv-text-portlet-content"><h1 class="heading">Anhöriga delade med sig av sina erfarenheter</h1></div>
<div class="sv-text-portlet"><div id="Ingress"></div><div class="sv-text-portlet-content"><p class="preamble">Anhörigstödet i Vård & omsorg bjöd in till en eftermiddag för den som stöttar en närstående.
</div></div>
<div class="sv-text-portlet"><div id="Brodtext"></div><div class="sv-text-portlet-content">
<p class="normal">Den 8 september träffades ett tiotal anhöriga och personal från anhörigstödet i Folkets hus i Alfta. Många vårdar en make eller maka med demenssjukdom, andra har ett vuxet barn med funktionsnedsättning.
<p class="normal">Det som kom upp mest var behovet av avlösning med kort varsel. Flera tyckte också att det borde finnas en anhöriggrupp på kvällstid för den som fortfarande arbetar.</span>
<h2 class=subheading>Önskemål från träffen</h2>
<ul class="env-text-list">
<li>växelvård som går att boka med kortare framförhållning
<li>en anhöriggrupp som träffas på kvällstid
<li>information om anhörigstödet redan när någon får en diagnos
<p class="normal">Anhörigkonsulent Eva Nordin nås på 0271-574 40 eller eva.nordin@ovanaker.se.
<div class="sv-image-portlet"><img src="/images/18.4f1e/anhoriga.jpg" alt="Kaffekoppar på ett bord"><span>Foto: Ovanåkers kommun</span>
<p class="normal">Publicerad: 2020-09-21</p>
</div>
<div class="lp-page-tools"><a href="javascript:window.print()">Skriv ut</a></div>
</main>
<footer class="lp-footer"><p>Ovanåkers kommun, 828 80 Edsbyn. Telefon 0271-570 00
</body>
"""

PAGES = [
    Page(
        path="/", title="Ovanåkers kommun", kind="start", modified="2022-11-28",
        preamble="Välkommen till Ovanåkers kommun – Alfta, Edsbyn, Runemo och Voxna.",
        body=('<ul class="env-text-list"><li><a href="/nyhetsarkiv/nyheter/">Nyheter</a></li>'
              '<li><a href="/omsorg-och-stod/aldre/kommunala-pensionarsradet.4.3b2a1f1786d2e0c9a51.html">Kommunala pensionärsrådet</a></li></ul>'),
    ),
    Page(
        path="/nyhetsarkiv/nyheter/valkommentilldialogtraffar.9387.html",
        title="Välkommen till dialogträffar om äldreomsorg och stöd vid funktionsnedsättning", kind="invitation", news=True,
        published="2022-09-05", modified="2022-09-05", crumbs=NEWS,
        date_top="Publicerad 2022-09-05",
        preamble="Vi vill gärna veta vad du tycker om kommunens stöd till äldre och till personer med funktionsnedsättning. Kom till någon av våra dialogträffar i oktober!",
        body=(
            '<p class="normal">Träffarna är öppna för alla – du som har insatser från oss, du som är anhörig och du som bara är nyfiken. '
            'Politiker från vård- och omsorgsnämnden och personal från förvaltningen är med och lyssnar.</p>'
            '<ul class="env-text-list">'
            '<li>Tisdag 11 oktober kl. 14.00 i församlingshemmet i Alfta</li>'
            '<li>Torsdag 13 oktober kl. 18.30 på biblioteket i Edsbyn</li>'
            '</ul>'
            '<p class="normal">Vi bjuder på fika. Säg gärna till om du behöver specialkost.</p>'
            '<p class="normal">Frågor? Kontakta Maria Hedlund, utvecklare vård och omsorg, telefon 0271-573 12, maria.hedlund@ovanaker.se</p>'
        ),
    ),
    Page(
        path="/nyhetsarkiv/nyheter/resultatfrandialogtraffarnaialftaochedsbyn.9512.html",
        title="Resultat från dialogträffarna i Alfta och Edsbyn", kind="summary", news=True,
        published="2022-11-28", modified="2022-12-01", crumbs=NEWS,
        date_top="Publicerad 2022-11-28 / Uppdaterad 2022-12-01 09:50",
        preamble="I oktober bjöd vård- och omsorgsförvaltningen in till två dialogträffar om stödet till äldre och till personer med funktionsnedsättning. Här är en sammanfattning av vad som sades.",
        body=(
            '<p class="normal">Den 11 oktober kom ett 30-tal personer till församlingshemmet i Alfta. Två dagar senare samlades drygt 20 personer på biblioteket i Edsbyn.</p>'
            '<h2 class="subheading">Äldre</h2>'
            '<p class="normal">Deltagarna var överlag nöjda med hemtjänsten men oroade sig för att det ska bli svårt att rekrytera personal. '
            'Vi fick höra att kommunen bör satsa på att utbilda egen personal till undersköterskor och att det behövs fler platser på korttidsboende.</p>'
            '<p class="normal">Flera lyfte behovet av en mötesplats för seniorer i Edsbyn centrum, eftersom den gamla träffpunkten har stängt.</p>'
            '<h2 class="subheading">Funktionsnedsättning</h2>'
            '<p class="normal">Föräldrar till vuxna barn med funktionsnedsättning önskade mer samarbete mellan gruppbostäderna och daglig verksamhet. '
            'Det kom också önskemål om fler fritidsaktiviteter på kvällar och helger, och om att färdtjänsten ska gå att boka med kortare varsel.</p>'
            '<h2 class="subheading">Övrigt</h2>'
            '<p class="normal">Några tyckte att det är svårt att hitta rätt på kommunens webbplats. Det tar vi med oss.</p>'
            '<p class="normal">Tack till alla som kom! Nästa år hoppas vi kunna ordna träffar även i Voxna och Runemo.</p>'
        ),
    ),
    Page(path="/nyhetsarkiv/nyheter/anhorigadeladesinaerfarenheter.9204.html",
         title="Anhöriga delade med sig av sina erfarenheter", kind="summary", news=True,
         published="2020-09-21", modified="2020-09-21",
         preamble="Anhörigstödet bjöd in till en eftermiddag för den som stöttar en närstående.",
         raw=MALFORMED),
    Page(
        path="/omsorg-och-stod/aldre/kommunala-pensionarsradet.4.3b2a1f1786d2e0c9a51.html",
        title="Kommunala pensionärsrådet", kind="standing_body", encoding="iso-8859-1", modified="2021-04-19",
        crumbs=[("Omsorg och stöd", "/"), ("Äldre", "/")],
        preamble="Kommunala pensionärsrådet (KPR) är ett organ för samråd mellan kommunen och pensionärsorganisationerna i Ovanåker.",
        body=(
            '<p class="normal">I rådet sitter förtroendevalda från kommunstyrelsen och vård- och omsorgsnämnden samt representanter för PRO och SPF Seniorerna. '
            'Rådet träffas fyra gånger om året, oftast i kommunhuset i Edsbyn.</p>'
            '<h2 class="subheading">Rådets syfte</h2>'
            '<ul class="env-text-list">'
            '<li>Verka för att pensionärernas synpunkter tas tillvara i kommunens planering</li>'
            '<li>Verka för samråd i frågor som rör äldre, till exempel bostäder, trafik och omsorg</li>'
            '<li>Förmedla information mellan kommunen och föreningarna</li>'
            '</ul>'
            '<p class="normal">Rådet har ingen beslutanderätt. Frågor som föreningarna vill ta upp anmäls till sekreteraren senast tre veckor före mötet.</p>'
            '<p class="normal">Sekreterare: Birgitta Öberg, 0271-572 05</p>'
        ),
        date_bottom="Senast uppdaterad",
    ),
    Page(
        path="/kommun-och-politik/medborgardialog.4.5f3c2e1786d2e0c9b12.html",
        title="Medborgardialog", kind="empty", modified="2019-05-02",
        crumbs=[("Kommun och politik", "/")],
        body='<p class="normal">Sidan är under uppbyggnad.</p>',
    ),
]


def sites():
    return [(SITE, PAGES)]

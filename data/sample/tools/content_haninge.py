"""www.haninge.se – Sitevision kommun site with a PDF summary and an English page.

All text written for the Dialogkartan sample; people, phone numbers and e-mail boxes are invented.
"""
from templates import Page, Site

SITE = Site(
    host="www.haninge.se", source_id="haninge", name="Haninge kommun", cms="sitevision",
    kind="kommun", municipality_code="0136", county_code="01", news_path="/nyhetsarkiv/",
    news_title="Nyheter", per_page=3, address="Rudsjöterrassen 2, 136 81 Haninge",
    phone="08-606 70 00", extra_domains=["haninge.se"],
    nav=[("Nyheter", "/nyhetsarkiv/"), ("In English", "/languages/english/citizen-dialogue-about-elderly-care.html")],
)

NEWS = [("Nyheter", "/nyhetsarkiv/")]
PDF = "/download/18.5e1c2a3b18d0f2a4c1e9b7/1713772800000/Sammanstallning-dialogcafeer-aldreomsorg-2024.pdf"

PAGES = [
    Page(
        path="/", title="Haninge kommun", kind="start", modified="2024-04-25",
        preamble="Välkommen till Haninge – skärgårdskommunen söder om Stockholm.",
        body=('<h2 class="subheading">Nyheter</h2><ul class="env-text-list">'
              '<li><a href="/nyhetsarkiv/2024-04-22-det-har-sa-ni-om-framtidens-aldreomsorg/">Det här sa ni om framtidens äldreomsorg</a></li>'
              '<li><a href="/nyhetsarkiv/">Alla nyheter</a></li></ul>'
              '<p class="normal">Kontaktcenter svarar på frågor vardagar 8.00–16.30.</p>'),
    ),
    Page(
        path="/nyhetsarkiv/2024-04-22-det-har-sa-ni-om-framtidens-aldreomsorg/",
        title="Det här sa ni om framtidens äldreomsorg", kind="summary", news=True,
        published="2024-04-22", modified="2024-04-24", crumbs=NEWS,
        date_top="Publicerad 2024-04-22",
        preamble="Under mars höll social- och äldreförvaltningen sex dialogcaféer runt om i kommunen. Ett 80-tal personer kom för att berätta vad som behövs för att äldreomsorgen ska hålla även i framtiden.",
        image=("Äldre kvinna och man i samtal vid ett cafébord",
               "Dialogcafé på träffpunkten i Jordbro. Foto: Petra Lund"),
        body=(
            '<p class="normal">Caféerna hölls på träffpunkter och trygghetsboenden i Handen, Jordbro, Vendelsö, Brandbergen och Västerhaninge. '
            'Vid varje tillfälle fanns ledamöter från äldrenämnden på plats för att lyssna.</p>'
            '<h2 class="subheading">Att bo kvar hemma</h2>'
            '<p class="normal">De allra flesta vill bo kvar hemma så länge det går. Samtidigt beskrev många att det blir ensamt när man inte längre orkar ta sig ut. '
            'Deltagarna lyfte bland annat:</p>'
            '<ul class="env-text-list">'
            '<li>fler träffpunkter som har öppet även på helger</li>'
            '<li>hjälp med enklare sysslor som att byta glödlampor och hänga gardiner</li>'
            '<li>att hemtjänsten får mer tid för samtal</li>'
            '</ul>'
            '<h2 class="subheading">Digitala tjänster</h2>'
            '<p class="normal">Här gick åsikterna isär. En del använder redan surfplattan för att prata med barnbarnen, andra vill inte alls. '
            'Flera tyckte att kommunen bör erbjuda kurser i att använda digitala tjänster på träffpunkterna, och att det alltid ska gå att ringa och prata med en människa.</p>'
            '<h2 class="subheading">Anhöriga</h2>'
            '<p class="normal">Anhöriga som deltog efterfrågade mer avlösning i hemmet och en kontaktperson på kommunen som de kan vända sig till med alla frågor.</p>'
            '<h2 class="subheading">När man med funktionsnedsättning blir äldre</h2>'
            '<p class="normal">I Brandbergen kom frågan upp om hur stödet ser ut för den som haft insatser enligt LSS hela livet och nu går i pension. '
            'Flera betonade behovet av en mjuk övergång mellan daglig verksamhet och äldreomsorgens aktiviteter.</p>'
            '<h2 class="subheading">Vad händer nu?</h2>'
            '<p class="normal">Synpunkterna blir ett underlag när äldrenämnden tar fram en ny äldreplan under hösten. Hela sammanställningen kan du ladda ner här nedanför.</p>'
        ),
        files=[("Sammanställning dialogcaféer äldreomsorg 2024", PDF, "Pdf, 20 kB.")],
        related=[("Citizen dialogue about elderly care (in English)", "/languages/english/citizen-dialogue-about-elderly-care.html")],
        date_bottom="Senast uppdaterad 24 april 2024",
    ),
    Page(
        path="/nyhetsarkiv/2024-01-15-var-med-och-forma-framtidens-socialtjanst/",
        title="Var med och forma framtidens socialtjänst", kind="invitation", news=True,
        published="2024-01-15", modified="2024-01-15", crumbs=NEWS,
        date_top="Publicerad 2024-01-15",
        preamble="Socialtjänsten ska arbeta mer förebyggande och vara lättare att nå. Nu vill vi höra vad du som bor i Haninge tycker.",
        body=(
            '<p class="normal">Vi bjuder in till en öppen dialog om stöd till barn och familjer, missbruk och beroende och ekonomiskt bistånd. '
            'Du behöver inte ha haft kontakt med socialtjänsten för att delta – alla perspektiv behövs.</p>'
            '<h2 class="subheading">När och var?</h2>'
            '<ul class="env-text-list">'
            '<li>Onsdag 7 februari klockan 18.00–20.00 i Haninge kulturhus</li>'
            '<li>Torsdag 15 februari klockan 12.00–13.00 digitalt via Teams</li>'
            '</ul>'
            '<p class="normal">Anmäl dig senast 1 februari till dialog.sof@haninge.se. Skriv om du behöver tolk eller har andra önskemål.</p>'
            '<h2 class="subheading">Frågor</h2>'
            '<p class="normal">Sara Nyberg, utvecklingssamordnare, 08-606 712 34</p>'
        ),
    ),
    Page(
        path="/nyhetsarkiv/2023-06-20-ny-nationell-statistik-om-aldreomsorgen/",
        title="Ny nationell statistik om äldreomsorgen", kind="not_dialogue", news=True,
        published="2023-06-20", modified="2023-06-20", crumbs=NEWS,
        date_top="Publicerad 2023-06-20",
        preamble="Socialstyrelsen har publicerat årets öppna jämförelser för vård och omsorg om äldre. Här återger vi myndighetens pressmeddelande.",
        body=(
            '<p class="normal"><em>Pressmeddelande från Socialstyrelsen</em></p>'
            '<p class="normal">Jämförelserna bygger på registerdata och på den nationella enkäten till äldre med hemtjänst eller särskilt boende. '
            'Resultaten visar stora skillnader mellan kommuner när det gäller hur många olika personal en brukare möter under två veckor.</p>'
            '<p class="normal">Myndigheten konstaterar att kontinuiteten har betydelse för hur tryggheten upplevs och att många kommuner arbetar med mindre arbetsgrupper.</p>'
            '<p class="normal">Uppgifterna för enskilda kommuner finns i Socialstyrelsens statistikdatabas.</p>'
            '<p class="normal">Källa: Socialstyrelsen</p>'
        ),
        related=[("Socialstyrelsen – öppna jämförelser", "https://www.socialstyrelsen.se/")],
    ),
    Page(
        path="/languages/english/citizen-dialogue-about-elderly-care.html",
        title="Citizen dialogue about elderly care", kind="english", lang="en",
        published="2024-04-25", modified="2024-04-25",
        crumbs=[("Languages", "/"), ("English", "/")],
        preamble="In March 2024, the Social and Elderly Care Department held six dialogue cafés across Haninge. Around 80 people came to share their views on the future of elderly care.",
        body=(
            '<p class="normal">The cafés were held at meeting places and sheltered housing in Handen, Jordbro, Vendelsö, Brandbergen and Västerhaninge.</p>'
            '<h2 class="subheading">What participants told us</h2>'
            '<ul class="env-text-list">'
            '<li>Meeting places should also be open at weekends</li>'
            '<li>Home care staff need more time to talk with the people they visit</li>'
            '<li>It should always be possible to call and speak to a person instead of using a digital service</li>'
            '<li>Family carers want more respite care at home</li>'
            '</ul>'
            '<p class="normal">The views will be used when the Elderly Care Committee draws up a new plan for elderly care in the autumn. '
            'The full summary is available in Swedish.</p>'
            '<p class="normal">Report errors on page</p>'
        ),
        related=[("Det här sa ni om framtidens äldreomsorg (på svenska)", "/nyhetsarkiv/2024-04-22-det-har-sa-ni-om-framtidens-aldreomsorg/")],
        date_bottom="Published 25 April 2024",
    ),
]


def sites():
    return [(SITE, PAGES)]

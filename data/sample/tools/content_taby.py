"""www.taby.se – Sitevision kommun site with /nyheter/<år>/<månad>/<slug>/ URLs.

All text written for the Dialogkartan sample; people and numbers are invented.
"""
from templates import Page, Site

SITE = Site(
    host="www.taby.se", source_id="taby", name="Täby kommun", cms="sitevision",
    kind="kommun", municipality_code="0160", county_code="01", news_path="/nyheter/",
    news_title="Nyheter", per_page=10, address="183 80 Täby", phone="08-555 590 00",
    extra_domains=["taby.se"], nav=[("Nyheter", "/nyheter/")],
)
NEWS = [("Nyheter", "/nyheter/")]

PAGES = [
    Page(
        path="/", title="Täby kommun", kind="start", modified="2025-02-11",
        preamble="Här hittar du information och e-tjänster för dig som bor och verkar i Täby.",
        body='<p class="normal"><a href="/nyheter/">Läs de senaste nyheterna</a></p>',
    ),
    Page(
        path="/nyheter/2023/april/tyck-till-om-aldreomsorgen-i-taby/",
        title="Tyck till om äldreomsorgen i Täby", kind="invitation", news=True,
        published="2023-04-18", modified="2023-04-18", crumbs=NEWS,
        date_top="18 april 2023, kl. 10:05 - Omsorg &amp; stöd",
        preamble="Är du 65 år eller äldre, eller anhörig till någon som är det? Nu kan du påverka hur äldreomsorgen i Täby utvecklas.",
        body=(
            '<p class="normal">Socialnämnden vill veta vad som är viktigt för dig när det gäller hemtjänst, dagverksamhet, särskilt boende och stöd till anhöriga. '
            'Du kan delta på två sätt – svara på en webbenkät eller komma på ett dialogmöte.</p>'
            '<h2 class="subheading">Webbenkät</h2>'
            '<p class="normal">Enkäten är öppen till och med 14 maj och tar ungefär tio minuter. Pappersversion finns på biblioteken och i kommunhusets reception.</p>'
            '<h2 class="subheading">Dialogmöten</h2>'
            '<ul class="env-text-list">'
            '<li>9 maj klockan 14.00–16.00, Kulturhuset i Täby centrum</li>'
            '<li>11 maj klockan 13.30–15.30, träffpunkten i Näsbypark</li>'
            '</ul>'
            '<p class="normal">Anmälan till dialogmötena görs till Ulrika Bergsten, 08-555 594 31, senast 5 maj.</p>'
        ),
    ),
    Page(
        path="/nyheter/2023/oktober/resultatet-av-dialogen-om-aldreomsorgen/",
        title="Resultatet av dialogen om äldreomsorgen är klart", kind="summary", news=True,
        published="2023-10-02", modified="2023-10-02", crumbs=NEWS,
        date_top="2 oktober 2023, kl. 09:15 - Omsorg &amp; stöd",
        preamble="I våras bjöd kommunen in äldre och anhöriga att tycka till om äldreomsorgen. Fler än 400 svarade på enkäten och omkring 60 personer kom till dialogmötena.",
        body=(
            '<p class="normal">Dialogmötena hölls på Kulturhuset i Täby centrum och på träffpunkten i Näsbypark. Svaren från enkäten och anteckningarna från mötena har nu sammanställts.</p>'
            '<h2 class="subheading">Det här var viktigast</h2>'
            '<p class="normal">Flest lyfte möjligheten att själv välja utförare och att få information som är lätt att förstå. Många skrev också att de vill träffa samma personal vid varje besök.</p>'
            '<h2 class="subheading">Förslag från dialogmötena</h2>'
            '<p class="normal">Deltagarna föreslog att kommunen ska ta fram en enkel broschyr om vad man kan få hjälp med, införa en fast kontaktperson i hemtjänsten '
            'och utöka antalet platser i dagverksamhet för personer med demenssjukdom.</p>'
            '<p class="normal">Andra önskemål gällde seniorgympa utomhus på sommaren och att anhöriga ska få möjlighet att träffa varandra i anhöriggrupper.</p>'
            '<h2 class="subheading">Vad händer nu?</h2>'
            '<p class="normal">Resultatet har presenterats för socialnämnden. Förvaltningen har fått i uppdrag att ta fram broschyren och utreda hur en fast kontaktperson kan införas under 2024.</p>'
        ),
        image=("Två äldre personer läser en broschyr", "Foto: Täby kommun"),
    ),
    Page(
        path="/nyheter/2025/februari/brukarundersokning-inom-lss/",
        title="Brukarundersökning inom LSS – din röst är viktig", kind="invitation", news=True,
        published="2025-02-11", modified="2025-02-11", crumbs=NEWS,
        date_top="11 februari 2025, kl. 08:30 - Omsorg &amp; stöd",
        preamble="Har du bostad med särskild service eller daglig verksamhet enligt LSS? Mellan 17 februari och 14 mars kan du svara på frågor om hur du har det.",
        body=(
            '<p class="normal">Undersökningen genomförs i hela landet och görs med stöd av bilder, så att fler ska kunna svara själva. '
            'Personal kan hjälpa till att läsa frågorna men ska inte svara åt dig.</p>'
            '<p class="normal">Svaren är anonyma. Resultatet används för att förbättra verksamheterna och redovisas på kommunens webbplats i juni.</p>'
            '<p class="normal">Frågor om undersökningen: Amir Haddad, kvalitetsutvecklare, 08-555 596 77, amir.haddad@taby.se</p>'
        ),
    ),
]


def sites():
    return [(SITE, PAGES)]

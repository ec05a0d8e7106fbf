from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.dialogue import classify_dialogue, find_published
from pipeline.extract.reference import find_municipalities, publisher_from_url
from pipeline.nlp import load_nlp
from pipeline.types import InputDoc


def test_publisher_domains():
    assert publisher_from_url("https://www.nordmaling.se/nyheter/x").municipality_code == "2401"
    assert publisher_from_url("https://pitea.mynewsdesk.com/pressreleases/x").municipality_code == "2581"
    assert publisher_from_url("https://kommun.falkenberg.se/").municipality_code == "1382"
    assert publisher_from_url("https://www.herjedalen.se/").municipality_code == "2361"
    regional = publisher_from_url("https://www.storsthlm.se/artikel")
    assert regional.municipality_code is None and regional.county_code == "01" and regional.kind == "region"
    assert publisher_from_url(None).municipality_code is None


def test_municipality_variants_in_text():
    t = "Luleå kommun bjöd in. Många Luleåbor kom, och Skellefteås politiker var med. Region Skåne deltog."
    codes = [m.code for m in find_municipalities(t)]
    assert codes == ["2580", "2580", "2482"]
    assert find_municipalities("Vi ska vara med.") == []
    assert [m.code for m in find_municipalities("Dialogen hölls i Vara kommun.")] == ["1470"]
    assert find_municipalities("deltagare från hela Stockholms län") == []


def test_published_sources():
    assert find_published("Artikeln publicerades 4 maj 2023\n\nText.") == "2023-05-04"
    assert find_published("Nyheter / 7 februari 2022\n\nText om dialogen.") == "2022-02-07"
    assert find_published("Motion\n\n2020-01-15\n\nVi yrkar …") == "2020-01-15"
    # a year in running text dates an event, not the page (annotators leave such pages undated)
    assert find_published("Under 2018 hölls tre möten. Nästa plan gäller från 2020.") is None
    assert find_published("Rådets träffar våren 2022\n\nVi ses i stadshusets sal B.") is None
    assert find_published("Parken byggdes 2015 och fick nya gungor förra veckan.") is None
    assert find_published("Ingen datering här.") is None
    assert find_published("Rådslag i Aula Nova\n\nOktober 2019\n\nSalen var full.") == "2019-10"
    # a count is no year, and a page naming two years gives no single publication year
    assert find_published("Enkäten besvarades av omkring 2000 unga.") is None
    assert find_published("Under 2020 minskade svaren. År 2021 ökade de igen.") is None
    assert find_published("Text", "2021-03-04T10:00:00Z") == "2021-03-04"


@pytest.mark.parametrize("text, expected", [
    ("Debatt · mars 2021\n\nVi som bor i Åby vill ha en gångbro.", "2021-03"),
    ("Text om dialogen.\n\nTorsby i mars 2021", "2021-03"),
    ("Nyheter\n\nPublicerat 3 februari, 2020\n\nUngdomsrådet träffades.", "2020-02-03"),
    ("Publicerad april 2018\n\nPensionärsrådet samlades.", "2018-04"),
    # the meeting's "Datum:" yields to the page's own "Publicerad"
    ("Datum: 2024-03-12, kl. 13.00\n\nRådet diskuterade bussar.\n\nPublicerad den 22 mars 2024", "2024-03-22"),
    ("Vi ses i januari 2026 på biblioteket för att prata om parken och torget.", None),
    # press platforms put the month first, in Swedish or English abbreviations
    ("Pressmeddelande   •   Okt 03, 2019 09:15 CEST\n\nEleverna lämnade sina förslag.", "2019-10-03"),
    ("HUDIKSVALL · Published feb 8, 2021 at 10:02\n\nRådet samlades.\n\nMöte 12 mars 2021", "2021-02-08"),
    # a heading line opening with its date, among the first lines; not a date deep in the text
    ("2019-05-14 Nya idéer för torget i Ösby\n\nDrygt trettio kom till mötet.", "2019-05-14"),
    ("Torget\n\nEtt\n\nTvå\n\nTre\n\nFyra\n\n2019-05-14 Protokoll från mötet om torget, parken och de nya "
     "busslinjerna i Ösby", None),
])
def test_published_from_bylines(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tack för medborgardialogen i tisdags! Invånarna hade många idéer.", "medborgardialog"),
    ("Resultatet av brukarundersökningen i hemtjänsten visar att brukarna är nöjda.", "brukardialog"),
    ("Medarbetarna från olika delar av förvaltningen deltog i en workshop.", "medarbetardialog"),
    ("Vi yrkar att fullmäktige beslutar. Motionen lämnades av partiet.", "politiskt_initiativ"),
    ("Rådet brukar träffas fyra gånger per år. Kommande möten annonseras här.", "aterkommande_forum"),
    ("Sophämtningen ändras under julen.", "annat"),
])
def test_dialogue_types(text, expected):
    assert classify_dialogue(text).dialogue_type == expected


@pytest.mark.parametrize("text,council", [
    ("Tillgänglighetsrådet höll sitt höstmöte i stadshuset och gick igenom bussarnas ramper.", True),
    ("Ungdomstinget samlade elever från alla högstadieskolor i kommunen.", True),
    ("Ungdomsfullmäktige i Tallby höll workshop om trygghet på skolvägen.", True),
    ("Kommunalrådet Eva Lindgren invigde den nya lekplatsen vid torget.", False),
])
def test_a_standing_council_named_in_the_text_is_a_recurring_forum_cue(text, council):
    """A named council or assembly counts towards a recurring forum; a politician's title does not."""
    assert (classify_dialogue(text).scores.get("aterkommande_forum", 0) > 0) is council


def test_regional_publisher_uses_named_municipality():
    nlp = load_nlp(prefer_trained=False)
    ex = extract(InputDoc(id="r", url="https://www.storsthlm.se/a",
                          text="Storsthlm och Botkyrka kommun arrangerade en dialog för kommunerna i länet."), nlp)
    assert ex.municipality_codes == ["0127"] and ex.county_codes == ["01"]
    assert ex.dialogue_type == "regional_dialog"


def test_publisher_and_mentioned_from_text():
    nlp = load_nlp(prefer_trained=False)
    text = ("Alliansen i Kiruna har lämnat en motion. Kiruna kommun bör göra som Gällivare kommun, "
            "där invånarna i Gällivare fått en ny mötesplats.\n\nVi yrkar\n\natt Kiruna kommun inrättar en mötesplats")
    ex = extract(InputDoc(id="m", text=text), nlp)
    assert ex.municipality_codes == ["2584"] and ex.mentioned_municipality_codes == ["2523"]
    assert ex.dialogue_type == "politiskt_initiativ"


def test_published_from_an_archive_crumb_or_a_year_month_and_never_from_an_event_line():
    assert find_published("Du är här: PRO Tallby / Nyheter / 2021 / Mars\n\nÅrsmötet hölls.") == "2021-03"
    assert find_published("Publicerad: 2019-04\n\nInsändare om bussarna.") == "2019-04"
    # a meeting's time span and the next meeting are the event's dates, not the page's
    assert find_published("Dialogkväll om parken\n\nTorsdag 9 mars 2023 klockan 18–20\n\nVälkommen!") is None
    assert find_published("Rådet möttes.\n\nNästa möte hålls den 4 maj 2022.") is None
    assert find_published("Rådet möttes.\n\n2022-05-04 18:12\n\nText.") == "2022-05-04"


def test_a_local_site_names_its_town_in_its_host_and_a_district_names_its_city():
    from pipeline.extract.reference import municipality_in_host

    assert municipality_in_host("https://www.lysekilsposten.se/nyheter/1") == "1484"
    assert municipality_in_host("https://dagensvimmerby.se/a") == "0884"
    assert municipality_in_host("https://www.stockholmslan.example.se/") is None  # a county body
    assert municipality_in_host("https://www.aftonbladet.se/") is None
    nlp = load_nlp(prefer_trained=False)
    paper = extract(InputDoc(id="p", url="https://www.lysekilsposten.se/n",
                             text="Bänken vid hållplatsen kommer tillbaka efter protesterna."), nlp)
    assert paper.municipality_codes == ["1484"]
    council = extract(InputDoc(id="d", url="https://docs.example.org/x",
                               text="Pensionärsrådet i Hägersten-Liljeholmen träffades i januari."), nlp)
    assert council.municipality_codes == ["0180"]


def test_published_from_a_date_glued_to_the_lead_or_an_english_byline():
    assert find_published("Nya bänkar vid stationen\n\n2024-02-11+ Bolaget har ändrat sig.") == "2024-02-11"
    assert find_published("Svar om hemtjänsten\n\n2022-10-04. Replik. Vi ser saken annorlunda.") == "2022-10-04"
    assert find_published("Trygghetsdialog vid torget\n\nPublicerad 9 March 2021 14:40\n\nText.") == "2021-03-09"
    # a time of day after the date is still an event line, not a lead
    assert find_published("Dialogkväll\n\n2023-03-09 kl. 18–20 i biblioteket\n\nVälkommen!") is None

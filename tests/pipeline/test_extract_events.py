from __future__ import annotations

from datetime import date

from pipeline.extract.dates import find_dates
from pipeline.extract.events import find_counts, find_place


def test_dates_without_year_resolve_against_publication():
    assert find_dates("Den 12 oktober träffades gruppen.", date(2023, 11, 2))[0].value == "2023-10-12"
    assert find_dates("Välkommen den 14 januari.", date(2023, 12, 10))[0].value == "2024-01-14"
    assert find_dates("Under april och maj hölls möten.", date(2025, 6, 1))[0].value == "2025-04"
    assert find_dates("Mötet 2022-09-07 i stadshuset.")[0].value == "2022-09-07"
    assert find_dates("Möten hösten 2021.")[0].value == "2021"


def test_counts_with_qualifiers_and_words():
    def one(t):
        (c,) = find_counts(t)
        return c.count, c.qualifier

    assert one("Drygt 30 personer kom.") == (30, "drygt")
    assert one("ett 60-tal deltagare") == (60, "cirka")
    assert one("Över 150 invånare svarade.") == (150, "över")
    assert one("omkring trettio medarbetare") == (30, "omkring")
    assert one("tjugo föräldrar") == (20, None)
    assert one("ett fyrtiotal seniorer") == (40, "cirka")
    assert one("fler än 1 200 elever") == (1200, "över")
    assert find_counts("barn mellan 6 och 12 år") == []
    assert find_counts("drygt 5 000 besök på sidan") == []
    # members, guests, compounds, definite plurals and "-talet"
    assert one("Ett 40-tal medlemmar i föreningen kom till träffen.") == (40, "cirka")
    assert one("I bygdegården samlades drygt 30-talet invånare.") == (30, "drygt")
    assert one("Närvarande: 41 ungdomsfullmäktigeledamöter") == (41, None)
    assert one("Bland de 600 besökarna fanns många familjer.") == (600, None)
    assert one("I samtalen deltog omkring 45 privatpersoner från orten.") == (45, "omkring")
    # a range's upper end is no second count; a count after "och" is
    assert [c.count for c in find_counts("mellan 15 och 20 personer")] == []
    assert [c.count for c in find_counts("15–20 personer")] == []
    assert [c.count for c in find_counts("fem föreningar och omkring 70 brukare")] == [70]


def test_participant_kind():
    (c,) = find_counts("Ett tjugotal medarbetare deltog.")
    assert c.kind == "medarbetare"


def test_the_participants_are_not_the_politicians_who_met_them():
    from pipeline.extract import extract
    from pipeline.types import InputDoc

    text = "Ungdomsdialog i Vallby\n\nKvällen samlade 12 politiker och 80 elever från högstadiet, som fick ställa frågor om trygghet."
    (ev,) = extract(InputDoc(id="t", text=text), nlp=_nlp()).events
    assert (ev.count, ev.participant_kinds) == (80, ["invånare"])


def _nlp():
    from pipeline.nlp import load_nlp

    return load_nlp()


def test_places():
    assert find_place("Vi träffades i Folkets hus i Mora.", set())[0] == "Folkets hus i Mora"
    assert find_place("Mötet hölls i Kulturhusets lokaler på Storgatan 12.", set())[0] == "Kulturhuset, Storgatan 12"
    assert find_place("Många bor i Kalix.", {"Kalix"}) is None


def test_inhabitants_named_by_place_are_counted():
    (c,) = find_counts("Ett femtiotal Luleåbor deltog i samrådet.")
    assert (c.count, c.qualifier) == (50, "cirka")


def test_a_total_beside_its_parts_wins():
    from pipeline.extract import extract
    from pipeline.types import InputDoc

    text = ("Dialogkväll om parken\n\nEtt 40-tal boende och ett tiotal tjänstemän, totalt omkring 50 "
            "personer, träffades i Medborgarhuset den 3 maj 2023.")
    ex = extract(InputDoc(id="t", text=text, title="Dialogkväll om parken"))
    assert [(e.count, e.qualifier) for e in ex.events] == [(50, "omkring")]


def test_one_meeting_per_place_when_each_count_has_its_own():
    from pipeline.extract import extract
    from pipeline.types import InputDoc

    text = ("Trygghetsdialoger i Ånge\n\nKommunen och polisen bjöd in till två dialogmöten i mars 2024. "
            "Ett 25-tal personer kom till Fränsta och ett 15-tal till Ljungaverk.")
    ex = extract(InputDoc(id="t", text=text, title="Trygghetsdialoger i Ånge"))
    assert [(e.place, e.count) for e in ex.events] == [("Fränsta", 25), ("Ljungaverk", 15)]


def test_counts_with_adjectives_headers_and_years():
    def counts(t):
        return [(c.count, c.qualifier) for c in find_counts(t)]

    assert counts("Ett drygt 40-tal nyfikna grannar kom till mötet.") == [(40, "drygt")]
    assert counts("Ett 70-tal engagerade invånare fyllde salen.") == [(70, "cirka")]
    assert counts("Närmare 300 deltagande Falubor lämnade synpunkter.") == [(300, "närmare")]
    assert counts("Hela 60 bybor kom till skolan.") == [(60, None)]
    assert counts("Plats: Bygdegården Deltagare: 23 Mötesledare: kommunens utvecklare") == [(23, None)]
    assert counts("Antal deltagare: ca 35") == [(35, "cirka")]
    assert counts("Deltagare: 2023-04-11") == []
    # a year before a verb is no count; a year-like number with a qualifier is
    assert counts("Under våren 2022 svarade elever på enkäten.") == []
    assert counts("Dialogen nådde omkring 1900 äldre invånare.") == [(1900, "omkring")]
    # the noun left out, the clause says who came; a bare "12 kom" is a week or a date
    assert counts("Av de drygt 60 som deltog skrev hälften en lapp.") == [(60, "drygt")]
    assert counts("Ett 30-tal kom trots snöovädret.") == [(30, "cirka")]
    assert counts("Vecka 12 kom svaren från förvaltningen.") == []
    assert counts("Omkring 25 föreningsrepresentanter satt i fyra grupper.") == [(25, "omkring")]


def test_a_stated_total_wins_over_an_earlier_count():
    from pipeline.extract import extract
    from pipeline.types import InputDoc

    text = ("Brukardialog om daglig verksamhet\n\nI varje grupp satt sex brukare och en samtalsledare. "
            "Samtalen hölls i Kulturhuset i oktober 2024.\n\nSammanlagt deltog 38 personer under de två dagarna.")
    ex = extract(InputDoc(id="t", text=text, title="Brukardialog om daglig verksamhet"))
    assert [e.count for e in ex.events] == [38]


def test_a_count_only_a_quote_gives_is_used():
    from pipeline.extract import extract
    from pipeline.types import InputDoc

    text = ("Ungdomscoacherna har rest runt i kommunen\n\n"
            "– Vi har träffat ungefär 90 ungdomar på skolor och fritidsgårdar i höst, säger en av coacherna.\n\n"
            "Många vill ha fler sommarjobb och bättre busstider.")
    ex = extract(InputDoc(id="t", text=text, title="Ungdomscoacherna har rest runt i kommunen"))
    assert [(e.count, e.qualifier) for e in ex.events] == [(90, "ungefär")]

"""AppTest for every page and filter on the fixture database: real figures, no exception."""
from __future__ import annotations

import pandas as pd
from conftest import run_ok


# AppTest does not expose a plain st.dataframe's key: find each table by a column only it has.
TABLE_COLUMN = {
    "jamfor_tabell": "Kommunens förslag",
    "malgrupper_tabell": "Målgruppens förslag",
    "malgrupper_kommuner": "Kommun",
    "trender_tabell": "Periodens förslag",
    "ladda_ner_tabeller": "Rader",
    "kallor_tackning": "Dagar efter senaste",
    "kallor_fel": "Fel",
}


def df_by_key(at, key: str) -> pd.DataFrame:
    for d in at.dataframe:
        if TABLE_COLUMN[key] in d.value.columns:
            return d.value
    raise AssertionError(f"no table {key}; have {[list(d.value.columns) for d in at.dataframe]}")


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def cell(df: pd.DataFrame, **where: str) -> pd.Series:
    mask = pd.Series(True, index=df.index)
    for col, val in where.items():
        mask &= df[col] == val
    rows = df[mask]
    assert len(rows) == 1, f"{where}: {len(rows)} rows in\n{df}"
    return rows.iloc[0]


# --- Översikt ------------------------------------------------------------------------------


def test_sidebar_widgets_on_the_start_page(app):
    assert app.toggle(key="visa_omaskerat").value is False  # redacted by default (settings)
    assert app.number_input(key="min_dokument").value == 3  # dashboard.min_documents


def test_oversikt_shows_corpus_coverage_crawl_and_quality(page):
    at = page("oversikt")
    m = metrics(at)
    assert m["Dokument"] == "14"
    assert m["Förslag"] == "20"
    assert m["Teman"] == "5"
    assert m["Kommuner med dokument"] == "6 av 290"
    assert m["Län med dokument"] == "3 av 21"
    assert m["Senaste hämtning"] == "2026-11-20"
    assert m["Publicerat"] == "2019–2025"
    runs = at.dataframe[0].value
    assert set(runs["Steg"]) == {"Inläsning", "Analys", "Teman"}
    quality = at.dataframe[1].value
    assert cell(quality, Mått="coherence_npmi")["Värde"] == "0,137"
    assert cell(quality, Mått="mode")["Värde"] == "taxonomy_assignment"
    assert any("saknar publiceringsdatum" in c.value for c in at.caption)  # the undated Lund document
    assert any("hamnade 74 % i ett godtagbart tema" in c.value and "539 förslag" in c.value for c in at.caption)
    at.radio(key="oversikt_period").set_value("kvartal")
    run_ok(at)


# --- Jämför kommuner -----------------------------------------------------------------------


def test_jamfor_shares_with_counts_and_few_documents(page):
    at = page("jamfor")
    t = df_by_key(at, "jamfor_tabell")
    umea = cell(t, Kommun="Umeå kommun", Tema="Mötesplatser och aktiviteter")
    assert (umea["Förslag"], umea["Kommunens förslag"], umea["Kommunens dokument"]) == (3, 7, 4)
    assert umea["Andel"] == "43\u00a0%"
    # Lund rests on one document, Vännäs on two: shares hidden.
    assert cell(t, Kommun="Lunds kommun", Tema="Mötesplatser och aktiviteter")["Andel"] == "få underlag"
    assert set(t.loc[t["Kommun"] == "Vännäs kommun", "Andel"]) == {"få underlag"}
    assert len(at.get("plotly_chart")) == 1  # the heatmap
    assert len(at.get("vega_lite_chart")) == 1  # the map


def test_jamfor_county_and_target_group_filters(page):
    at = page("jamfor")
    at.multiselect(key="jamfor_lan").set_value(["24"])
    run_ok(at)
    t = df_by_key(at, "jamfor_tabell")
    assert set(t["Kommun"]) == {"Umeå kommun", "Nordmalings kommun", "Vännäs kommun"}
    at.selectbox(key="jamfor_malgrupp").set_value("aldre")
    run_ok(at)
    t = df_by_key(at, "jamfor_tabell")
    dig = cell(t, Kommun="Umeå kommun", Tema="Digitalisering")
    assert (dig["Förslag"], dig["Kommunens förslag"], dig["Kommunens dokument"]) == (2, 3, 2)
    assert dig["Andel"] == "få underlag"  # 2 documents < 3
    at.number_input(key="min_dokument").set_value(2)  # the sidebar, from app.py
    run_ok(at)
    assert cell(df_by_key(at, "jamfor_tabell"), Kommun="Umeå kommun", Tema="Digitalisering")["Andel"] == "67\u00a0%"


def test_jamfor_map_theme_choice_and_point_fallback(page, monkeypatch, tmp_path):
    at = page("jamfor")
    at.selectbox(key="jamfor_karttema").set_value("boende")
    run_ok(at)
    assert any("Kommungränser" in c.value or "mittpunkter" in c.value for c in at.caption)
    monkeypatch.setenv("DIALOGKARTAN_GEOJSON", str(tmp_path / "saknas.geojson"))
    run_ok(at)
    assert any("mittpunkter" in c.value for c in at.caption)


# --- Målgrupper ----------------------------------------------------------------------------


def test_malgrupper_target_group_by_theme_and_municipality(page):
    at = page("malgrupper")
    t = df_by_key(at, "malgrupper_tabell")
    aldre = cell(t, Målgrupp="Äldre", Tema="Digitalisering")
    # Äldre: 5 proposals from 4 documents (Umeå ×3, Nordmaling, Vännäs); 2 on digitalisering.
    assert (aldre["Förslag"], aldre["Målgruppens förslag"], aldre["Andel"]) == (2, 5, "40\u00a0%")
    fun = cell(t, Målgrupp="Funktionsnedsättning", Tema="Boende")
    assert fun["Andel"] == "få underlag"  # one document
    per_muni = df_by_key(at, "malgrupper_kommuner")
    # Umeå, barn och unga: the proposals the extraction gave that group (mötesplats, fritidsgården,
    # the HTML one) in 2 documents; the belysning proposal names no group and is not counted.
    assert cell(per_muni, Kommun="Umeå kommun")["Barn och unga"] == "3 (2)"
    at.multiselect(key="malgrupper_lan").set_value(["03"])
    run_ok(at)
    assert set(df_by_key(at, "malgrupper_kommuner")["Kommun"]) == {"Uppsala kommun", "Enköpings kommun"}


# --- Trender -------------------------------------------------------------------------------


def test_trender_by_year_quarter_and_county(page):
    at = page("trender")
    t = df_by_key(at, "trender_tabell")
    y2024 = cell(t, Period="2024", Tema="Mötesplatser och aktiviteter")
    assert (y2024["Förslag"], y2024["Periodens förslag"], y2024["Periodens dokument"]) == (3, 4, 3)
    assert y2024["Andel"] == "75\u00a0%"
    assert {"2019", "2025"} <= set(t["Period"])
    at.radio(key="trender_period").set_value("kvartal")
    run_ok(at)
    t = df_by_key(at, "trender_tabell")
    assert "2024-K3" in set(t["Period"])
    assert cell(t, Period="2024-K3", Tema="Mötesplatser och aktiviteter")["Andel"] == "få underlag"
    at.multiselect(key="trender_lan").set_value(["24"])
    run_ok(at)
    assert "2019" not in set(df_by_key(at, "trender_tabell")["Period"])  # Uppsala's 2019 is gone


# --- Förslag -------------------------------------------------------------------------------


def _results(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith(("**«", "Flera", "Karin", "\\["))
            or "**«" in m.value]


def test_forslag_lists_quotes_in_sentence_with_source_and_fetch_date(page):
    at = page("forslag")
    assert any(m.value.startswith("**20 förslag**") for m in at.markdown)
    quotes = _results(at)
    assert len(quotes) == 20
    assert "Flera deltagare föreslog **«en ny mötesplats för unga i centrumhuset»**\\." in quotes
    captions = [c.value for c in at.caption]
    assert any("[Källa](https://www.umea.se/dialog/01)" in c and "Hämtad 2026-11-20" in c for c in captions)
    # Each theme says how sure the classifier was (0.7 in the fixture), in Swedish notation.
    assert any("Tema: " in c and "säkerhet 0,70" in c for c in captions), captions[:2]


def test_forslag_redacts_pii_by_default_and_researcher_toggle_shows_it(page):
    at = page("forslag")
    text = "\n".join(_results(at))
    assert "Karin" not in text and "Blomqvist" not in text
    assert "\\[namn\\] föreslog att biblioteket" in text
    at.toggle(key="visa_omaskerat").set_value(True)
    run_ok(at)
    assert "Karin Blomqvist föreslog att biblioteket" in "\n".join(_results(at))


def test_forslag_page_text_is_escaped_never_html(page):
    at = page("forslag")
    text = "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)
    assert "\\<script\\>alert\\(1\\)\\</script\\>" in text
    assert "\\<b\\>gratis\\</b\\>" in text
    assert "<script>" not in text and "<b>" not in text and "<i>" not in text
    assert "Ungdomsdialog \\<i\\>2024\\</i\\>" in text  # the title, escaped


def test_forslag_search_on_swedish_stems_and_filters(page):
    at = page("forslag")
    at.text_input(key="forslag_sok").set_value("belysningen")  # stem: belysning
    run_ok(at)
    quotes = _results(at)
    assert len(quotes) == 2 and all("belysning" in q for q in quotes)
    at.text_input(key="forslag_sok").set_value("")
    at.multiselect(key="forslag_kommun").set_value(["0380"])
    run_ok(at)
    assert len(_results(at)) == 5
    at.multiselect(key="forslag_kommun").set_value([])
    at.multiselect(key="forslag_tema").set_value(["boende"])
    run_ok(at)
    assert len(_results(at)) == 3
    at.multiselect(key="forslag_tema").set_value([])
    at.multiselect(key="forslag_typ").set_value(["behov"])
    run_ok(at)
    assert len(_results(at)) == 4
    at.multiselect(key="forslag_typ").set_value([])
    at.multiselect(key="forslag_malgrupp").set_value(["funktionsnedsattning"])
    run_ok(at)
    assert len(_results(at)) == 2
    at.multiselect(key="forslag_malgrupp").set_value([])
    at.slider(key="forslag_ar").set_value((2024, 2025))
    run_ok(at)
    assert len(_results(at)) == 5
    at.text_input(key="forslag_sok").set_value("zzzfinnsinte")
    run_ok(at)
    assert any("Inga förslag matchar" in i.value for i in at.info)


# --- Ladda ner -----------------------------------------------------------------------------


def test_ladda_ner_offers_three_formats_redacted_by_default(page):
    at = page("ladda_ner")
    buttons = at.get("download_button")
    assert len(buttons) == 3
    assert any("maskerade" in i.value for i in at.info)
    counts = df_by_key(at, "ladda_ner_tabeller")
    assert cell(counts, Tabell="forslag_per_tema")["Rader"] == "20"
    at.toggle(key="visa_omaskerat").set_value(True)
    run_ok(at)
    assert any("Omaskerad" in w.value for w in at.warning)


# --- Källor --------------------------------------------------------------------------------


def test_kallor_coverage_freshness_and_failures(page):
    at = page("kallor")
    m = metrics(at)
    assert (m["Källor"], m["Hämtningar"], m["Misslyckade hämtningar"]) == ("6", "17", "2")
    cov = df_by_key(at, "kallor_tackning")
    umea = cell(cov, Källa="Umeå kommun")
    assert (umea["Dokument"], umea["Ej relevanta"], umea["Senast hämtad"]) == (4, 1, "2026-11-20")
    fails = df_by_key(at, "kallor_fel")
    assert set(fails["Adress"]) == {"https://www.nordmaling.se/gammal-dialogsida",
                                     "https://www.vannas.se/dokument/dialog-2019.pdf"}
    assert cell(fails, Källa="Nordmalings kommun")["Status"] == "404"
    at.multiselect(key="kallor_kalla").set_value(["vannas"])
    run_ok(at)
    fails = df_by_key(at, "kallor_fel")
    assert list(fails["Status"]) == ["–"] and "TimeoutError" in fails["Fel"].iloc[0]

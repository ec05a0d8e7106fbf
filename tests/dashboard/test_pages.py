"""AppTest for every page and every filter on the fixture database, against figures computed by
hand from tests/dashboard/fixture_db.py (22 proposals in 15 documents; the numbers in comments)."""
from __future__ import annotations

import json

import pandas as pd
from conftest import run_ok

# AppTest does not expose a plain st.dataframe's key: find each table by a column only it has.
TABLE_COLUMN = {
    "jamfor_tabell": "Kommunens förslag",
    "malgrupper_tabell": "Målgruppens förslag",
    "malgrupper_kommuner": "Kommun",
    "trender_tabell": "Periodens förslag",
    "dialoger_tabell": "Arrangör",
    "teman_kommuner": "Jämfört med hela materialet",
    "teman_malgrupper": "Jämfört med alla",
    "aterkommande_tabell": "Kommunnamn",
    "ladda_ner_tabeller": "Rader",
    "kallor_tackning": "Dagar efter senaste",
    "kallor_fel": "Fel",
}
NB = "\u00a0"


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


def captions(at) -> str:
    return "\n".join(c.value for c in at.caption)


def plotly(at, n: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[n].proto.spec)


def open_with_url(app, page: str, **params: str):
    """The page opened from a shared link: its query parameters set before the first run."""
    app.switch_page(f"views/{page}.py")
    for k, v in params.items():
        app.query_params[k] = v
    return run_ok(app)


# --- Översikt ------------------------------------------------------------------------------


def test_sidebar_widgets_on_the_start_page(app):
    assert app.toggle(key="visa_omaskerat").value is False  # redacted by default (settings)
    assert app.number_input(key="min_dokument").value == 3  # dashboard.min_documents


def test_oversikt_shows_corpus_coverage_crawl_and_quality_in_swedish(page):
    at = page("oversikt")
    m = metrics(at)
    assert (m["Dokument"], m["Förslag"], m["Teman"]) == ("15", "22", "5")
    assert m["Kommuner med dokument"] == "6 av 290"
    assert m["Län med dokument"] == "3 av 21"
    assert m["Senaste hämtning"] == "2026-11-20"
    assert m["Publicerat"] == "2019–2025"
    runs = at.dataframe[0].value
    assert set(runs["Steg"]) == {"Inläsning", "Analys", "Teman"}
    quality = at.dataframe[1].value
    assert cell(quality, Nyckel="coherence_npmi")["Mått"] == "temats sammanhang (NPMI)"
    assert cell(quality, Nyckel="coherence_npmi")["Värde"] == "0,137"
    assert cell(quality, Nyckel="mode")["Värde"] == "tilldelning till taxonomin"
    assert "saknar publiceringsdatum" in captions(at)  # the undated Lund document
    assert "hamnade 74 % i ett godtagbart tema" in captions(at) and "539 förslag" in captions(at)
    at.radio(key="oversikt_period").set_value("kvartal")
    run_ok(at)


# --- Jämför kommuner -----------------------------------------------------------------------


def test_jamfor_shares_counts_lift_and_few_documents_shown_with_caveat(page):
    at = page("jamfor")
    t = df_by_key(at, "jamfor_tabell")
    umea = cell(t, Kommun="Umeå kommun", Tema="Mötesplatser och aktiviteter")
    # Umeå: 3 of its 7 themed proposals (4 documents); the county: 4 of 15; the corpus: 7 of 22.
    assert (umea["Förslag"], umea["Kommunens förslag"], umea["Kommunens dokument"]) == (3, 7, 4)
    assert (umea["Andel"], umea["Andel i länet"], umea["Andel i hela materialet"]) == (f"43{NB}%", f"27{NB}%", f"32{NB}%")
    assert umea["Överrepresentation"] == "×1,6"  # (3/7) / (4/15)
    # Lund rests on one document: the value is shown, with the caveat.
    assert cell(t, Kommun="Lunds kommun", Tema="Mötesplatser och aktiviteter")["Andel"] == f"100{NB}% (få underlag)"
    assert "config/settings.yaml" in captions(at) and "sidofältet" in captions(at)  # få underlag explained
    assert len(at.get("plotly_chart")) == 1 and len(at.get("vega_lite_chart")) == 1
    assert at.toggle(key="jamfor_regional").value is True  # regional dialogues credited by default


def test_jamfor_credits_a_regional_dialogue_to_the_municipalities_its_text_names(page):
    at = page("jamfor")
    t = df_by_key(at, "jamfor_tabell")
    # Region Västerbotten's page names Vännäs (its county) and Uppsala (another county): its one
    # proposal (stöd) counts for Vännäs, labelled, and never for Uppsala.
    vannas = cell(t, Kommun="Vännäs kommun", Tema="Stöd och insatser")
    # Vännäs: its own anhöriga proposal + the region's; base 3 own + 1 = 4 proposals, 2 + 1 documents.
    assert (vannas["Förslag"], vannas["Varav via regional dialog"]) == (2, 1)
    assert (vannas["Kommunens förslag"], vannas["Kommunens dokument"], vannas["Andel"]) == (4, 3, f"50{NB}%")
    # The county's share counts the region's proposal once: stöd 3 of 15 → (2/4) / (3/15).
    assert (vannas["Andel i länet"], vannas["Överrepresentation"]) == (f"20{NB}%", "×2,5")
    assert cell(t, Kommun="Vännäs kommun", Tema="Digitalisering")["Varav via regional dialog"] == 0
    assert "Stöd och insatser" not in set(t.loc[t["Kommun"] == "Uppsala kommun", "Tema"])
    assert set(t.loc[t["Kommun"] == "Uppsala kommun", "Varav via regional dialog"]) == {0}
    assert "Region Västerbotten 1 förslag, varav 1 i dialoger som nämner 1 av länets kommuner" in captions(at)
    assert "† Kommunen har förslag via regional dialog" in captions(at)
    heat = plotly(at)["data"][0]
    row = next(i for i, y in enumerate(heat["y"]) if y.startswith("Vännäs kommun"))
    assert heat["y"][row].endswith("†") and any("1 via regional dialog" in x for x in heat["text"][row])
    # Off: the region counts for no municipality, and the choice is in the URL.
    at.toggle(key="jamfor_regional").set_value(False)
    run_ok(at)
    t = df_by_key(at, "jamfor_tabell")
    vannas = cell(t, Kommun="Vännäs kommun", Tema="Stöd och insatser")
    assert (vannas["Förslag"], vannas["Varav via regional dialog"], vannas["Kommunens förslag"]) == (1, 0, 3)
    assert "De räknas inte för någon kommun" in captions(at)
    assert dict(at.query_params) == {"regional": "0"}


def test_jamfor_regional_choice_from_the_url(app):
    at = open_with_url(app, "jamfor", regional="0")
    assert at.toggle(key="jamfor_regional").value is False
    assert cell(df_by_key(at, "jamfor_tabell"), Kommun="Vännäs kommun", Tema="Stöd och insatser")["Förslag"] == 1
    at.radio(key="jamfor_referens").set_value("alla")
    run_ok(at)
    umea = cell(df_by_key(at, "jamfor_tabell"), Kommun="Umeå kommun", Tema="Mötesplatser och aktiviteter")
    assert umea["Överrepresentation"] == "×1,3"  # (3/7) / (7/22)


def test_jamfor_county_municipality_group_theme_and_period_filters(page):
    at = page("jamfor")
    at.multiselect(key="jamfor_lan").set_value(["24"])
    run_ok(at)
    assert set(df_by_key(at, "jamfor_tabell")["Kommun"]) == {"Umeå kommun", "Nordmalings kommun", "Vännäs kommun"}
    at.selectbox(key="jamfor_malgrupp").set_value("aldre")
    run_ok(at)
    dig = cell(df_by_key(at, "jamfor_tabell"), Kommun="Umeå kommun", Tema="Digitalisering")
    assert (dig["Förslag"], dig["Kommunens förslag"], dig["Kommunens dokument"]) == (2, 3, 2)
    assert dig["Andel"] == f"67{NB}% (få underlag)"  # 2 documents < 3
    at.number_input(key="min_dokument").set_value(2)  # the sidebar, from app.py
    run_ok(at)
    assert cell(df_by_key(at, "jamfor_tabell"), Kommun="Umeå kommun", Tema="Digitalisering")["Andel"] == f"67{NB}%"
    at.button(key="jamfor_aterstall").click()
    run_ok(at)
    assert at.multiselect(key="jamfor_lan").value == [] and at.selectbox(key="jamfor_malgrupp").value == "alla"
    at.multiselect(key="jamfor_kommun").set_value(["2480", "2401"])
    run_ok(at)
    assert set(df_by_key(at, "jamfor_tabell")["Kommun"]) == {"Umeå kommun", "Nordmalings kommun"}
    at.multiselect(key="jamfor_tema").set_value(["boende"])
    run_ok(at)
    t = df_by_key(at, "jamfor_tabell")
    assert list(t["Kommun"]) == ["Nordmalings kommun"] and t["Andel"].iloc[0] == f"25{NB}%"  # 1 of 4
    at.multiselect(key="jamfor_tema").set_value([])
    at.select_slider(key="jamfor_omrade_år").set_value(("2023", "2024"))
    run_ok(at)
    umea = cell(df_by_key(at, "jamfor_tabell"), Kommun="Umeå kommun", Tema="Mötesplatser och aktiviteter")
    assert (umea["Förslag"], umea["Kommunens förslag"]) == (2, 4)  # documents 2 and 3 only


def test_jamfor_filters_live_in_the_url(app):
    at = open_with_url(app, "jamfor", kommun="2480,0380", malgrupp="barn_och_unga", fran="2022")
    assert sorted(at.multiselect(key="jamfor_kommun").value) == ["0380", "2480"]
    t = df_by_key(at, "jamfor_tabell")
    assert set(t["Kommun"]) == {"Umeå kommun", "Uppsala kommun"}
    # Uppsala, barn och unga, from 2022: only the 2024 nattvandrare proposal.
    assert cell(t, Kommun="Uppsala kommun", Tema="Trygghet och våld")["Kommunens förslag"] == 1
    at.multiselect(key="jamfor_lan").set_value(["24"])
    run_ok(at)
    assert dict(at.query_params) == {"kommun": "2480", "malgrupp": "barn_och_unga", "fran": "2022", "lan": "24"}
    at.button(key="jamfor_aterstall").click()
    run_ok(at)
    assert dict(at.query_params) == {}


def test_jamfor_map_opens_on_a_theme_with_data_and_falls_back_to_points(page, monkeypatch, tmp_path):
    at = page("jamfor")
    at.multiselect(key="jamfor_tema").set_value(["boende"])
    run_ok(at)
    assert at.selectbox(key="jamfor_karttema").value == "boende"  # the only theme with data here
    assert "Kommungränser" in captions(at) or "mittpunkter" in captions(at)
    monkeypatch.setenv("DIALOGKARTAN_GEOJSON", str(tmp_path / "saknas.geojson"))
    run_ok(at)
    assert "mittpunkter" in captions(at)


# --- Målgrupper ----------------------------------------------------------------------------


def test_malgrupper_target_group_by_theme_and_municipality(page):
    at = page("malgrupper")
    t = df_by_key(at, "malgrupper_tabell")
    aldre = cell(t, Målgrupp="Äldre", Tema="Digitalisering")
    # Äldre: 5 proposals from 4 documents (Umeå ×3, Nordmaling, Vännäs); 2 on digitalisering.
    assert (aldre["Förslag"], aldre["Målgruppens förslag"], aldre["Andel"]) == (2, 5, f"40{NB}%")
    assert cell(t, Målgrupp="Funktionsnedsättning", Tema="Boende")["Andel"] == f"50{NB}% (få underlag)"
    per_muni = df_by_key(at, "malgrupper_kommuner")
    assert cell(per_muni, Kommun="Umeå kommun")["Barn och unga"] == "3 (2)"
    assert cell(per_muni, Kommun="Vännäs kommun")["Barn och unga"] == "2 (1)"  # not the region's proposal
    plot = plotly(at)
    assert plot["layout"]["xaxis"]["title"]["text"] == "Tema" and plot["layout"]["yaxis"]["title"]["text"] == "Målgrupp"


def test_malgrupper_each_filter(page):
    at = page("malgrupper")
    at.multiselect(key="malgrupper_lan").set_value(["03"])
    run_ok(at)
    assert set(df_by_key(at, "malgrupper_kommuner")["Kommun"]) == {"Uppsala kommun", "Enköpings kommun"}
    at.multiselect(key="malgrupper_kommun").set_value(["0380"])
    run_ok(at)
    assert set(df_by_key(at, "malgrupper_kommuner")["Kommun"]) == {"Uppsala kommun"}
    at.multiselect(key="malgrupper_lan").set_value([])
    at.multiselect(key="malgrupper_kommun").set_value([])
    at.selectbox(key="malgrupper_malgrupp").set_value("aldre")
    run_ok(at)
    assert set(df_by_key(at, "malgrupper_tabell")["Målgrupp"]) == {"Äldre"}
    at.multiselect(key="malgrupper_tema").set_value(["digitalisering"])
    run_ok(at)
    assert list(df_by_key(at, "malgrupper_tabell")["Tema"]) == ["Digitalisering"]
    assert cell(df_by_key(at, "malgrupper_kommuner"), Kommun="Umeå kommun")["Äldre"] == "2 (1)"
    at.multiselect(key="malgrupper_tema").set_value([])
    at.select_slider(key="malgrupper_omrade_år").set_value(("2021", "2022"))
    run_ok(at)
    # Äldre in 2021–2022: Umeå's hemtjänst (stöd) and Nordmaling's trygghetsboenden (boende).
    stod = cell(df_by_key(at, "malgrupper_tabell"), Tema="Stöd och insatser")
    assert (stod["Förslag"], stod["Målgruppens förslag"], stod["Andel"]) == (1, 2, f"50{NB}% (få underlag)")


# --- Trender -------------------------------------------------------------------------------


def test_trender_continuous_axis_defaults_and_table(page):
    at = page("trender")
    # Default themes: the five largest (here all five), largest first; ties by id.
    assert at.multiselect(key="trender_tema").value == [
        "motesplatser_aktiviteter", "trygghet_vald", "digitalisering", "boende", "stod_insatser"]
    t = df_by_key(at, "trender_tabell")
    y2024 = cell(t, Period="2024", Tema="Mötesplatser och aktiviteter")
    assert (y2024["Förslag"], y2024["Periodens förslag"], y2024["Periodens dokument"]) == (3, 4, 3)
    assert y2024["Andel"] == f"75{NB}%"
    plot = plotly(at)
    boende = next(d for d in plot["data"] if d["name"] == "Boende")
    assert boende["x"] == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]
    assert boende["y"][0] == 0.0  # 2019: no boende proposal, drawn as zero
    assert plot["layout"]["yaxis"]["title"]["text"] and plot["layout"]["xaxis"]["title"]["text"] == "År"
    at.radio(key="trender_period").set_value("kvartal")
    run_ok(at)
    boende = next(d for d in plotly(at)["data"] if d["name"] == "Boende")
    assert len(boende["x"]) == 23 and boende["x"][0] == "2019-K3" and boende["x"][-1] == "2025-K1"
    t = df_by_key(at, "trender_tabell")
    assert cell(t, Period="2024-K3", Tema="Mötesplatser och aktiviteter")["Andel"] == f"100{NB}% (få underlag)"


def test_trender_selection_kept_when_filters_change_and_each_filter(page):
    at = page("trender")
    at.multiselect(key="trender_tema").set_value(["boende"])
    run_ok(at)
    at.multiselect(key="trender_lan").set_value(["24"])
    run_ok(at)
    assert at.multiselect(key="trender_tema").value == ["boende"]
    t = df_by_key(at, "trender_tabell")
    assert list(t["Period"]) == ["2022"] and t["Förslag"].iloc[0] == 1  # Nordmaling's trygghetsboenden
    at.multiselect(key="trender_lan").set_value([])
    at.multiselect(key="trender_tema").set_value(["trygghet_vald"])
    at.multiselect(key="trender_kommun").set_value(["0380", "2460"])
    run_ok(at)
    at.radio(key="trender_linjer").set_value("kommun")
    run_ok(at)
    t = df_by_key(at, "trender_tabell")
    # Nattvandrare: Uppsala 2024 (1 of its 1), Vännäs 2025 (1 of its 2).
    assert cell(t, Period="2024", Kommun="Uppsala kommun")["Andel"] == f"100{NB}% (få underlag)"
    assert cell(t, Period="2025", Kommun="Vännäs kommun")["Förslag"] == 1
    at.selectbox(key="trender_malgrupp").set_value("aldre")
    run_ok(at)
    assert any("Inga daterade" in i.value for i in at.info)


def test_trender_default_themes_follow_the_filter_from_the_url(app):
    at = open_with_url(app, "trender", malgrupp="funktionsnedsattning")
    assert at.multiselect(key="trender_tema").value == ["boende", "digitalisering"]


# --- Dialoger ------------------------------------------------------------------------------


def test_dialoger_events_table_timeline_and_proposals(page):
    at = page("dialoger")
    m = metrics(at)
    assert (m["Dialogtillfällen"], m["Deltagare (angivna)"], m["Förslag från dialogerna"]) == ("4", "195", "6")
    t = df_by_key(at, "dialoger_tabell")
    region = cell(t, Arrangör="Region Västerbotten")
    assert (region["Datum"], region["Plats"], region["Deltagare"], region["Kommun"]) == ("2023-05-15", "Vännäs", "drygt 120", "–")
    assert cell(t, Arrangör="Vännäs kommun")["Datum"] == "2023-04"
    assert cell(t, Arrangör="Umeå kommun")["Källa"] == "https://www.umea.se/dialog/01"
    assert len(at.get("plotly_chart")) == 1  # the timeline
    at.selectbox(key="dialoger_val").set_value(0)  # the newest: the region's dialogue day
    run_ok(at)
    assert any("«Fler samtalsgrupper för unga i skolan»" in md.value for md in at.markdown)  # no "- "


def test_dialoger_each_filter(page):
    at = page("dialoger")
    at.multiselect(key="dialoger_kommun").set_value(["2480"])
    run_ok(at)
    assert list(df_by_key(at, "dialoger_tabell")["Plats"]) == ["Ersboda centrumhus"]
    at.multiselect(key="dialoger_kommun").set_value([])
    at.selectbox(key="dialoger_malgrupp").set_value("aldre")
    run_ok(at)
    assert list(df_by_key(at, "dialoger_tabell")["Plats"]) == ["Vännäs bibliotek"]
    at.selectbox(key="dialoger_malgrupp").set_value("alla")
    at.select_slider(key="dialoger_omrade_år").set_value(("2023", "2023"))
    run_ok(at)
    assert set(df_by_key(at, "dialoger_tabell")["Plats"]) == {"Vännäs bibliotek", "Vännäs"}
    at.multiselect(key="dialoger_tema").set_value(["trygghet_vald"])
    run_ok(at)
    assert any("Inga dialogtillfällen" in i.value for i in at.info)
    at.multiselect(key="dialoger_tema").set_value([])
    at.multiselect(key="dialoger_lan").set_value(["03"])
    run_ok(at)
    assert any("Inga dialogtillfällen" in i.value for i in at.info)


# --- Teman ---------------------------------------------------------------------------------


def test_teman_one_theme_description_quotes_strongest_and_trend(page):
    at = page("teman")
    assert at.selectbox(key="teman_tema").value == "motesplatser_aktiviteter"  # the largest
    text = "\n".join(m.value for m in at.markdown)
    assert "Platser och aktiviteter där människor kan träffas" in text
    assert "7 placerade av klassificeraren \\(medelsäkerhet 0,70\\)" in text
    assert "«en ny mötesplats för unga i centrumhuset»" in text and "[Källa](https://www.umea.se/dialog/01)" in text
    assert "Nyckelord: mötesplats, aktivitet" in captions(at)
    muni = df_by_key(at, "teman_kommuner")
    assert list(muni["Kommun"]) == ["Umeå kommun", "Uppsala kommun", "Nordmalings kommun"]  # ≥ 3 documents
    assert list(muni["Jämfört med hela materialet"]) == ["×1,3", "×1,3", "×0,8"]  # 3/7, 2/5, 1/4 vs 7/22
    assert len(at.get("plotly_chart")) == 1
    at.selectbox(key="teman_tema").set_value("trygghet_vald")
    run_ok(at)
    assert "manuell ändring" in "\n".join(m.value for m in at.markdown)
    assert dict(at.query_params)["tema"] == "trygghet_vald"


def test_teman_opens_the_theme_in_the_url(app):
    at = open_with_url(app, "teman", tema="boende")
    assert at.selectbox(key="teman_tema").value == "boende"


def test_teman_filter_bar_county_municipality_group_and_period(page):
    at = page("teman")  # Mötesplatser och aktiviteter, the largest
    at.multiselect(key="teman_lan").set_value(["24"])
    run_ok(at)
    muni = df_by_key(at, "teman_kommuner")
    # Västerbotten with ≥ 3 documents: Umeå 3 of 7, Nordmaling 1 of 4 (Vännäs has 2 documents);
    # against the whole corpus under the same filter, 7 of 22.
    assert list(muni["Kommun"]) == ["Umeå kommun", "Nordmalings kommun"]
    assert list(muni["Jämfört med hela materialet"]) == ["×1,3", "×0,8"]
    quotes = "\n".join(m.value for m in at.markdown)
    assert "[Källa](https://www.umea.se/dialog/01)" in quotes and "uppsala" not in quotes
    at.multiselect(key="teman_lan").set_value([])
    at.multiselect(key="teman_kommun").set_value(["0380"])
    run_ok(at)
    # No stored quote of the theme is Uppsala's: its own proposals, most typical first.
    quotes = [m.value for m in at.markdown if m.value.startswith("> «")]
    assert len(quotes) == 2 and all("https://www.uppsala.se/dialog/10" in q for q in quotes)
    assert any("lekplats i Gottsunda" in q for q in quotes) and any("parkbänkar" in q for q in quotes)
    assert list(df_by_key(at, "teman_kommuner")["Kommun"]) == ["Uppsala kommun"]  # 2 of its 5
    at.multiselect(key="teman_kommun").set_value([])
    at.selectbox(key="teman_malgrupp").set_value("barn_och_unga")
    run_ok(at)
    tg = df_by_key(at, "teman_malgrupper")
    # Barn och unga: 4 of its 9 themed proposals are about mötesplatser.
    assert list(tg["Målgrupp"]) == ["Barn och unga"]
    assert (tg["Förslag"].iloc[0], tg["Andel av målgruppens förslag"].iloc[0]) == (4, f"44{NB}%")
    at.selectbox(key="teman_malgrupp").set_value("alla")
    at.select_slider(key="teman_omrade_år").set_value(("2022", "2024"))
    run_ok(at)
    trend = plotly(at)["data"][0]
    assert (trend["x"], trend["y"]) == (["2022", "2023", "2024"], [1, 0, 3])  # Umeå 2022; Umeå 2 + Nordmaling 1 in 2024
    at.radio(key="teman_period").set_value("kvartal")
    run_ok(at)
    assert plotly(at)["layout"]["xaxis"]["title"]["text"] == "Kvartal"
    assert dict(at.query_params) == {"tema": "motesplatser_aktiviteter", "period": "kvartal", "fran": "2022-K1",
                                     "till": "2024-K4"}


def test_teman_credits_regional_dialogues_as_jamfor_does(app):
    at = open_with_url(app, "teman", tema="stod_insatser")
    muni = df_by_key(at, "teman_kommuner")
    # Vännäs: its anhöriga proposal + the region's (its text names Vännäs), 2 of 4 from 2 + 1
    # documents; Umeå 1 of 7; against stöd's 3 of 22 in the whole corpus.
    assert list(muni["Kommun"]) == ["Vännäs kommun", "Umeå kommun"]
    assert list(muni["Varav via regional dialog"]) == [1, 0]
    assert list(muni["Jämfört med hela materialet"]) == ["×3,7", "×1,0"]


def test_teman_filters_from_the_url_and_reset(app):
    at = open_with_url(app, "teman", tema="boende", lan="03")
    assert at.selectbox(key="teman_tema").value == "boende" and at.multiselect(key="teman_lan").value == ["03"]
    muni = df_by_key(at, "teman_kommuner")
    # Uppsala 1 of 5 against boende's 3 of 22 (Enköping rests on one document).
    assert list(muni["Kommun"]) == ["Uppsala kommun"] and list(muni["Jämfört med hela materialet"]) == ["×1,5"]
    assert dict(at.query_params) == {"tema": "boende", "lan": "03"}
    at.button(key="teman_aterstall").click()
    run_ok(at)
    assert at.multiselect(key="teman_lan").value == []
    assert dict(at.query_params) == {"tema": "motesplatser_aktiviteter"}


# --- Återkommande förslag ------------------------------------------------------------------


def test_aterkommande_groups_across_municipalities_with_first_and_last(page):
    at = page("aterkommande")
    t = df_by_key(at, "aterkommande_tabell")
    natt = cell(t, **{"Förslag (typiskt)": "fler nattvandrare på helgerna"})
    assert (natt["Kommuner"], natt["Förslag"], natt["Först"], natt["Senast"], natt["År"]) == (2, 2, "2024-11-05", "2025-01-15", 2)
    assert natt["Kommunnamn"] == "Uppsala kommun, Vännäs kommun"
    assert "0,90" in captions(at)  # the measured threshold is stated
    at.slider(key="aterkommande_min").set_value(1)
    at.multiselect(key="aterkommande_lan").set_value(["24"])
    run_ok(at)
    # In Västerbotten only Vännäs raised it once: one proposal does not recur.
    shown = set(df_by_key(at, "aterkommande_tabell")["Förslag (typiskt)"]) if at.dataframe else set()
    assert "fler nattvandrare på helgerna" not in shown
    at.multiselect(key="aterkommande_lan").set_value([])
    at.select_slider(key="aterkommande_omrade_år").set_value(("2024", "2025"))
    run_ok(at)
    natt = cell(df_by_key(at, "aterkommande_tabell"), **{"Förslag (typiskt)": "fler nattvandrare på helgerna"})
    assert (natt["Kommuner"], natt["Förslag"]) == (2, 2)


# --- Förslag -------------------------------------------------------------------------------


def _results(at) -> list[str]:
    return [m.value for m in at.markdown if "**«" in m.value]


def test_forslag_lists_quotes_in_sentence_with_source_status_and_fetch_date(page):
    at = page("forslag")
    assert any(m.value.startswith("**22 förslag**") for m in at.markdown)
    quotes = _results(at)
    assert len(quotes) == 22
    assert "Flera deltagare föreslog **«en ny mötesplats för unga i centrumhuset»**\\." in quotes
    assert "**«Fler samtalsgrupper för unga i skolan»**" in quotes  # the "- " list marker stripped
    caps = [c.value for c in at.caption]
    assert any("[Källa](https://www.umea.se/dialog/01)" in c and "Hämtad 2026-11-20" in c for c in caps)
    assert any("Tema: " in c and "säkerhet 0,70" in c for c in caps), caps[:2]
    assert any("Status: bifallen" in c for c in caps)
    assert any(c.startswith("Region Västerbotten ·") for c in caps)  # the region, not Vännäs
    assert any("Publicerad okänt datum" in c for c in caps)  # Lund's undated page


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
    at.multiselect(key="forslag_kommun").set_value(["2460"])
    run_ok(at)
    assert len(_results(at)) == 3  # Vännäs's own three; the region's is not Vännäs's
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
    assert len(_results(at)) == 6
    at.text_input(key="forslag_sok").set_value("zzzfinnsinte")
    run_ok(at)
    assert any("Inga förslag matchar" in i.value for i in at.info)


# --- Ladda ner -----------------------------------------------------------------------------


def test_ladda_ner_offers_three_formats_redacted_by_default_and_filters(page):
    from dashboard import downloads
    from pipeline.export import ExportFilter

    at = page("ladda_ner")
    assert [b.proto.label for b in at.get("download_button")] == [
        "Ladda ner CSV (zip)", "Ladda ner Excel", "Ladda ner Parquet (zip)"]
    assert any("maskerade" in i.value for i in at.info)
    counts = df_by_key(at, "ladda_ner_tabeller")
    assert (cell(counts, Tabell="forslag")["Rader"], cell(counts, Tabell="dialoger")["Rader"]) == ("22", "4")
    at.multiselect(key="ladda_ner_kommun").set_value(["0380"])
    run_ok(at)
    assert cell(df_by_key(at, "ladda_ner_tabeller"), Tabell="forslag")["Rader"] == "5"
    at.multiselect(key="ladda_ner_kommun").set_value([])
    at.slider(key="ladda_ner_ar").set_value((2023, 2023))
    run_ok(at)
    counts = df_by_key(at, "ladda_ner_tabeller")
    # 2023: Umeå's seniors (2), Vännäs's anhöriga (1), Enköping (1), the region (1).
    assert (cell(counts, Tabell="forslag")["Rader"], cell(counts, Tabell="dialoger")["Rader"]) == ("5", "2")
    names = {downloads.file_name(f, True, ExportFilter(year_from=2023, year_to=2023)) for f in downloads.FORMATS}
    assert names == {"dialogkartan_teman_csv_2023.zip", "dialogkartan_teman_xlsx_2023.xlsx",
                     "dialogkartan_teman_parquet_2023.zip"}
    at.toggle(key="visa_omaskerat").set_value(True)
    run_ok(at)
    assert any("Omaskerad" in w.value for w in at.warning)


# --- Källor --------------------------------------------------------------------------------


def test_kallor_one_row_per_publisher_and_robots_404_is_normal(page):
    at = page("kallor")
    m = metrics(at)
    # 15 document fetches + 2 failures + Umeå's contact page + the newsroom + Lund's robots.txt.
    assert (m["Utgivare"], m["Hämtningar"], m["Misslyckade hämtningar"]) == ("7", "20", "2")
    cov = df_by_key(at, "kallor_tackning")
    umea = cell(cov, Utgivare="Umeå kommun")
    assert umea["Källor"] == "Umeå kommun, Umeå kommun nyhetsrum"
    assert (umea["Hämtningar"], umea["Dokument"], umea["Ej relevanta"], umea["Senast hämtad"]) == (6, 4, 2, "2026-11-20")
    assert cell(cov, Utgivare="Lunds kommun")["Misslyckade"] == 0  # its robots.txt 404
    fails = df_by_key(at, "kallor_fel")
    assert set(fails["Adress"]) == {"https://www.nordmaling.se/gammal-dialogsida",
                                     "https://www.vannas.se/dokument/dialog-2019.pdf"}
    assert cell(fails, Källa="Nordmalings kommun")["Status"] == "404"
    at.multiselect(key="kallor_kalla").set_value(["vannas"])
    run_ok(at)
    fails = df_by_key(at, "kallor_fel")
    assert list(fails["Status"]) == ["–"] and "TimeoutError" in fails["Fel"].iloc[0]

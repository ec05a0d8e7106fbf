"""Översikt: corpus size, coverage, publications over time, last crawl, last runs' quality."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import common, queries
from dashboard.common import date_sv, num

st.title("Översikt")
key = common.page_key()
o = queries.overview(key)

st.caption("Dialogkartan samlar kommunernas sidor om medborgardialoger, brukardialoger och liknande "
           "och tar fram förslag, målgrupper och teman ur texterna.")

c = st.columns(4)
c[0].metric("Dokument", num(o["documents"]), help="Alla hämtade dokument i databasen")
c[1].metric("Relevanta dokument", num(o["relevant"]), help="Dokument som handlar om dialoger")
c[2].metric("Förslag", num(o["proposals"]))
c[3].metric("Teman", num(o["themes"]), help="Teman med minst ett förslag; Övrigt räknas inte.")
c = st.columns(4)
c[0].metric("Kommuner med dokument", f"{num(o['municipalities'])} av {num(o['municipalities_total'])}")
c[1].metric("Län med dokument", f"{num(o['counties'])} av {num(o['counties_total'])}")
c[2].metric("Senaste hämtning", date_sv(o["last_fetch"] or o["last_crawl_finished"]))
c[3].metric("Publicerat", f"{date_sv(o['first_published'])[:4]}–{date_sv(o['last_published'])[:4]}"
            if o["first_published"] is not None else "–")

runs = queries.last_runs(key)
theme_quality = queries.flatten_json(runs.loc[runs["kind"] == "themes", "quality"].iloc[0]) \
    if not runs.empty and (runs["kind"] == "themes").any() else {}
cv = theme_quality.get("classifier.cross_validated.accuracy")
if isinstance(cv, (int, float)):
    # Say how far theme placement can be trusted, where the theme count is shown.
    st.caption(f"Temana sätts av en klassificerare: av märkta förslag som den inte tränats på hamnade "
               f"{round(cv * 100)} % i ett godtagbart tema (korsvalidering på "
               f"{num(theme_quality.get('classifier.cross_validated.examples', 0))} förslag). "
               "Varje förslags säkerhet visas under Förslag.")

st.subheader("Publiceringar över tid")
kind = st.radio("Period", ["år", "kvartal"], horizontal=True, key="oversikt_period",
                format_func=lambda k: "År" if k == "år" else "Kvartal")
pub = queries.publications(key, kind)
if pub.empty:
    st.info("Inga daterade dokument ännu.")
else:
    st.bar_chart(pub.set_index("period")[["dokument", "relevanta"]].rename(
        columns={"dokument": "Dokument", "relevanta": "Relevanta"}), stack=False,
        x_label="År" if kind == "år" else "Kvartal", y_label="Antal dokument")
if o["undated"]:
    st.caption(f"{num(o['undated'])} dokument saknar publiceringsdatum och syns inte i diagrammet.")

st.subheader("Senaste körningarna")
if runs.empty:
    st.info("Inga körningar registrerade.")
else:
    kinds = {"ingest": "Inläsning", "pipeline": "Analys", "themes": "Teman", "reviews": "Granskning",
             "stages": "Alla steg"}  # a `stages` run: every stage of one `dialogkartan run`
    status = {"ok": "klar", "failed": "misslyckades", "running": "pågår"}
    st.dataframe(
        pd.DataFrame({
            "Steg": [kinds.get(k, k) for k in runs["kind"]],
            "Körning": runs["run_id"],
            "Start": [date_sv(v) for v in runs["started_at"]],
            "Status": [status.get(s, s) for s in runs["status"]],
            "Kommentar": runs["notes"].fillna(""),
        }),
        hide_index=True,
    )
    rows = []
    for _, r in runs.iterrows():
        for field, label in (("counts", "antal"), ("quality", "kvalitet")):
            for k, v in queries.flatten_json(r[field]).items():
                rows.append({"Steg": kinds.get(r["kind"], r["kind"]), "Typ": label, "Mått": common.measure_label(k),
                             "Nyckel": k,
                             "Värde": common.VALUE_LABELS.get(v, v) if isinstance(v, str) else (
                                 f"{v:.3f}".rstrip("0").rstrip(".").replace(".", ",") if isinstance(v, float) else str(v))})
    if rows:
        st.markdown("**Kvalitetsmått och antal från senaste körningen av varje steg**")
        st.dataframe(pd.DataFrame(rows), hide_index=True)

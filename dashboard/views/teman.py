"""Teman: one theme at a time — description, keywords, how it was placed, representative quotes
with their sources, where and for whom it is strongest, and its trend."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, filters, queries
from dashboard.common import group_label, lift_text, md_escape, num, pct
from dashboard.redact import as_spans, redact

st.title("Teman")
key = common.page_key()
v = common.view()

tdf = queries.themes(key)
labels = dict(zip(tdf["theme_id"], tdf["label"]))
if not labels:
    st.info("Inga teman ännu: kör `dialogkartan run`.")
    st.stop()
if st.session_state.get("teman_tema") not in labels:
    wanted = st.query_params.get("tema")
    st.session_state["teman_tema"] = wanted if wanted in labels else next(iter(labels))  # largest first
theme = st.selectbox("Tema", list(labels), key="teman_tema",
                     format_func=lambda t: f"{labels[t]} ({num(tdf.set_index('theme_id').loc[t, 'forslag'])} förslag)")
st.query_params["tema"] = theme
# The comparison pages' bar without its theme filter: this page's theme is the one above.
f = filters.bar("teman", key, themes=False)
info = queries.theme_detail(key, theme, f)
row = info["theme"]

ORIGIN = {"taxonomy": "ur taxonomin (config/taxonomy/themes.yaml)", "discovered": "upptäckt i materialet (klustring)",
          "outlier": "förslag utan säkert tema"}
SOURCE = {"taxonomi": "taxonomin", "nyckelord": "temats nyckelord", "manuell": "en manuell ändring (config/theme_overrides.yaml)"}
BY = {"klassificerare": "klassificeraren", "kluster": "klustringen (upptäckt tema)", "övrigt": "utanför taxonomin"}
st.subheader(labels[theme])
if isinstance(row.get("description"), str) and row["description"]:
    st.markdown(md_escape(row["description"]))
kw = row.get("keywords")
kw = [str(k) for k in kw] if kw is not None and len(kw) else []
st.caption("Nyckelord: " + (md_escape(", ".join(kw)) if kw else "–"))
placed = info["placed"]
how = [f"Temat kommer {ORIGIN.get(row.get('origin'), row.get('origin') or 'okänt ursprung')}"]
if isinstance(row.get("label_source"), str):
    how.append(f"namnet från {SOURCE.get(row['label_source'], row['label_source'])}")
parts = []
for r in placed.itertuples():
    part = f"{num(r.n)} placerade av {BY.get(r.assigned_by, r.assigned_by)}"
    if r.assigned_by == "klassificerare" and not pd.isna(r.confidence):
        part += f" (medelsäkerhet {r.confidence:.2f})".replace(".", ",")
    parts.append(part)
st.markdown(md_escape("; ".join(how) + ". " + ("; ".join(parts) + "." if parts else "Inga förslag.")))

st.subheader("Typiska förslag")
quotes = info["quotes"]
if quotes.empty:
    st.caption("Inga förslag om temat i det här urvalet." if f != filters.Filter(period_kind=f.period_kind)
               else "Inga citat sparade för temat.")
for q in quotes.itertuples():
    text = q.text
    if v.redact:
        text = redact(text, as_spans(q.pii)) or ""
    st.markdown(f"> «{md_escape(common.strip_marker(text))}»\n>\n> — " + common.quote_source(q))

c1, c2 = st.columns(2)
with c1:
    st.subheader("Kommuner där temat är starkast")
    # Counted as Jämför kommuner counts by default: regional dialogues for the municipalities they name.
    muni = queries.theme_by_municipality(key, f, regional=True)
    muni = muni[(muni["theme_id"] == theme) & (muni["bas_dokument"] >= v.min_documents)].copy()
    if muni.empty:
        st.caption(f"Ingen kommun har förslag om temat från minst {v.min_documents} dokument.")
    else:
        muni["lift"] = muni["andel"] / muni["andel_alla"]
        muni = muni.sort_values(["lift", "forslag"], ascending=False).head(10)
        table = pd.DataFrame({"Kommun": muni["kommun"], "Förslag": muni["forslag"], "Andel": [pct(x) for x in muni["andel"]],
                              "Jämfört med hela materialet": [lift_text(x) for x in muni["lift"]]})
        if muni["via_regional"].any():
            table.insert(2, "Varav via regional dialog", muni["via_regional"].to_numpy())
        st.dataframe(table, hide_index=True, key="teman_kommuner")
        st.caption(f"Kommuner med minst {v.min_documents} dokument (gränsen i sidofältet), ordnade efter överrepresentation. "
                   "Regionala dialoger räknas för de kommuner i länet som texten nämner (via regional dialog).")
with c2:
    st.subheader("Målgrupper")
    tg = queries.target_group_by_theme(key, f)
    share_all = tg.groupby("theme_id")["forslag"].sum()
    overall = (share_all / share_all.sum()).get(theme, float("nan"))
    tg = tg[tg["theme_id"] == theme].copy()
    if tg.empty:
        st.caption("Inga förslag.")
    else:
        tg["lift"] = tg["andel"] / overall
        tg = tg.sort_values("lift", ascending=False)
        st.dataframe(pd.DataFrame({"Målgrupp": [group_label(g) for g in tg["malgrupp"]], "Förslag": tg["forslag"],
                                   "Andel av målgruppens förslag": [pct(x) for x in tg["andel"]],
                                   "Jämfört med alla": [lift_text(x) for x in tg["lift"]]}),
                     hide_index=True, key="teman_malgrupper")

st.subheader("Över tid")
first, last = queries.published_range(key)
trend = queries.theme_trend(key, filters.Filter(f.counties, f.municipalities, f.group, (theme,), f.period_kind,
                                                f.start, f.end))
if first is None or trend.empty:
    st.caption("Inga daterade förslag om temat i det här urvalet.")
else:
    periods = filters.periods_between(filters.period_start(f.start) if f.start else first,
                                      filters.period_start(f.end) if f.end else last, f.period_kind)
    t = trend.set_index("period").reindex(periods)
    unit = "årets" if f.period_kind == filters.YEAR else "kvartalets"
    fig = go.Figure(go.Bar(x=periods, y=t["forslag"].fillna(0).astype(int).tolist(),
                           text=[f"{pct(a)} av {unit} förslag" if not pd.isna(a) else "0 förslag" for a in t["andel"]],
                           hovertemplate="%{x}: %{y} förslag (%{text})<extra></extra>"))
    fig.update_layout(height=300, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                      xaxis={"type": "category", "title": {"text": "År" if f.period_kind == filters.YEAR else "Kvartal"}},
                      yaxis={"title": {"text": "Förslag"}})
    st.plotly_chart(fig, key="teman_trend")

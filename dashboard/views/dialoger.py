"""Dialoger: every dialogue event (date, place, type, participants, organiser, target groups,
source and its proposals) on a timeline and in a table, filterable like the comparison pages."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, filters, queries
from dashboard.common import date_sv, group_label, md_escape, num
from dashboard.redact import redact

st.title("Dialoger")
key = common.page_key()
v = common.view()

f = filters.bar("dialoger", key)
types = st.multiselect("Dialogtyp", queries.dialogue_types(key), key="dialoger_typ", placeholder="Alla typer",
                       format_func=lambda t: t.replace("_", " "))
ev = queries.events(key, f, tuple(sorted(types)))
st.caption("En rad per dialogtillfälle som texterna beskriver. Datum är tillfällets eget (ett ofullständigt "
           "datum som 2023-04 ritas på månadens första dag), annars dokumentets publiceringsdatum. "
           "Arrangör = utgivaren av sidan; regionala utgivare räknas inte till någon kommun.")
if ev.empty:
    st.info("Inga dialogtillfällen för det här urvalet.")
    st.stop()


_redacted: dict[str, str] = {}


def _clean(text: object) -> str:
    """Page text with person data masked (once per distinct text: places repeat)."""
    if not isinstance(text, str) or not text:
        return ""
    if not v.redact:
        return text
    if text not in _redacted:
        _redacted[text] = redact(text) or ""
    return _redacted[text]


def _participants(count: object, qualifier: object) -> str:
    if count is None or pd.isna(count):
        return "–"
    return (f"{qualifier} " if isinstance(qualifier, str) and qualifier else "") + num(count)


totals = queries.events_count(key, f, tuple(sorted(types)))
c = st.columns(3)
c[0].metric("Dialogtillfällen", num(totals["events"]))
c[1].metric("Deltagare (angivna)", num(totals["participants"]))
c[2].metric("Förslag från dialogerna", num(totals["proposals"]))
if totals["events"] > len(ev):
    st.caption(f"Tidslinjen och tabellen visar de {num(len(ev))} senaste; filtrera för att se äldre.")

dated = ev[ev["datum"].notna()]
if not dated.empty:
    size = dated["deltagare"].fillna(0).clip(upper=400)
    fig = go.Figure(go.Scatter(
        x=pd.to_datetime(dated["datum"]), y=[common.plain(a) for a in dated["arrangor"]], mode="markers",
        marker={"size": (8 + size ** 0.5 * 2).tolist(), "color": "#1f77b4", "opacity": 0.7},
        text=[common.plain(f"{_clean(p)} · {t or ''} · {_participants(n, q)} deltagare")
              for p, t, n, q in zip(dated["plats"], dated["typ"], dated["deltagare"], dated["kvalificering"])],
        hovertemplate="%{x|%Y-%m-%d} · %{y}<br>%{text}<extra></extra>",
    ))
    fig.update_layout(height=max(260, 28 * dated["arrangor"].nunique() + 140), margin={"l": 10, "r": 10, "t": 10, "b": 10},
                      xaxis={"title": {"text": "Datum"}, "tickformat": "%Y-%m"}, yaxis={"title": {"text": "Arrangör"}})
    st.plotly_chart(fig, key="dialoger_tidslinje")
    st.caption("Punktens storlek följer antalet deltagare (där det anges).")

table = pd.DataFrame({
    "Datum": [d if isinstance(d, str) and d else date_sv(x) for d, x in zip(ev["datum_text"], ev["datum"])],
    "Plats": [_clean(p) or "–" for p in ev["plats"]],
    "Typ": [(t or "–").replace("_", " ") for t in ev["typ"]],
    "Deltagare": [_participants(n, q) for n, q in zip(ev["deltagare"], ev["kvalificering"])],
    "Arrangör": ev["arrangor"],
    "Kommun": ev["kommun"].fillna("–"),
    "Målgrupper": [", ".join(group_label(g) for g in (m if m is not None else [])) or "–" for m in ev["malgrupper"]],
    "Förslag": ev["forslag"],
    "Källa": [common.safe_url(u) for u in ev["url"]],
})
st.dataframe(table, hide_index=True, key="dialoger_tabell",
             column_config={"Källa": st.column_config.LinkColumn("Källa", display_text="öppna")})

st.subheader("Förslag från en dialog")
# The newest 300 in the list (a longer one cannot be scrolled); narrow the filter to reach others.
n_pick = min(len(ev), 300)
labels = {i: f"{d} · {a} · {_clean(t)}" for i, (d, a, t) in enumerate(
    zip(table["Datum"][:n_pick], ev["arrangor"][:n_pick], ev["title"][:n_pick]))}
pick = st.selectbox("Dialog", list(labels), format_func=labels.get, key="dialoger_val",
                    help="De 300 senaste i urvalet; filtrera för att hitta äldre.")
row = ev.iloc[int(pick)]
props = queries.document_proposals(key, row["document_id"])
url = common.safe_url(row["url"])
st.markdown(md_escape(_clean(row["title"])) + (f" · [Källa]({url})" if url else ""))
if props.empty:
    st.caption("Dokumentet har inga förslag.")
for p in props.itertuples():
    meta = [common.KIND_LABELS.get(p.kind, p.kind or "")]
    if isinstance(p.status, str) and p.status:
        meta.append("Status: " + p.status)
    if isinstance(p.teman, str) and p.teman:
        meta.append("Tema: " + p.teman)
    st.markdown(f"- «{md_escape(common.strip_marker(_clean(p.text)))}» " + md_escape(" · ".join(m for m in meta if m)))

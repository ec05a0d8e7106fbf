"""Förslag: searchable proposals (Swedish stems), filters, the quote in its sentence, the source."""
from __future__ import annotations

import math

import streamlit as st

from dashboard import common, queries
from dashboard.common import date_sv, group_label, md_escape, num
from dashboard.redact import Span, as_spans, redact

st.title("Förslag")
key = common.page_key()
v = common.view()


def _part(text: str, spans: list[Span], a: int, b: int, on: bool) -> str:
    """text[a:b], redacted with the spans that fall in it (shifted to the part)."""
    piece = text[a:b]
    if not on:
        return piece
    inside = [(max(s, a) - a, min(e, b) - a, lab) for s, e, lab in spans if s < b and e > a]
    return redact(piece, inside) or ""


def quote_markdown(row, on: bool) -> str:
    """The sentence with the proposal highlighted; everything escaped, PII redacted when `on`."""
    sentence = row.mening if isinstance(row.mening, str) and row.mening else None
    if sentence is None:
        text = row.forslag
        m = len(text) - len(common.strip_marker(text))  # a list item's "- " is layout, not the quote
        return common.highlighted("", _part(text, as_spans(row.pii_forslag), m, len(text), on), "")
    spans = as_spans(row.pii_mening)
    m = len(sentence) - len(common.strip_marker(sentence))
    q0 = min(max(m, int(row.start_char) - int(row.s_start)), len(sentence))
    q1 = min(max(q0, int(row.end_char) - int(row.s_start)), len(sentence))
    return common.highlighted(_part(sentence, spans, m, q0, on), _part(sentence, spans, q0, q1, on),
                              _part(sentence, spans, q1, len(sentence), on))


o = queries.overview(key)
query = st.text_input("Sök i förslagen", key="forslag_sok", placeholder="t.ex. mötesplatser, belysning, äldreboende",
                      help="Sökningen matchar ordstammar: ”mötesplatser” hittar också ”mötesplatsen”.")
c1, c2, c3 = st.columns(3)
mdf = queries.municipalities(key)
mnames = dict(zip(mdf["municipality_code"], mdf["name"]))
munis = c1.multiselect("Kommun", list(mnames), format_func=lambda c: mnames.get(c, c), key="forslag_kommun",
                       placeholder="Alla kommuner")
tdf = queries.themes(key)
tnames = dict(zip(tdf["theme_id"], tdf["label"]))
themes = c2.multiselect("Tema", list(tnames), format_func=lambda t: tnames.get(t, t), key="forslag_tema",
                        placeholder="Alla teman")
groups = c3.multiselect("Målgrupp", queries.target_groups(key), format_func=group_label, key="forslag_malgrupp",
                        placeholder="Alla målgrupper")
c4, c5, c6 = st.columns(3)
kinds = c4.multiselect("Typ", queries.proposal_kinds(key), format_func=lambda k: common.KIND_LABELS.get(k, k),
                       key="forslag_typ", placeholder="Alla typer")
years = None
if o["first_published"] is not None and o["last_published"] is not None:
    y0, y1 = int(str(o["first_published"])[:4]), int(str(o["last_published"])[:4])
    if y1 > y0:
        picked = c5.slider("Publiceringsår", y0, y1, (y0, y1), key="forslag_ar")
        years = None if tuple(picked) == (y0, y1) else (int(picked[0]), int(picked[1]))
limit = c6.selectbox("Visa", [25, 50, 100], index=0, key="forslag_antal", format_func=lambda n: f"{n} per sida")

ids, how = queries.matching_ids(key, query)
search_ids = tuple(ids) if query.strip() else None
# One page of rows from the database (their sentences and PII spans are correlated subqueries):
# the page number is read before the query and its widget drawn after, once the total is known.
page = max(1, int(st.session_state.get("forslag_sida", 1)))
df, total = queries.proposals(key, search_ids, tuple(sorted(munis)), tuple(sorted(themes)), tuple(sorted(groups)),
                              tuple(sorted(kinds)), years, limit, (page - 1) * limit)
pages = max(1, math.ceil(total / limit))
if page > pages:  # the filter shrank the result: back to the last page
    page = st.session_state["forslag_sida"] = pages
    df, total = queries.proposals(key, search_ids, tuple(sorted(munis)), tuple(sorted(themes)),
                                  tuple(sorted(groups)), tuple(sorted(kinds)), years, limit, (page - 1) * limit)
if query.strip() and how == "delsträng" and total:
    st.caption("Inga träffar på ordstammar; visar förslag som innehåller söktexten.")
if total == 0:
    st.info("Inga förslag matchar urvalet.")
    st.stop()
if pages > 1:
    st.number_input(f"Sida (av {num(pages)})", 1, pages, key="forslag_sida")
st.markdown(f"**{num(total)} förslag** matchar" + (f", sida {page} av {num(pages)}" if pages > 1 else "") +
            ("" if v.redact else " · *omaskerad text visas*"))

for row in df.itertuples():
    with st.container(border=True):
        st.markdown(quote_markdown(row, v.redact))
        title = row.title if isinstance(row.title, str) else ""
        if v.redact:
            title = redact(title) or ""
        meta = [md_escape(row.kommun or "okänd kommun"), md_escape(title)]
        teman = list(row.teman) if row.teman is not None else []
        if teman:
            meta.append("Tema: " + md_escape(", ".join(map(str, teman))))
        tg = list(row.target_groups) if row.target_groups is not None else []
        if len(tg):
            meta.append("Målgrupp: " + md_escape(", ".join(group_label(g) for g in tg)))
        meta.append(md_escape(common.KIND_LABELS.get(row.kind, row.kind or "")))
        if isinstance(row.status, str) and row.status:
            meta.append("Status: " + md_escape(row.status))
        meta.append("Publicerad " + md_escape(row.published if isinstance(row.published, str) and row.published
                                              else "okänt datum"))
        meta.append("Hämtad " + date_sv(row.fetched_at))  # our own ISO date
        url = common.safe_url(row.url)
        if url:
            meta.append(f"[Källa]({url})")
        st.caption(" · ".join(m for m in meta if m))

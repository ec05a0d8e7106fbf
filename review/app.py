"""Granska: `streamlit run review/app.py` (or `dialogkartan review`), one reviewer at a time.

Reads the published database read-only and writes nothing but the review store (JSONL). Each
reviewer sees the pipeline's items with their own reviews applied, so two reviewers of one
document judge it independently and their agreement can be measured.
"""
from __future__ import annotations

# The project is installed (`make setup`: pip install -e .), so its packages import from anywhere;
# no repository root is computed here (dialogkartan.paths is the one place).
import os

import pandas as pd
import streamlit as st

from dashboard.common import group_label
from dialogkartan.errors import UserError
from pipeline.rows import proposal_id
from pipeline.types import TARGET_GROUPS
from review import appdata, store
from review.agreement import agreement
from review.render import Span, escape, find_span, markdown
from review.state import Baseline, DocState, Proposal, fold, partition
from review.store import Review

NAME, DOC, MESSAGE = "granskare", "dokument", "meddelande"
SAVED = {"confirm": "godkänt", "reject": "avvisat", "edit_span": "spannet ändrat", "add": "förslaget tillagt",
         "change_target_groups": "målgrupperna ändrade", "change_theme": "temat bytt"}
STATUS = {"pipeline": "ogranskat", "confirmed": "godkänt", "rejected": "avvisat", "edited": "ändrat", "added": "tillagt"}


def _record(base: Baseline, kind: str, action: str, item: str, **fields: object) -> None:
    """Append one review (a button callback: it runs before the page is drawn again)."""
    name = str(st.session_state.get(NAME, "")).strip()
    try:
        store.append(Review(reviewer=name, document_id=base.document_id, content_hash=base.content_hash,
                            kind=kind, action=action, item=item, **fields))  # type: ignore[arg-type]
    except (OSError, ValueError) as exc:
        st.session_state[MESSAGE] = ("error", f"Granskningen kunde inte sparas: {exc}")
        return
    st.session_state[MESSAGE] = ("ok", f"Sparat: {SAVED[action]}.")


def _span(p: Proposal) -> dict[str, object]:
    return {"start": p.start, "end": p.end, "text": p.text}


def _edit_span(base: Baseline, p: Proposal) -> None:
    wanted = str(st.session_state.get(f"span-{p.key}", ""))
    hit = find_span(base.text, wanted, near=p.start)
    if hit is None:
        st.session_state[MESSAGE] = ("error", "Texten finns inte i dokumentet: kopiera den exakt ur texten till vänster.")
        return
    _record(base, "proposal", "edit_span", p.key, start=hit[0], end=hit[1], text=base.text[hit[0]:hit[1]])


def _add(base: Baseline) -> None:
    hit = find_span(base.text, str(st.session_state.get("ny-text", "")))
    if hit is None:
        st.session_state[MESSAGE] = ("error", "Texten finns inte i dokumentet: markera och kopiera den ur texten till vänster.")
        return
    a, b = hit
    theme = st.session_state.get("ny-tema") or None
    _record(base, "proposal", "add", proposal_id(base.document_id, a, b), start=a, end=b, text=base.text[a:b],
            target_groups=list(st.session_state.get("ny-mg") or []), theme_id=theme)
    st.session_state["ny-text"] = ""


def _confirm_rest(base: Baseline, state: DocState) -> None:
    """Confirm every item still untouched, and the document's target groups as they stand."""
    for p in state.proposals.values():
        if not p.reviewed:
            _record(base, "proposal", "confirm", p.key, **_span(p))
    for e in state.events.values():
        if e.status == "pipeline":
            _record(base, "event", "confirm", e.key, start=e.start, end=e.end)
    _record(base, "target_group", "change_target_groups", "dokument", target_groups=list(state.target_groups))


def _next_document(ids: list[str]) -> None:
    cur = st.session_state.get(DOC)
    st.session_state[DOC] = ids[(ids.index(cur) + 1) % len(ids)] if cur in ids else ids[0]


def _proxy_user() -> str | None:
    """The user a reverse proxy authenticated, from the header DIALOGKARTAN_REVIEWER_HEADER names
    (e.g. X-Remote-User). Trusted only when configured: the app then listens on 127.0.0.1, where
    only the proxy, which sets the header itself, can reach it."""
    header = os.environ.get("DIALOGKARTAN_REVIEWER_HEADER")
    return (st.context.headers.get(header) or None) if header else None


def _sidebar(docs: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    user = _proxy_user()
    if user:
        st.session_state[NAME] = user
    with st.sidebar:
        name = st.text_input("Ditt namn", key=NAME, disabled=bool(user),
                             help="Varje granskning sparas med granskarens namn och tid"
                                  + (" (inloggad användare)." if user else "."))
        kommuner = st.multiselect("Kommun", sorted(docs["kommun"].unique()), placeholder="Alla")
        typer = st.multiselect("Dialogtyp", sorted(docs["typ"].unique()), placeholder="Alla")
        high = st.slider("Högsta säkerhet", 0.0, 1.0, 1.0, 0.05,
                         help="Dokumentets lägsta förslagssäkerhet; dokumenten visas med lägst säkerhet först.")
    view = docs
    if kommuner:
        view = view[view["kommun"].isin(kommuner)]
    if typer:
        view = view[view["typ"].isin(typer)]
    if high < 1.0:
        view = view[view["sakerhet"].fillna(1.0) <= high]
    return name.strip(), view


def _doc_label(row: pd.Series) -> str:
    conf = "–" if pd.isna(row["sakerhet"]) else f"{row['sakerhet']:.2f}".replace(".", ",")
    return f"{conf} · {row['kommun']} · {row['title'] or row['document_id']}"


def _text_panel(base: Baseline, state: DocState, themes: dict[str, str], key: tuple) -> None:
    spans = [Span(p.start, p.end, "förslag" if p.accepted else "avvisat", themes.get(p.theme_id or "", None))
             for p in state.proposals.values()]
    spans += [Span(e.start, e.end, "händelse") for e in state.events.values() if e.status != "rejected"]
    spans += [Span(int(r.start_char), int(r.end_char), "målgrupp")
              for r in appdata.mentions(key, base.document_id).itertuples()]
    st.markdown(":green-background[förslag] :red-background[avvisat förslag] :blue-background[målgrupp] "
                ":violet-background[händelse] :gray[‹tema›]")
    with st.container(height=640, border=True, key="dokumenttext"):
        st.markdown(markdown(base.text, spans))


def _proposal_card(base: Baseline, p: Proposal, n: int, themes: dict[str, str]) -> None:
    with st.container(border=True, key=f"forslag-{p.key}"):
        st.markdown(f"**{n}.** {escape(p.text)}  \n:gray[{STATUS[p.status]} · säkerhet "
                    f"{'–' if p.confidence is None else format(p.confidence, '.2f').replace('.', ',')}]")
        ok, no = st.columns(2)
        ok.button("Godkänn", key=f"ok-{p.key}", on_click=_record, args=(base, "proposal", "confirm", p.key), kwargs=_span(p),
                  width="stretch", type="primary" if p.status == "confirmed" else "secondary")
        no.button("Avvisa", key=f"nej-{p.key}", on_click=_record, args=(base, "proposal", "reject", p.key), kwargs=_span(p),
                  width="stretch", type="primary" if p.status == "rejected" else "secondary")
        st.text_input("Span (kopiera text ur dokumentet)", value=p.text, key=f"span-{p.key}")
        st.button("Spara span", key=f"spara-span-{p.key}", on_click=_edit_span, args=(base, p))
        groups = st.multiselect("Målgrupper", TARGET_GROUPS, default=[g for g in p.target_groups if g in TARGET_GROUPS],
                                format_func=group_label, key=f"mg-{p.key}", placeholder="Ingen målgrupp")
        st.button("Spara målgrupper", key=f"spara-mg-{p.key}", on_click=_record,
                  args=(base, "proposal", "change_target_groups", p.key), kwargs={**_span(p), "target_groups": groups})
        ids = list(themes)
        theme = st.selectbox("Tema", ids, index=ids.index(p.theme_id) if p.theme_id in ids else None,
                             format_func=lambda t: themes.get(t, t), key=f"tema-{p.key}", placeholder="Välj tema")
        st.button("Byt tema", key=f"byt-tema-{p.key}", on_click=_record, args=(base, "theme", "change_theme", p.key),
                  kwargs={**_span(p), "theme_id": theme}, disabled=theme is None)


def _quick_actions(base: Baseline, state: DocState) -> None:
    """The common moves, with keyboard shortcuts (ignored while typing in a field)."""
    untouched = sorted((p for p in state.proposals.values() if not p.reviewed), key=lambda p: (p.start, p.end))
    first = untouched[0] if untouched else None
    a, b, c, d = st.columns([1, 1, 1, 2])
    a.button("Godkänn nästa", key="godkann-nasta", shortcut="G", disabled=first is None, width="stretch",
             on_click=_record, args=(base, "proposal", "confirm", first.key if first else ""),
             kwargs=_span(first) if first else {})
    b.button("Avvisa nästa", key="avvisa-nasta", shortcut="A", disabled=first is None, width="stretch",
             on_click=_record, args=(base, "proposal", "reject", first.key if first else ""),
             kwargs=_span(first) if first else {})
    c.button("Godkänn resten", key="godkann-resten", shortcut="K", width="stretch",
             on_click=_confirm_rest, args=(base, state))
    d.caption(f"Nästa ogranskade förslag: {escape(first.text)}" if first else "Alla förslag är granskade.")


def _items_panel(base: Baseline, state: DocState, themes: dict[str, str]) -> None:
    proposals = sorted(state.proposals.values(), key=lambda p: (p.start, p.end))
    st.subheader(f"Förslag ({len(proposals)})")
    for n, p in enumerate(proposals, start=1):
        _proposal_card(base, p, n, themes)
    with st.container(border=True, key="nytt-forslag"):
        st.markdown("**Lägg till ett missat förslag**")
        st.caption("Markera förslaget i texten till vänster, kopiera det (Ctrl+C) och klistra in det här.")
        st.text_area("Förslagets text", key="ny-text", height=80)
        st.multiselect("Målgrupper", TARGET_GROUPS, format_func=group_label, key="ny-mg", placeholder="Ingen målgrupp")
        st.selectbox("Tema", [""] + list(themes), format_func=lambda t: themes.get(t, "(inget tema)"), key="ny-tema")
        st.button("Lägg till förslag", key="lagg-till", on_click=_add, args=(base,), type="primary")
    with st.container(border=True, key="dokument-malgrupper"):
        st.markdown("**Dokumentets målgrupper**")
        groups = st.multiselect("Målgrupper i dokumentet", TARGET_GROUPS, default=list(state.target_groups),
                                format_func=group_label, key=f"doc-mg-{base.document_id}",
                                placeholder="Ingen målgrupp")
        st.button("Spara dokumentets målgrupper", key="spara-doc-mg", on_click=_record,
                  args=(base, "target_group", "change_target_groups", "dokument"), kwargs={"target_groups": groups})
    if state.events:
        st.subheader("Dialogtillfällen")
    for e in state.events.values():
        with st.container(border=True, key=f"handelse-{e.start}-{e.end}"):
            who = f"{e.qualifier + ' ' if e.qualifier else ''}{e.count} deltagare" if e.count is not None else "antal okänt"
            st.markdown(f"{escape(e.date or 'datum okänt')} · {escape(e.place or 'plats okänd')} · {escape(who)}  \n"
                        f":gray[{STATUS.get(e.status, e.status)}] · {escape(base.text[e.start:e.end][:160])}")
            ok, no = st.columns(2)
            ok.button("Godkänn", key=f"ok-h-{e.start}-{e.end}", on_click=_record, width="stretch",
                      args=(base, "event", "confirm", e.key), kwargs={"start": e.start, "end": e.end})
            no.button("Avvisa", key=f"nej-h-{e.start}-{e.end}", on_click=_record, width="stretch",
                      args=(base, "event", "reject", e.key), kwargs={"start": e.start, "end": e.end})


def _agreement_panel(valid: dict[str, list[Review]], doc: str) -> None:
    st.subheader("Samstämmighet mellan granskare")
    st.caption("Cohens kappa på förslag (behållet eller avvisat, tillägg matchade som i poängsättningen) och på "
               "dokumentens målgrupper; 1 = full samstämmighet, 0 = som slumpen.")
    both = {d: rs for d, rs in valid.items() if len({r.reviewer for r in rs}) >= 2}
    if not both:
        st.info("Inget dokument är granskat av två granskare ännu.")
        return
    bases = appdata.bases(list(both))
    rows = [{"omfång": "detta dokument", **a.as_dict()} for a in agreement(bases, {doc: both[doc]})] if doc in both else []
    rows += [{"omfång": "alla dokument", **a.as_dict()} for a in agreement(bases, both)]
    df = pd.DataFrame(rows)
    df["granskare"] = df["granskare"].map(" och ".join)
    st.dataframe(df, hide_index=True)


def main() -> None:
    st.set_page_config(page_title="Dialogkartan – granska", layout="wide")
    st.title("Granska")
    try:
        key = appdata.fingerprint()
        docs = appdata.documents(key)
        themes = appdata.themes(key)
    except (OSError, UserError) as exc:
        st.error(f"Databasen kan inte läsas: {exc}")
        st.stop()
        return  # st.stop() does not end a bare (non-Streamlit) run
    name, view = _sidebar(docs)
    if not name:
        st.info("Skriv ditt namn i sidofältet för att börja granska: varje granskning sparas med namnet.")
        st.stop()
        return  # st.stop() does not end a bare (non-Streamlit) run
    if view.empty:
        st.info("Inga dokument matchar urvalet.")
        st.stop()
        return  # st.stop() does not end a bare (non-Streamlit) run
    ids = list(view["document_id"])
    if st.session_state.get(DOC) not in ids:
        st.session_state[DOC] = ids[0]
    labels = dict(zip(ids, view.apply(_doc_label, axis=1)))
    with st.sidebar:
        st.selectbox("Dokument (lägst säkerhet först)", ids, format_func=labels.get, key=DOC)
        st.button("Nästa dokument", key="nasta-dokument", shortcut="N", on_click=_next_document, args=(ids,))
        st.caption("Kortkommandon: G godkänn nästa · A avvisa nästa · K godkänn resten · N nästa dokument")
    doc = st.session_state[DOC]
    reviews = store.read()
    valid, flagged = partition(reviews, dict(zip(docs["document_id"], docs["content_hash"])))
    base = appdata.baseline(doc)
    state = fold(base, [r for r in valid.get(doc, []) if r.reviewer == name])
    kind, text = st.session_state.pop(MESSAGE, (None, None))
    if kind == "error":
        st.error(text)
    elif kind == "ok":
        st.toast(text)
    stale = [r for r, _ in flagged if r.document_id == doc]
    if stale:
        st.warning(f"{len(stale)} granskningar gjordes på en äldre version av texten och tillämpas inte. "
                   "Texten har ändrats sedan dess: granska dokumentet på nytt.")
    if flagged:
        st.sidebar.warning(f"{len(flagged)} granskningar gäller ändrade eller borttagna dokument och tillämpas inte.")
    row = view[view["document_id"] == doc].iloc[0]
    st.header(escape(str(row["title"] or doc)))
    others = sorted({r.reviewer for r in valid.get(doc, [])} - {name})
    st.caption(f"{escape(str(row['kommun']))} · {escape(str(row['typ']))} · {escape(str(row['url'] or ''))}"
               + (f" · även granskat av {escape(', '.join(others))}" if others else ""))
    _quick_actions(base, state)
    left, right = st.columns([3, 2])
    with left:
        _text_panel(base, state, themes, key)
    with right:
        _items_panel(base, state, themes)
    _agreement_panel(valid, doc)



# Streamlit runs the page as __main__. A spawn-based process pool started later in the same
# process (tests run AppTest, then the pipeline) re-imports the main script as __mp_main__: it
# must not draw the page there.
if __name__ == "__main__":
    main()

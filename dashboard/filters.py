"""The comparison filters (county, municipalities, target group, theme, period), kept in the URL.

Every comparison page draws the same bar with its own widget keys (`<page>_lan` …). The state
lives in `st.query_params` so a view can be bookmarked and shared: a widget without state takes
its value from the URL, and after the widgets the URL is rewritten from their values.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import streamlit as st

from dashboard import queries
from dashboard.common import group_label

YEAR, QUARTER = "år", "kvartal"
ALL = "alla"
# URL parameter → widget suffix
_URL = {"lan": "lan", "kommun": "kommun", "malgrupp": "malgrupp", "tema": "tema", "period": "period",
        "fran": "fran", "till": "till"}
_LISTS = {"lan", "kommun", "tema"}


@dataclass(frozen=True)
class Filter:
    counties: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    group: str | None = None
    themes: tuple[str, ...] = ()
    period_kind: str = YEAR
    start: str | None = None  # first period, inclusive ("2022" or "2022-K3"); None = from the start
    end: str | None = None    # last period, inclusive; None = to the end (undated documents included)

    def sql(self, **skip: bool) -> dict[str, Any]:
        """Named parameters for queries._BASE; skip=True leaves a filter out (e.g. munis for references)."""
        return {
            "counties": [] if skip.get("counties") else list(self.counties),
            "munis": [] if skip.get("munis") else list(self.municipalities),
            "group": None if skip.get("group") else self.group,
            "themes": [] if skip.get("themes") else list(self.themes),
            "d0": period_start(self.start) if self.start else None,
            "d1": period_after(self.end) if self.end else None,
        }


# --- periods -------------------------------------------------------------------------------


def period_of(d: date, kind: str) -> str:
    return f"{d.year}-K{(d.month - 1) // 3 + 1}" if kind == QUARTER else str(d.year)


def period_start(label: str) -> date:
    if "-K" in label:
        y, q = label.split("-K")
        return date(int(y), 3 * (int(q) - 1) + 1, 1)
    return date(int(label), 1, 1)


def period_after(label: str) -> date:
    """The first day after the period (exclusive upper bound)."""
    if "-K" in label:
        y, q = (int(x) for x in label.split("-K"))
        return date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)
    return date(int(label) + 1, 1, 1)


def periods_between(first: date, last: date, kind: str) -> list[str]:
    """Every period from first to last, empty ones included (a continuous time axis)."""
    out, d = [], date(first.year, 1 if kind == YEAR else 3 * ((first.month - 1) // 3) + 1, 1)
    while d <= last:
        out.append(period_of(d, kind))
        d = period_after(out[-1])
    return out


def convert(label: str, kind: str, end: bool) -> str:
    """A period label in the other kind (a year's first or last quarter, a quarter's year)."""
    if kind == QUARTER and "-K" not in label:
        return f"{label}-K{4 if end else 1}"
    if kind == YEAR and "-K" in label:
        return label.split("-K")[0]
    return label


# --- the bar -------------------------------------------------------------------------------


def _keys(page: str) -> dict[str, str]:
    return {name: f"{page}_{suffix}" for name, suffix in _URL.items()}


def reset(page: str) -> None:
    for k in _keys(page).values():
        st.session_state.pop(k, None)
    for k in [k for k in st.session_state if str(k).startswith(f"{page}_omrade")]:
        del st.session_state[k]
    st.query_params.clear()


def _from_url(name: str) -> Any:
    raw = st.query_params.get(name)
    if raw is None or raw == "":
        return None
    return [v for v in raw.split(",") if v] if name in _LISTS else raw


def _seed(key: str, name: str, options: list, default: Any) -> None:
    """Put a valid value in session state before the widget is drawn (URL first, then default)."""
    if key in st.session_state:
        value = st.session_state[key]
    else:
        value = _from_url(name)
        if value is None:
            value = default
    if isinstance(default, list):
        value = [v for v in (value or []) if v in options]
    elif value not in options:
        value = default
    st.session_state[key] = value


def bar(page: str, key: queries.Key, *, max_municipalities: int | None = None,
        theme_default: Callable[[Filter], list[str]] | None = None, theme_label: str = "Tema",
        themes: bool = True) -> Filter:
    """Draw the filters for `page` and return the chosen Filter (also written to the URL).
    `themes=False`: no theme filter (a page that picks its one theme itself owns `tema`)."""
    k = _keys(page)
    cdf = queries.counties(key)
    county_names = dict(zip(cdf["county_code"], cdf["name"]))
    mdf = queries.municipalities(key)
    groups = queries.target_groups(key)
    tdf = queries.themes(key)
    theme_names = dict(zip(tdf["theme_id"], tdf["label"]))
    first, last = queries.published_range(key)

    c1, c2, c3 = st.columns(3)
    _seed(k["lan"], "lan", list(county_names), [])
    counties = c1.multiselect("Län", list(county_names), format_func=lambda c: county_names.get(c, c),
                              key=k["lan"], placeholder="Alla län")
    if counties:
        mdf = mdf[mdf["county_code"].isin(counties)]
    muni_names = dict(zip(mdf["municipality_code"], mdf["name"]))
    _seed(k["kommun"], "kommun", list(muni_names), [])
    if max_municipalities and len(st.session_state[k["kommun"]]) > max_municipalities:
        st.session_state[k["kommun"]] = st.session_state[k["kommun"]][:max_municipalities]
    munis = c2.multiselect(
        "Kommuner" + (f" (2–{max_municipalities})" if max_municipalities else ""), list(muni_names),
        format_func=lambda c: muni_names.get(c, c), key=k["kommun"], placeholder="Alla kommuner",
        max_selections=max_municipalities)
    # A sentinel, not None: Streamlit shows None as an empty "Choose an option".
    _seed(k["malgrupp"], "malgrupp", [ALL, *groups], ALL)
    chosen_group = c3.selectbox("Målgrupp", [ALL, *groups], key=k["malgrupp"],
                                format_func=lambda g: "Alla målgrupper" if g == ALL else group_label(g))
    group = None if chosen_group == ALL else chosen_group

    c4, c5, c6 = st.columns([1, 3, 2])
    _seed(k["period"], "period", [YEAR, QUARTER], YEAR)
    kind = c4.radio("Period", [YEAR, QUARTER], horizontal=True, key=k["period"],
                    format_func=lambda x: "År" if x == YEAR else "Kvartal")
    start = end = None
    if first is not None and last is not None:
        options = periods_between(first, last, kind)
        raw0 = st.session_state.get(k["fran"]) or _from_url("fran")
        raw1 = st.session_state.get(k["till"]) or _from_url("till")
        s0 = convert(raw0, kind, end=False) if raw0 else options[0]
        s1 = convert(raw1, kind, end=True) if raw1 else options[-1]
        s0 = s0 if s0 in options else options[0]
        s1 = s1 if s1 in options else options[-1]
        if len(options) > 1:
            picked = c5.select_slider("Från–till", options, value=(s0, s1), key=f"{page}_omrade_{kind}")
            s0, s1 = picked
        st.session_state[k["fran"]], st.session_state[k["till"]] = s0, s1
        start = None if s0 == options[0] else s0
        end = None if s1 == options[-1] else s1
    c6.button("Återställ", key=f"{page}_aterstall", on_click=reset, args=(page,),
              help="Tar bort alla val på sidan (och i adressen).")

    f = Filter(tuple(sorted(counties)), tuple(sorted(munis)), group, (), kind, start, end)
    if not themes:
        _to_url(f, skip=("tema",))
        return f
    default_themes = theme_default(f) if theme_default and k["tema"] not in st.session_state \
        and _from_url("tema") is None else []
    _seed(k["tema"], "tema", list(theme_names), default_themes)
    chosen_themes = st.multiselect(theme_label, list(theme_names), format_func=lambda t: theme_names.get(t, t),
                                   key=k["tema"], placeholder="Alla teman")
    f = Filter(f.counties, f.municipalities, group, tuple(chosen_themes), kind, start, end)
    _to_url(f)
    return f


def _to_url(f: Filter, skip: tuple[str, ...] = ()) -> None:
    want = {"lan": ",".join(f.counties), "kommun": ",".join(f.municipalities), "malgrupp": f.group or "",
            "tema": ",".join(f.themes), "period": "" if f.period_kind == YEAR else f.period_kind,
            "fran": f.start or "", "till": f.end or ""}
    for name, value in want.items():
        if name in skip:
            continue
        if value:
            if st.query_params.get(name) != value:
                st.query_params[name] = value
        elif name in st.query_params:
            del st.query_params[name]

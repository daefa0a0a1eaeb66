"""The solver against independent references: SciPy on a dummy-padded matrix, SciPy's
maximum bipartite matching, and brute force for `fair`."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment as scipy_lsa
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_bipartite_matching

from rm_tui.solver import cold as solver

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def instances(draw: st.DrawFn, max_side: int = 6, with_locks: bool = True) -> dict:
    m = draw(st.integers(0, max_side))
    n = draw(st.integers(0, max_side))
    scores = np.array(
        draw(st.lists(st.integers(0, 100), min_size=m * n, max_size=m * n)), dtype=float
    ).reshape(m, n)
    allowed = np.array(
        draw(st.lists(st.booleans(), min_size=m * n, max_size=m * n)), dtype=bool
    ).reshape(m, n)
    capacity = np.array(draw(st.lists(st.integers(0, 3), min_size=m, max_size=m)), dtype=int)
    locks: list[tuple[int, int]] = []
    if with_locks and m and n:
        cells = draw(st.lists(st.tuples(st.integers(0, m - 1), st.integers(0, n - 1)), max_size=4))
        left = capacity.copy()
        for i, j in cells:
            if allowed[i, j] and left[i] > 0 and all(j != b for _, b in locks):
                locks.append((i, j))
                left[i] -= 1
    return {"scores": scores, "allowed": allowed, "capacity": capacity, "locks": locks}


def _reduced(inst: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    cap = inst["capacity"].copy()
    free = np.ones(inst["scores"].shape[1], dtype=bool)
    for i, j in inst["locks"]:
        cap[i] -= 1
        free[j] = False
    rows = np.repeat(np.arange(len(cap)), cap)
    cols = np.flatnonzero(free)
    return inst["scores"][np.ix_(rows, cols)], inst["allowed"][np.ix_(rows, cols)], rows, cols


def reference(inst: dict) -> tuple[int, float]:
    """(pairs, total) of the free part: SciPy on a square matrix where every row and column
    also has a private dummy partner at cost D, and forbidden cells are +inf."""
    s, ok, _, _ = _reduced(inst)
    r, n = s.shape
    if r == 0 or n == 0:
        return 0, 0.0
    big_d = 1000.0 * (r + n + 1)
    size = r + n
    cost = np.full((size, size), np.inf)
    cost[:r, :n] = np.where(ok, -s, np.inf)
    cost[:r, n:] = np.where(np.eye(r, dtype=bool), big_d, np.inf)
    cost[r:, :n] = np.where(np.eye(n, dtype=bool), big_d, np.inf)
    cost[r:, n:] = 0.0
    rows, cols = scipy_lsa(cost)
    real = (rows < r) & (cols < n)
    card = int(real.sum())
    # cross-check the cardinality with SciPy's Hopcroft-Karp
    if ok.any():
        match = maximum_bipartite_matching(csr_matrix(ok.astype(int)), perm_type="column")
        assert card == int((match >= 0).sum())
    return card, float(s[rows[real], cols[real]].sum())


def check_valid(inst: dict, sol: solver.Solution) -> None:
    scores, allowed, cap = inst["scores"], inst["allowed"], inst["capacity"]
    pairs = sol.pairs()
    assert all(allowed[i, j] for i, j in pairs), "a forbidden pair was made"
    assert set(inst["locks"]) <= set(pairs), "a lock was lost"
    assert len({j for _, j in pairs}) == len(pairs), "a mentee has two mentors"
    for i in range(len(cap)):
        assert sum(1 for a, _ in pairs if a == i) <= cap[i], "capacity exceeded"
    np.testing.assert_array_equal(sol.scores, scores[sol.mentors, sol.mentees])


@SETTINGS
@given(instances())
def test_total_is_optimal_among_maximum_plans(inst: dict) -> None:
    sol = solver.solve(inst["scores"], inst["allowed"], inst["capacity"], locks=inst["locks"])
    check_valid(inst, sol)
    card, total = reference(inst)
    locked_total = sum(inst["scores"][i, j] for i, j in inst["locks"])
    assert sol.n_pairs == card + len(inst["locks"])
    assert sol.total == pytest.approx(total + locked_total, abs=1e-6)


@SETTINGS
@given(instances(), st.integers(0, 100))
def test_min_score_forbids_low_pairs(inst: dict, floor: int) -> None:
    given_allowed = inst["allowed"].copy()
    inst["allowed"] &= inst["scores"] >= floor
    inst["locks"] = [c for c in inst["locks"] if inst["allowed"][c]]
    sol = solver.solve(
        inst["scores"], given_allowed, inst["capacity"], locks=inst["locks"], min_score=floor
    )
    check_valid(inst, sol)
    assert sol.n_pairs == reference(inst)[0] + len(inst["locks"])


def brute_force_fair(inst: dict) -> tuple[int, float, float]:
    """Every partial matching of the reduced problem: max pairs, then worst, then total."""
    s, ok, _, _ = _reduced(inst)
    r, n = s.shape
    best = (0, -np.inf, 0.0)
    for choice in itertools.product(range(-1, n), repeat=r):
        used = [c for c in choice if c >= 0]
        if len(used) != len(set(used)) or any(
            c >= 0 and not ok[i, c] for i, c in enumerate(choice)
        ):
            continue
        vals = [s[i, c] for i, c in enumerate(choice) if c >= 0]
        key = (len(vals), min(vals) if vals else -np.inf, float(sum(vals)))
        best = max(best, key)
    return best


@settings(max_examples=100, deadline=None)
@given(instances(max_side=4, with_locks=False))
def test_fair_matches_brute_force(inst: dict) -> None:
    inst["capacity"] = np.minimum(inst["capacity"], 2)
    assume_small = int(inst["capacity"].sum()) <= 5
    if not assume_small:
        inst["capacity"] = np.ones_like(inst["capacity"])
    sol = solver.solve(inst["scores"], inst["allowed"], inst["capacity"], objective="fair")
    check_valid(inst, sol)
    card, worst, total = brute_force_fair(inst)
    assert sol.n_pairs == card
    if card:
        assert sol.worst == worst
        assert sol.total == pytest.approx(total)


def test_larger_random_instances_against_scipy() -> None:
    rng = np.random.default_rng(7)
    for m, n, density in ((30, 45, 0.8), (60, 40, 0.3), (50, 50, 0.05)):
        inst = {
            "scores": rng.random((m, n)) * 100,
            "allowed": rng.random((m, n)) < density,
            "capacity": rng.integers(1, 3, m),
            "locks": [],
        }
        sol = solver.solve(inst["scores"], inst["allowed"], inst["capacity"])
        check_valid(inst, sol)
        card, total = reference(inst)
        assert (sol.n_pairs, sol.total) == (card, pytest.approx(total, abs=1e-6))


@SETTINGS
@given(instances())
def test_fair_keeps_locks_and_cardinality(inst: dict) -> None:
    sol = solver.solve(
        inst["scores"], inst["allowed"], inst["capacity"], locks=inst["locks"], objective="fair"
    )
    check_valid(inst, sol)
    assert sol.n_pairs == reference(inst)[0] + len(inst["locks"])
    total = solver.solve(inst["scores"], inst["allowed"], inst["capacity"], locks=inst["locks"])
    free = [k for k, p in enumerate(sol.pairs()) if p not in inst["locks"]]
    free_total = [k for k, p in enumerate(total.pairs()) if p not in inst["locks"]]
    if free:  # the worst free pair is at least as good as under `total`
        assert sol.scores[free].min() >= total.scores[free_total].min()

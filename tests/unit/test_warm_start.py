"""Warm-started re-solves give the cold solve's objective, on thousands of random edits."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core.sap import SquareLSA
from rm_tui.solver import cold as solver
from rm_tui.solver.warm import WarmSolver


def _problem(rng: np.random.Generator, m: int, n: int, ties: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    scores = rng.integers(0, 6, (m, n)).astype(float) * 20 if ties else rng.random((m, n)) * 100
    allowed = rng.random((m, n)) > 0.25
    cap = rng.integers(0, 3, m) if rng.random() < 0.5 else np.ones(m, dtype=np.int64)
    return scores, allowed, cap


def _check(warm: WarmSolver, scores: np.ndarray, allowed: np.ndarray, cap: np.ndarray,
           locks: list[tuple[int, int]]) -> None:  # fmt: skip
    got = warm(scores, allowed, cap, locks=locks)
    want = solver.solve(scores, allowed, cap, locks=locks)
    assert got.n_pairs == want.n_pairs
    assert got.total == pytest.approx(want.total, abs=1e-7)
    assert (got.conflict is None) == (want.conflict is None)
    assert allowed[got.mentors, got.mentees].all()  # no forbidden pair
    assert (np.bincount(got.mentors, minlength=len(cap)) <= cap).all()  # capacities
    assert len(set(got.mentees.tolist())) == got.n_pairs  # a mentee once
    assert set(locks) <= set(got.pairs())  # locks kept


def _random_edit(rng: np.random.Generator, allowed: np.ndarray, cap: np.ndarray,
                 locks: list[tuple[int, int]], last: list[tuple[int, int]]) -> None:  # fmt: skip
    """One console-like edit, in place: lock a current pair, unlock, forbid, lift, assign."""
    m, n = allowed.shape
    kind = rng.integers(0, 5)
    if kind == 0 and last:  # lock a pair of the current plan
        pair = last[rng.integers(len(last))]
        if pair not in locks:
            locks.append(pair)
    elif kind == 1 and locks:  # unlock
        locks.pop(rng.integers(len(locks)))
    elif kind == 2:  # forbid (a locked pair stays allowed)
        i, j = int(rng.integers(m)), int(rng.integers(n))
        if (i, j) not in locks:
            allowed[i, j] = False
    elif kind == 3:  # lift a forbid
        allowed[rng.integers(m), rng.integers(n)] = True
    else:  # assign by hand: lock an allowed pair if the locks stay possible
        i, j = int(rng.integers(m)), int(rng.integers(n))
        taken = {b for _, b in locks}
        if allowed[i, j] and j not in taken and sum(a == i for a, _ in locks) < cap[i]:
            locks.append((i, j))


def test_warm_equals_cold_on_thousands_of_random_edits() -> None:
    rng = np.random.default_rng(16)
    edits = hits = 0
    for case in range(60):
        m, n = int(rng.integers(1, 9)), int(rng.integers(1, 9))
        scores, allowed, cap = _problem(rng, m, n, ties=case % 2 == 0)
        warm, locks = WarmSolver(), []
        last = solver.solve(scores, allowed, cap).pairs()
        for _ in range(40):
            _random_edit(rng, allowed, cap, locks, last)
            _check(warm, scores, allowed, cap, sorted(locks))
            last = warm(scores, allowed, cap, locks=locks).pairs()
            edits += 1
        hits += warm.warm_hits
    assert edits >= 2000
    assert hits > edits  # most re-solves were warm (each edit calls the warm solver twice)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 7), st.integers(1, 7), st.booleans())
def test_warm_equals_cold_property(seed: int, m: int, n: int, ties: bool) -> None:
    rng = np.random.default_rng(seed)
    scores, allowed, cap = _problem(rng, m, n, ties)
    warm, locks = WarmSolver(), []
    last = solver.solve(scores, allowed, cap).pairs()
    for _ in range(8):
        _random_edit(rng, allowed, cap, locks, last)
        _check(warm, scores, allowed, cap, sorted(locks))
        last = warm(scores, allowed, cap, locks=locks).pairs()


def test_warm_path_is_taken_after_the_first_solve() -> None:
    rng = np.random.default_rng(3)
    scores, allowed, cap = rng.random((30, 30)) * 100, np.ones((30, 30), bool), np.ones(30, np.int64)
    warm = WarmSolver()
    warm(scores, allowed, cap)
    warm(scores, allowed, cap)  # second sight: duals kept
    allowed[0, :5] = False
    _check(warm, scores, allowed, cap, [(3, 4)])
    assert warm.warm_hits == 1


def test_impossible_locks_raise_like_the_cold_solver() -> None:
    scores = np.array([[1.0, 2.0], [3.0, 4.0]])
    allowed = np.array([[True, False], [True, True]])
    with pytest.raises(ValueError, match="forbidden"):
        WarmSolver()(scores, allowed, [1, 1], locks=[(0, 1)])


def test_square_lsa_forced_costs_match_forced_cold_solves() -> None:
    from scipy.optimize import linear_sum_assignment

    rng = np.random.default_rng(5)
    for _ in range(20):
        n = int(rng.integers(2, 12))
        cost = rng.random((n, n)) * 10
        _, cols = linear_sum_assignment(cost)
        lsa = SquareLSA(cost, cols)
        base = lsa.total()
        row, col = int(rng.integers(n)), int(rng.integers(n))
        by_col = lsa.forced_from_row(row)[0]
        by_row = lsa.forced_to_column(col)[0]
        for j in range(n):
            forced = cost.copy()
            forced[row, :], forced[:, j], forced[row, j] = 1e6, 1e6, cost[row, j]
            r, c = linear_sum_assignment(forced)
            assert forced[r, c].sum() - base == pytest.approx(by_col[j], abs=1e-9)
        for i in range(n):
            forced = cost.copy()
            forced[i, :], forced[:, col], forced[i, col] = 1e6, 1e6, cost[i, col]
            r, c = linear_sum_assignment(forced)
            assert forced[r, c].sum() - base == pytest.approx(by_row[i], abs=1e-9)

"""The duals the solver hands over (munkres' native kernel keeps them; rm_tui.core.sap checks
them or derives them) are an exact optimality certificate, and forced-pair costs built on them
equal forced cold re-solves."""

from __future__ import annotations

from typing import Any

import munkres
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core import explain
from rm_tui.core.plan import Plan
from rm_tui.core.problem import MatchProblem
from rm_tui.core.sap import SquareLSA, _duals
from rm_tui.services import matching
from rm_tui.solver import cold as solver
from rm_tui.solver import forced_pairs
from rm_tui.solver.warm import WarmSolver

NATIVE_DUALS = callable(getattr(getattr(munkres, "_native", None), "solve_array", None))


def _cost(rng: np.random.Generator, m: int, n: int, kind: int) -> np.ndarray:
    if kind == 0:  # many ties
        return rng.integers(0, 4, (m, n)).astype(float)
    if kind == 1:
        return rng.random((m, n)) * 100
    big = np.where(rng.random((m, n)) < 0.4, 1e4, rng.integers(0, 10, (m, n)).astype(float))
    return big  # the big-M cells the solver uses for forbidden pairs


def _assert_certificate(cost: np.ndarray, rows: np.ndarray, cols: np.ndarray, u: np.ndarray,
                        v: np.ndarray) -> None:  # fmt: skip
    red = cost - u[:, None] - v[None, :]
    assert red.min(initial=0.0) >= -1e-7  # feasible
    assert np.abs(red[rows, cols]).max(initial=0.0) <= 1e-7  # complementary: tight on the pairs


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 9), st.integers(1, 9), st.integers(0, 2))
def test_kernel_duals_certify_the_cold_munkres_optimum(seed: int, m: int, n: int, kind: int) -> None:
    cost = _cost(np.random.default_rng(seed), m, n, kind)
    rows, cols, opt = solver.assign_with_duals(cost)
    ref_rows, ref_cols = solver.lsa_pure_python(cost)  # munkres' list solver, no kernel
    assert cost[rows, cols].sum() == pytest.approx(cost[ref_rows, ref_cols].sum(), abs=1e-9)
    assert rows.size == min(m, n) and len(set(rows.tolist())) == len(set(cols.tolist())) == rows.size
    if not NATIVE_DUALS:
        assert opt is None
        return
    assert opt is not None
    _assert_certificate(cost, opt.rows, opt.cols, opt.row_duals, opt.col_duals)
    # the larger side's duals are <= 0 and 0 where unassigned (what the padded model needs)
    larger, used = (opt.row_duals, opt.rows) if m > n else (opt.col_duals, opt.cols)
    assert larger.max() <= 1e-9
    free = np.setdiff1d(np.arange(larger.size), used)
    assert np.abs(larger[free]).max(initial=0.0) <= 1e-9


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 12), st.booleans())
def test_duals_from_any_seed_are_exact(seed: int, n: int, noisy: bool) -> None:
    """Bellman-Ford started from a wrong seed (e.g. another model's duals) still ends at a
    feasible, complementary dual solution of the optimal assignment."""
    rng = np.random.default_rng(seed)
    cost = _cost(rng, n, n, int(rng.integers(0, 3)))
    rows, cols = solver.lsa_pure_python(cost)
    col4row = np.empty(n, dtype=np.intp)
    col4row[rows] = cols
    start = rng.normal(0, 50, n) if noisy else np.zeros(n)
    u, v = _duals(cost, col4row, start)
    _assert_certificate(cost, np.arange(n), col4row, u, v)


def _problem(rng: np.random.Generator, m: int, n: int) -> MatchProblem:
    scores = rng.integers(0, 6, (m, n)).astype(float) * 20 if rng.random() < 0.5 else rng.random((m, n)) * 100
    blocked = rng.random((m, n)) < 0.3
    cap = [int(c) for c in rng.integers(0, 3, m)]
    return MatchProblem.build([f"r{i}" for i in range(m)], [f"e{j}" for j in range(n)], scores,
                              blocked, cap)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 7), st.integers(1, 7))
def test_state_from_the_cold_solve_is_optimal_and_certified(seed: int, m: int, n: int) -> None:
    """The warm state built from the first cold solve's kernel optimum (capacities, forbidden
    pairs, locks) holds the cold solve's total and duals that certify it."""
    rng = np.random.default_rng(seed)
    problem = _problem(rng, m, n)
    plan = matching.optimise(problem)
    for pair in plan.pairs[:1]:
        plan = plan.lock(pair.mentor, pair.mentee)
    from rm_tui.core.matching import allowed_matrix, lock_cells

    allowed, locks = allowed_matrix(plan), lock_cells(plan)
    warm = WarmSolver()
    sol = warm(problem.scores, allowed, problem.capacity, locks=locks)  # first sight: cold
    state = warm.state_for(problem.scores, allowed, problem.capacity, locks)
    assert state is not None
    lsa = state.lsa
    ra, ca = np.flatnonzero(lsa.row_active), np.flatnonzero(lsa.col_active)
    sub = lsa.cost[np.ix_(ra, ca)]
    where = np.full(lsa.n, -1)
    where[ca] = np.arange(ca.size)
    _assert_certificate(sub, np.arange(ra.size), where[lsa.col4row[ra]], lsa.u[ra], lsa.v[ca])
    again = warm(problem.scores, allowed, problem.capacity, locks=locks)  # from the state
    assert (again.n_pairs, again.total) == (sol.n_pairs, pytest.approx(sol.total, abs=1e-7))
    cold_sol = solver.solve(problem.scores, allowed, problem.capacity, locks=locks)
    assert (sol.n_pairs, sol.total) == (cold_sol.n_pairs, pytest.approx(cold_sol.total, abs=1e-7))


def _forced_plan(rng: np.random.Generator, m: int, n: int) -> Plan:
    problem = MatchProblem.build([f"r{i}" for i in range(m)], [f"e{j}" for j in range(n)],
                                 rng.random((m, n)) * 100, rng.random((m, n)) < 0.25,
                                 [int(c) for c in rng.integers(1, 3, m)])  # fmt: skip
    plan = matching.optimise(problem)
    if plan.pairs and rng.random() < 0.5:
        pair = plan.pairs[int(rng.integers(len(plan.pairs)))]
        plan = plan.lock(pair.mentor, pair.mentee)
    i, j = int(rng.integers(m)), int(rng.integers(n))
    if (f"r{i}", f"e{j}") not in plan.locks:
        plan = plan.forbid(f"r{i}", f"e{j}", "test")
    return plan


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 8), st.integers(2, 8), st.booleans())
def test_forced_pair_costs_equal_forced_cold_solves(seed: int, m: int, n: int, native: bool) -> None:
    """Every partner's forced-pair delta from the kept duals equals a forced cold munkres
    re-solve; forbidden pairs are never offered as a cost; with or without the kernel's duals."""
    rng = np.random.default_rng(seed)
    plan = _forced_plan(rng, m, n)
    with pytest.MonkeyPatch.context() as patch:
        if not native:
            patch.setattr(solver, "_native_with_duals", lambda cost: None)
        fast = {p: forced_pairs.alternatives(plan, p, WarmSolver(), k=100)
                for p in (*plan.problem.mentors, *plan.problem.mentees)}  # fmt: skip
    for person, got in fast.items():
        slow = explain.alternatives(plan, person, solver.solve, k=100)
        assert got is not None
        assert [a.partner for a in got] == [a.partner for a in slow]
        for a, b in zip(got, slow, strict=True):
            assert a.blocked_by == b.blocked_by and a.delta_pairs == b.delta_pairs
            if b.delta_total is None:
                assert a.delta_total is None
            else:
                assert a.delta_total == pytest.approx(b.delta_total, abs=1e-7)
                assert a.delta_worst == pytest.approx(b.delta_worst, abs=1e-7)


def test_explaining_after_a_solve_needs_no_second_solve(monkeypatch: pytest.MonkeyPatch) -> None:
    """`explain`'s path: the plan's cold solve hands its optimum to the forced-pair search,
    which neither solves again nor (with the kernel's duals) runs Bellman-Ford."""
    rng = np.random.default_rng(7)
    problem = MatchProblem.build([f"r{i}" for i in range(30)], [f"e{j}" for j in range(25)],
                                 rng.random((30, 25)) * 100, rng.random((30, 25)) < 0.2, [1] * 30)  # fmt: skip
    calls: list[tuple[int, int]] = []
    real = solver.assign_with_duals

    def counted(cost: np.ndarray) -> Any:
        calls.append(cost.shape)
        return real(cost)

    monkeypatch.setattr(solver, "assign_with_duals", counted)
    warm = WarmSolver()
    plan = matching._matching.reoptimise(matching.Plan(problem), warm)
    assert len(calls) == 1
    got = forced_pairs.alternatives(plan, "r3", warm, k=5)
    assert got is not None and len(calls) == 1
    if NATIVE_DUALS:
        checks: list[int] = []

        def feasible(*args: object) -> bool:
            checks.append(1)
            return True

        monkeypatch.setattr("rm_tui.core.sap._feasible", feasible)
        forced_pairs.alternatives(plan, "e4", WarmSolver(), k=5)
        assert checks  # the kernel's duals were checked, not recomputed by Bellman-Ford


def test_square_lsa_rejects_a_seed_it_cannot_use() -> None:
    """A seed that is not feasible is not trusted: the duals are derived and still exact."""
    cost = np.array([[4.0, 1.0, 3.0], [2.0, 0.0, 5.0], [3.0, 2.0, 2.0]])
    rows, cols = solver.lsa_pure_python(cost)
    lsa = SquareLSA(cost, cols[np.argsort(rows)], col_duals=np.array([100.0, -100.0, 7.0]))
    _assert_certificate(cost, np.arange(3), lsa.col4row, lsa.u, lsa.v)


def test_the_state_takes_over_the_cold_solves_matrix_and_stays_exact() -> None:
    """Square, one place each, no locks: the warm state edits the very matrix the kernel
    solved (no second build); the hint is handed over once, and later edits stay exact."""
    rng = np.random.default_rng(11)
    scores, allowed = rng.random((40, 40)) * 100, rng.random((40, 40)) > 0.2
    cap = np.ones(40, dtype=np.int64)
    warm = WarmSolver()
    first = warm(scores, allowed, cap)
    state = warm.state_for(scores, allowed, cap.tolist(), [])
    assert state is not None
    if NATIVE_DUALS:
        assert first.optimum is not None and state.lsa.cost is first.optimum.cost
    assert warm._last_solution is None  # handed over: nobody else may read that matrix
    for _ in range(30):
        allowed[rng.integers(40), rng.integers(40)] = bool(rng.random() < 0.5)
        got, want = warm(scores, allowed, cap), solver.solve(scores, allowed, cap)
        assert (got.n_pairs, got.total) == (want.n_pairs, pytest.approx(want.total, abs=1e-7))

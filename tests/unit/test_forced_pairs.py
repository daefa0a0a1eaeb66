"""Forced-pair deltas from one shortest-path computation equal forced cold re-solves."""

from __future__ import annotations

import numpy as np
import pytest

from rm_tui.core import explain
from rm_tui.core.problem import MatchProblem
from rm_tui.services import matching
from rm_tui.solver import cold as solver
from rm_tui.solver import forced_pairs
from rm_tui.solver.warm import WarmSolver


def _plan(rng: np.random.Generator, m: int, n: int):  # type: ignore[no-untyped-def]
    scores = rng.random((m, n)) * 100  # continuous: the optimum (and its worst pair) is unique
    blocked = rng.random((m, n)) < 0.2
    cap = [int(c) for c in rng.integers(1, 3, m)]
    problem = MatchProblem.build([f"r{i}" for i in range(m)], [f"e{j}" for j in range(n)],
                                 scores, blocked, cap)  # fmt: skip
    plan = matching.optimise(problem)
    for pair in plan.pairs[:: max(1, len(plan.pairs) // 2)][:2]:
        plan = plan.lock(pair.mentor, pair.mentee)
    i, j = int(rng.integers(m)), int(rng.integers(n))
    if (f"r{i}", f"e{j}") not in plan.locks:
        plan = plan.forbid(f"r{i}", f"e{j}", "test")
    return plan


@pytest.mark.parametrize("tracked", [1, 32])  # 1: the worst pair is often undone (slow path)
@pytest.mark.parametrize("seed", range(25))
def test_every_partner_delta_matches_a_forced_cold_solve(
    seed: int, tracked: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(forced_pairs, "_TRACKED", tracked)
    rng = np.random.default_rng(seed)
    plan = _plan(rng, int(rng.integers(2, 9)), int(rng.integers(2, 9)))
    people = [*plan.problem.mentors, *plan.problem.mentees]
    for person in people:
        fast = forced_pairs.alternatives(plan, person, WarmSolver(), k=100)
        slow = explain.alternatives(plan, person, solver.solve, k=100)
        assert fast is not None
        assert [a.partner for a in fast] == [a.partner for a in slow]
        for a, b in zip(fast, slow, strict=True):
            assert a.blocked_by == b.blocked_by
            assert a.delta_pairs == b.delta_pairs
            if b.delta_total is None:
                assert a.delta_total is None
                continue
            assert a.delta_total == pytest.approx(b.delta_total, abs=1e-7)
            assert a.delta_worst == pytest.approx(b.delta_worst, abs=1e-7)


def test_fair_objective_falls_back_to_forced_solves() -> None:
    rng = np.random.default_rng(1)
    plan = _plan(rng, 4, 4).with_objective("fair")
    assert forced_pairs.alternatives(plan, plan.problem.mentors[0], WarmSolver()) is None
    assert matching.alternatives(plan, plan.problem.mentors[0])  # still answered

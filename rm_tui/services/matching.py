"""Matching with the real solver: `rm_tui.core` logic wired to `rm_tui.solver.cold` (munkres).

Everything here is a thin partial application; the logic is in `rm_tui/core/matching.py`
and `rm_tui/core/explain.py`, which take the solver as a parameter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rm_tui.core import explain as _explain
from rm_tui.core import matching as _matching
from rm_tui.core.explain import Alternative, PairExplanation, UnmatchedExplanation
from rm_tui.core.plan import Objective, Plan
from rm_tui.core.problem import MatchProblem
from rm_tui.core.program import Program
from rm_tui.core.scoring import ScoreMatrix, score_program
from rm_tui.solver import cold as solver
from rm_tui.solver import forced_pairs
from rm_tui.solver.warm import WarmSolver

explain_pair = _explain.explain_pair
why_unmatched = _explain.why_unmatched
kernel_status = solver.kernel_status

# Re-solves after an edit start from the last optimum (same results as a cold solve, see
# rm_tui/solver/warm.py); the first solve of a problem is a plain cold one.
WARM = WarmSolver()


def optimise(problem: MatchProblem, *, objective: Objective = "total") -> Plan:
    return _matching.optimise(problem, solver.solve, objective=objective)


def match_program(
    program: Program,
    answers: Mapping[str, Any],
    *,
    objective: Objective | None = None,
    explore_eps: float | None = None,
    seed: int = 0,
    today: dt.date | None = None,
) -> tuple[ScoreMatrix, Plan]:
    """Score the program's participants and form the best plan (the program's objective
    unless one is given); with `explore_eps`, a seeded near-optimal plan instead."""
    scores = score_program(program, answers, today=today)
    chosen: Objective = objective or ("fair" if program.objective == "fair" else "total")
    plan = optimise(scores.problem(), objective=chosen)
    if explore_eps is not None:
        plan = explore(plan, eps=explore_eps, seed=seed)
    return scores, plan


def reoptimise(plan: Plan, *, objective: Objective | None = None) -> Plan:
    return _matching.reoptimise(plan, WARM, objective=objective)


def force(plan: Plan, mentor: str, mentee: str) -> Plan:
    return _matching.force(plan, mentor, mentee, WARM)


def explore(plan: Plan, *, eps: float, seed: int) -> Plan:
    return _matching.explore(plan, solver.solve, eps=eps, seed=seed)


def alternatives(plan: Plan, person: str, *, k: int = 3) -> list[Alternative]:
    """Exact deltas from one shortest-path computation (total objective), or one forced
    re-solve per partner otherwise."""
    fast = forced_pairs.alternatives(plan, person, WARM, k=k)
    if fast is not None:
        return fast
    return _explain.alternatives(plan, person, WARM, k=k)


__all__ = [
    "Alternative",
    "PairExplanation",
    "UnmatchedExplanation",
    "alternatives",
    "explain_pair",
    "explore",
    "force",
    "kernel_status",
    "match_program",
    "optimise",
    "reoptimise",
    "why_unmatched",
]

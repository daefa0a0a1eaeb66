"""Matching with the real solver: `rm_tui.core` logic wired to `rm_tui.solver` (munkres).

Everything here is a thin partial application; the logic is in `rm_tui/core/matching.py`
and `rm_tui/core/explain.py`, which take the solver as a parameter.
"""

from __future__ import annotations

from rm_tui import solver
from rm_tui.core import explain as _explain
from rm_tui.core import matching as _matching
from rm_tui.core.explain import Alternative, PairExplanation, UnmatchedExplanation
from rm_tui.core.plan import Objective, Plan
from rm_tui.core.problem import MatchProblem

explain_pair = _explain.explain_pair
why_unmatched = _explain.why_unmatched
kernel_status = solver.kernel_status


def optimise(problem: MatchProblem, *, objective: Objective = "total") -> Plan:
    return _matching.optimise(problem, solver.solve, objective=objective)


def reoptimise(plan: Plan, *, objective: Objective | None = None) -> Plan:
    return _matching.reoptimise(plan, solver.solve, objective=objective)


def force(plan: Plan, mentor: str, mentee: str) -> Plan:
    return _matching.force(plan, mentor, mentee, solver.solve)


def explore(plan: Plan, *, eps: float, seed: int) -> Plan:
    return _matching.explore(plan, solver.solve, eps=eps, seed=seed)


def alternatives(plan: Plan, person: str, *, k: int = 3) -> list[Alternative]:
    return _explain.alternatives(plan, person, solver.solve, k=k)


__all__ = [
    "Alternative",
    "PairExplanation",
    "UnmatchedExplanation",
    "alternatives",
    "explain_pair",
    "explore",
    "force",
    "kernel_status",
    "optimise",
    "reoptimise",
    "why_unmatched",
]

"""Solving plans: optimise, re-optimise, force a pair, explore near-optimal plans.

The solver is injected (`SolveFn`): the core never imports munkres. `rm_tui.services.matching`
wires `rm_tui.solver.cold.solve` in; tests may pass any function with the same contract.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, Protocol

import numpy as np

from rm_tui.core.errors import OperationError
from rm_tui.core.plan import Explore, Key, Objective, Origin, Pair, Plan, PlanConflict
from rm_tui.core.problem import MatchProblem


# Read-only members (properties): the solver's frozen dataclasses satisfy them.
class ConflictLike(Protocol):
    @property
    def side(self) -> Any: ...  # "mentor" | "mentee"
    @property
    def competitors(self) -> tuple[int, ...]: ...
    @property
    def partners(self) -> tuple[int, ...]: ...
    @property
    def places(self) -> int: ...


class SolutionLike(Protocol):
    @property
    def mentors(self) -> np.ndarray: ...
    @property
    def mentees(self) -> np.ndarray: ...
    @property
    def conflict(self) -> ConflictLike | None: ...


class SolveFn(Protocol):
    """The contract of `rm_tui.solver.cold.solve` (indexes: rows = mentors, columns = mentees)."""

    def __call__(
        self,
        scores: np.ndarray,
        allowed: np.ndarray | None = None,
        capacity: Sequence[int] | np.ndarray | None = None,
        *,
        locks: Iterable[tuple[int, int]] = (),
        objective: Objective = "total",
        min_score: float | None = None,
    ) -> SolutionLike: ...


def allowed_matrix(plan: Plan) -> np.ndarray:
    """Cells neither the rules nor the facilitator forbid."""
    allowed = ~plan.problem.blocked
    if plan.forbids:
        allowed = allowed.copy()
        for mentor, mentee in plan.forbid_reasons:
            allowed[plan.problem.cell(mentor, mentee)] = False
    return allowed


def lock_cells(plan: Plan, extra: Iterable[Key] = ()) -> list[tuple[int, int]]:
    """Locked cells; a lock the rules now forbid (e.g. scores recomputed) is named."""
    cells = []
    for mentor, mentee in sorted({*plan.locks, *extra}):
        i, j = plan.problem.cell(mentor, mentee)
        if plan.problem.blocked[i, j]:
            rules = plan.problem.rule_reasons(mentor, mentee)
            why = {lang: "; ".join(t.get(lang) or t.get("en", "") for t in rules) for lang in ("en", "fr")}
            raise OperationError.coded("engine.locked_not_allowed", mentor=mentor, mentee=mentee, reasons=why)
        cells.append((i, j))
    return cells


def _run(
    plan: Plan,
    solve: SolveFn,
    scores: np.ndarray,
    allowed: np.ndarray,
    locks: list[tuple[int, int]],
    objective: Objective,
) -> SolutionLike:
    try:
        return solve(scores, allowed, plan.problem.capacity, locks=locks, objective=objective)
    except ValueError as bad:  # impossible locks: the plan's operations should prevent these
        raise OperationError.coded("engine.cannot_reoptimise", error=str(bad)) from None


def _plan_from(plan: Plan, sol: SolutionLike, extra_locks: Iterable[Key] = ()) -> Plan:
    problem = plan.problem
    kept = {p.key: p for p in plan.pairs if p.key in plan.locks}
    extra = set(extra_locks)
    pairs: list[Pair] = []
    for i, j in zip(sol.mentors.tolist(), sol.mentees.tolist(), strict=True):
        key = (problem.mentors[i], problem.mentees[j])
        if key in kept:
            pairs.append(kept[key])
        else:
            origin: Origin = "locked" if key in extra else "optimizer"
            pairs.append(Pair(key[0], key[1], float(problem.scores[i, j]), origin))
    return replace(
        plan,
        pairs=tuple(pairs),
        locks=plan.locks | extra,
        explore=None,
        conflict=_conflict(problem, sol.conflict),
    )


def _conflict(problem: MatchProblem, c: ConflictLike | None) -> PlanConflict | None:
    if c is None:
        return None
    if c.side == "mentee":
        comp = tuple(problem.mentees[j] for j in c.competitors)
        part = tuple(problem.mentors[i] for i in c.partners)
        return PlanConflict("mentee", comp, part, int(c.places))
    comp = tuple(problem.mentors[i] for i in c.competitors)
    part = tuple(problem.mentees[j] for j in c.partners)
    return PlanConflict("mentor", comp, part, int(c.places))


def reoptimise(plan: Plan, solve: SolveFn, *, objective: Objective | None = None) -> Plan:
    """Re-solve everything that is not locked; locks and forbids are kept."""
    objective = objective or plan.objective
    plan = replace(plan, objective=objective)
    sol = _run(plan, solve, plan.problem.scores, allowed_matrix(plan), lock_cells(plan), objective)
    return _plan_from(plan, sol)


def optimise(problem: MatchProblem, solve: SolveFn, *, objective: Objective = "total") -> Plan:
    """The best plan from scratch: most pairs, then the best objective."""
    return reoptimise(Plan(problem, objective=objective), solve)


def force(plan: Plan, mentor: str, mentee: str, solve: SolveFn) -> Plan:
    """The plan re-optimised with (mentor, mentee) locked on top of the existing locks."""
    problem = plan.problem
    i, j = problem.cell(mentor, mentee)
    if not allowed_matrix(plan)[i, j]:
        raise OperationError.coded("engine.not_allowed_short", mentor=mentor, mentee=mentee)
    for p in plan.pairs_of(mentee):
        if p.key in plan.locks and p.mentor != mentor:
            raise OperationError.coded("engine.mentee_locked", mentee=mentee, mentor=p.mentor)
    if (mentor, mentee) not in plan.locks:
        mine = sum(1 for m, _ in plan.locks if m == mentor)
        if mine >= problem.capacity[i]:
            raise OperationError.coded("engine.places_locked", mentor=mentor)
    sol = _run(
        plan,
        solve,
        problem.scores,
        allowed_matrix(plan),
        lock_cells(plan, [(mentor, mentee)]),
        plan.objective,
    )
    return _plan_from(plan, sol, [(mentor, mentee)])


def explore(plan: Plan, solve: SolveFn, *, eps: float, seed: int, attempts: int = 8) -> Plan:
    """A random plan among those whose total is within `eps` (a fraction) of the optimum,
    with the same number of pairs. Scores are perturbed with seeded noise and the result
    is checked on the true scores; the noise is halved after each draw that strays too far.
    Falls back to the optimum (recorded as such) if no draw fits."""
    if not 0 <= eps <= 1:
        raise OperationError.coded("args.explore_fraction")
    best = reoptimise(plan, solve)
    optimum = best.total
    rng = np.random.default_rng(seed)
    allowed = allowed_matrix(plan)
    locks = lock_cells(plan)
    scale = eps * (optimum / max(len(best.pairs), 1)) * 2.0
    for _ in range(attempts if eps > 0 else 0):
        noisy = plan.problem.scores + rng.normal(0.0, scale, plan.problem.scores.shape)
        sol = _run(plan, solve, noisy, allowed, locks, best.objective)
        drawn = _plan_from(best, sol)
        gap = (optimum - drawn.total) / optimum if optimum > 0 else 0.0
        if len(drawn.pairs) == len(best.pairs) and gap <= eps:
            return replace(drawn, explore=Explore(eps, seed, optimum, max(gap, 0.0)))
        scale /= 2
    return replace(best, explore=Explore(eps, seed, optimum, 0.0, fallback=True))

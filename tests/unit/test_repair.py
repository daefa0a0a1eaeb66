"""Re-pairing: split one pair, re-match its members, leave the others alone, never repeat a pair."""

from __future__ import annotations

import numpy as np
import pytest

from rm_tui.core.errors import InputError, OperationError
from rm_tui.core.matching import optimise
from rm_tui.core.plan import Plan
from rm_tui.core.problem import MatchProblem
from rm_tui.core.repair import NEVER_AGAIN, repair_plan
from rm_tui.solver import cold as solver


def problem(n_mentors: int, n_mentees: int, seed: int = 0) -> MatchProblem:
    rng = np.random.default_rng(seed)
    scores = rng.uniform(10, 90, (n_mentors, n_mentees)).round(1)
    return MatchProblem.build([f"m{i}" for i in range(n_mentors)], [f"e{j}" for j in range(n_mentees)], scores)


def confirmed(n_mentors: int = 8, n_mentees: int = 8, seed: int = 0) -> Plan:
    return optimise(problem(n_mentors, n_mentees, seed), solver.solve)


@pytest.mark.parametrize("seed", range(5))
def test_other_pairs_are_untouched_and_the_split_pair_is_not_reformed(seed: int) -> None:
    plan = confirmed(8, 9, seed)  # one mentee unmatched: a free partner exists
    target = plan.pairs[seed % len(plan.pairs)]
    result = repair_plan(plan, target.mentor, target.mentee, "no_fault", solver.solve)
    others = [p for p in plan.pairs if p != target]
    assert all(p in result.after.pairs for p in others)  # same objects: score, origin kept
    assert result.after.pair_of(target.mentor, target.mentee) is None
    assert result.moved == ()
    assert {p.key for p in result.changes.removed} == {target.key}
    assert all(target.mentor in p.key or target.mentee in p.key for p in result.new_pairs)
    assert result.after.is_forbidden(target.mentor, target.mentee)
    assert result.after.forbid_reasons[target.key] == NEVER_AGAIN


def test_members_are_rematched_with_the_unmatched() -> None:
    plan = confirmed(8, 10)
    target = plan.pairs[0]
    result = repair_plan(plan, target.mentor, target.mentee, "availability", solver.solve)
    (new,) = result.new_pairs
    assert new.mentor == target.mentor and new.mentee in plan.unmatched_mentees()
    assert result.still_unmatched() == (target.mentee,)  # nobody free for the mentee
    assert len(result.after.pairs) == len(plan.pairs)


def test_no_past_pair_is_ever_formed_again() -> None:
    plan = confirmed(6, 8, seed=3)
    target = plan.pairs[0]
    free = plan.unmatched_mentees()
    history = {p.key for p in plan.pairs} | {(target.mentor, e) for e in free}  # all were tried
    result = repair_plan(plan, target.mentor, target.mentee, "no_fault", solver.solve, history=history)
    current = {p.key for p in plan.pairs}
    assert all(p.key not in history or p.key in current for p in result.after.pairs)
    assert target.mentor in result.still_unmatched()


def test_allowing_moves_can_improve_but_keeps_pairs_that_gain_little() -> None:
    # m0-e0 is split; e2 (free) is best for m1, and m0 would be best with e1 (m1's partner).
    scores = np.array([[50, 80, 10], [10, 60, 64], [10, 10, 10]], dtype=float)
    prob = MatchProblem.build(["m0", "m1", "m2"], ["e0", "e1", "e2"], scores)
    plan = Plan(prob).assign("m0", "e0", lock=False).assign("m1", "e1", lock=False)
    stay = repair_plan(plan, "m0", "e0", "no_fault", solver.solve)
    assert stay.after.pair_of("m1", "e1") is not None and stay.moved == ()
    moves = repair_plan(plan, "m0", "e0", "no_fault", solver.solve, allow_moves=True)
    assert moves.moved == (("m1", "e1"),)
    assert {p.key for p in moves.after.pairs} == {("m0", "e1"), ("m1", "e2"), ("m2", "e0")}
    assert moves.after.pair_of("m0", "e1").score == 80  # true scores, not the bonus
    small = repair_plan(plan, "m0", "e0", "no_fault", solver.solve, allow_moves=True, stay_bonus=80)  # moving: 80+64+10 < staying: 60+80+10+10
    assert small.moved == ()


def test_the_facilitators_locks_survive_and_temporary_ones_do_not() -> None:
    plan = confirmed(5, 6)
    keep = plan.pairs[1]
    plan = plan.lock(keep.mentor, keep.mentee)
    target = plan.pairs[0]
    result = repair_plan(plan, target.mentor, target.mentee, "no_fault", solver.solve)
    assert result.after.locks == {keep.key}


def test_bad_requests_are_refused() -> None:
    plan = confirmed(3, 3)
    p = plan.pairs[0]
    with pytest.raises(InputError, match="reason code"):
        repair_plan(plan, p.mentor, p.mentee, "blame", solver.solve)
    other = next(e for e in plan.problem.mentees if e != p.mentee)
    with pytest.raises(OperationError, match="not a confirmed pair"):
        repair_plan(plan, p.mentor, other, "no_fault", solver.solve)

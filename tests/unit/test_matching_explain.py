"""Re-optimising, forcing, exploring and explaining plans with the real solver."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from rm_tui.core.errors import OperationError
from rm_tui.core.plan import diff
from rm_tui.core.problem import MatchProblem
from rm_tui.services import matching


def random_problem(m: int, n: int, seed: int, blocked: float = 0.2, cap: int = 1) -> MatchProblem:
    rng = np.random.default_rng(seed)
    return MatchProblem.build(
        [f"r{i}" for i in range(m)],
        [f"e{j}" for j in range(n)],
        np.round(rng.random((m, n)) * 100, 1),
        rng.random((m, n)) < blocked,
        cap,
    )


def brute_best_total(problem: MatchProblem, forced: tuple[int, int] | None = None) -> float:
    """Best total among maximum-cardinality plans (capacity 1), optionally with one pair."""
    m, n = problem.scores.shape
    best = (-1, -np.inf)
    for choice in itertools.product(range(-1, n), repeat=m):
        used = [c for c in choice if c >= 0]
        if len(used) != len(set(used)):
            continue
        if any(c >= 0 and problem.blocked[i, c] for i, c in enumerate(choice)):
            continue
        if forced is not None and choice[forced[0]] != forced[1]:
            continue
        best = max(
            best, (len(used), sum(problem.scores[i, c] for i, c in enumerate(choice) if c >= 0))
        )
    return best


def test_reoptimise_keeps_locks_and_forbids() -> None:
    problem = random_problem(6, 6, seed=1, blocked=0.1)
    plan = matching.optimise(problem)
    kept = plan.pairs[-1]
    other = plan.pairs[0]
    edited = plan.lock(kept.mentor, kept.mentee).forbid(
        other.mentor, other.mentee, "know each other"
    )
    again = matching.reoptimise(edited)
    assert again.pair_of(kept.mentor, kept.mentee).origin == "locked"
    assert again.pair_of(other.mentor, other.mentee) is None
    assert again.forbid_reasons == {other.key: "know each other"}
    assert len(again.pairs) == 6
    d = diff(plan, again)
    assert other in d.removed
    assert d.delta_total == pytest.approx(again.total - plan.total)


def test_alternatives_deltas_are_exact() -> None:
    problem = random_problem(4, 5, seed=3, blocked=0.2)
    plan = matching.optimise(problem)
    card, opt = brute_best_total(problem)
    assert (len(plan.pairs), plan.total) == (card, pytest.approx(opt))
    person = plan.pairs[0].mentor
    alts = matching.alternatives(plan, person)
    assert 1 <= len(alts) <= 3
    scores = [a.score for a in alts]
    assert scores == sorted(scores, reverse=True)
    assert all(a.partner not in plan.partners_of(person) for a in alts)
    i = problem.mentor_index(person)
    for alt in alts:
        j = problem.mentee_index(alt.partner)
        f_card, f_total = brute_best_total(problem, (i, j))
        assert alt.delta_pairs == f_card - card
        assert alt.delta_total == pytest.approx(f_total - opt)
        assert alt.delta_total <= 1e-9 or alt.delta_pairs < 0


def test_alternative_blocked_by_a_lock_says_why() -> None:
    problem = MatchProblem.build(["a", "b"], ["x", "y"], np.array([[90.0, 10.0], [80.0, 20.0]]))
    plan = matching.optimise(problem)
    plan = plan.lock("a", "x")
    (alt, *_) = matching.alternatives(plan, "b")
    assert alt.partner == "x" and alt.delta_total is None and "locked" in alt.blocked_by


def test_force_twice_and_refusals() -> None:
    problem = MatchProblem.build(["a", "b"], ["x", "y"], np.array([[90.0, 10.0], [80.0, 20.0]]))
    plan = matching.optimise(problem)
    forced = matching.force(plan, "a", "y")
    assert forced.pair_of("a", "y").origin == "locked" and forced.pair_of("b", "x")
    with pytest.raises(OperationError):
        matching.force(plan.forbid("a", "y", "no"), "a", "y")


def test_why_unmatched_kinds() -> None:
    scores = np.full((2, 4), 50.0)
    blocked = np.zeros((2, 4), dtype=bool)
    blocked[:, 3] = True
    problem = MatchProblem.build(["a", "b"], ["w", "x", "y", "z"], scores, blocked)
    plan = matching.optimise(problem)
    z = matching.why_unmatched(plan, "z")
    assert z.kind == "all_forbidden" and [p for p, _ in z.forbidden] == ["a", "b"]
    loser = next(e for e in plan.unmatched_mentees() if e != "z")
    lost = matching.why_unmatched(plan, loser)
    assert lost.kind == "lost_to_optimum"
    assert set(lost.competitors) == {"w", "x", "y"} and lost.partners == ("a", "b")
    assert lost.places == 2
    locked = plan.lock(*plan.pairs[0].key).lock(*plan.pairs[1].key)
    assert matching.why_unmatched(locked, loser).kind == "partners_full"
    assert matching.why_unmatched(plan.unpair(*plan.pairs[0].key), loser).kind == "placeable"
    with pytest.raises(OperationError, match="paired"):
        matching.why_unmatched(plan, plan.pairs[0].mentee)


def test_conflict_reported_with_names() -> None:
    problem = MatchProblem.build(["a", "b", "c"], ["x", "y"], np.full((3, 2), 50.0),
                                 np.array([[False, True], [True, False], [True, True]]))  # fmt: skip
    plan = matching.optimise(problem)
    assert len(plan.pairs) == 2 and plan.conflict is None
    problem = MatchProblem.build(["a", "b"], ["x", "y", "z"], np.full((2, 3), 50.0),
                                 np.array([[True, False, False], [True, False, False]]))  # fmt: skip
    plan = matching.optimise(problem)
    assert plan.conflict is None  # x is surplus: mentors are the smaller side
    problem = MatchProblem.build(["a", "b", "c"], ["x", "y", "z"], np.full((3, 3), 50.0),
                                 np.array([[True, False, False]] * 3))  # fmt: skip
    plan = matching.optimise(problem)
    c = plan.conflict
    assert c is not None and len(c.competitors) > c.places  # a Hall violation, named
    assert c.competitors == ("x",) or (c.side == "mentor" and c.partners == ("y", "z"))


def test_explore_is_seeded_within_eps_and_recorded() -> None:
    problem = random_problem(30, 30, seed=5, blocked=0.2)
    plan = matching.optimise(problem)
    drawn = matching.explore(plan, eps=0.05, seed=11)
    assert drawn.explore is not None and drawn.explore.seed == 11
    assert drawn.total >= (1 - 0.05) * plan.total - 1e-9
    assert len(drawn.pairs) == len(plan.pairs)
    assert drawn == matching.explore(plan, eps=0.05, seed=11)
    draws = {tuple(p.key for p in matching.explore(plan, eps=0.05, seed=s).pairs) for s in range(5)}
    assert len(draws) > 1  # different seeds explore different plans
    assert matching.explore(plan, eps=0.0, seed=1).explore.fallback
    with pytest.raises(OperationError):
        matching.explore(plan, eps=1.5, seed=1)
    assert drawn.lock(*drawn.pairs[0].key).explore is None


def test_fair_objective_raises_the_worst_pair() -> None:
    problem = random_problem(12, 12, seed=9, blocked=0.3)
    total = matching.optimise(problem)
    fair = matching.optimise(problem, objective="fair")
    assert len(fair.pairs) == len(total.pairs)
    assert fair.worst >= total.worst and fair.total <= total.total + 1e-9
    assert fair.objective == "fair"
    assert matching.reoptimise(fair, objective="total").total == pytest.approx(total.total)


def test_explain_pair() -> None:
    problem = MatchProblem.build(["a"], ["x"], np.array([[42.0]]), breakdown=lambda i, j: {"k": 1})
    plan = matching.optimise(problem)
    e = matching.explain_pair(plan, "a", "x")
    assert (e.score, e.origin, e.locked, e.breakdown) == (42.0, "optimizer", False, {"k": 1})
    with pytest.raises(OperationError):
        matching.explain_pair(plan.unpair("a", "x"), "a", "x")


def test_lock_on_a_pair_the_rules_now_forbid_is_named() -> None:
    from rm_tui.core.plan import Pair, Plan

    problem = MatchProblem.build(
        ["a"], ["x"], np.array([[10.0]]), np.array([[True]]),
        block_reasons=lambda i, j: ({"fr": "sous le minimum", "en": "below the minimum"},),
    )  # fmt: skip
    stale = Plan(problem, (Pair("a", "x", 10.0, "locked"),), frozenset({("a", "x")}))
    with pytest.raises(OperationError, match="a and x are locked.*below the minimum"):
        matching.reoptimise(stale)

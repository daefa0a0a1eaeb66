"""`why_unmatched` for a whole list shares its plan-wide work and visits only forbidden
partners for reasons: the answers are those of the person-by-person definition."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from rm_tui.core.explain import UnmatchedContext, why_unmatched
from rm_tui.core.problem import MatchProblem
from rm_tui.core.report import unmatched_list
from rm_tui.services import matching


def reasons_by_definition(plan: matching.Plan, person: str) -> list[tuple[str, tuple]]:
    """Every partner, in order, with the rules' and the facilitator's reasons, if any."""
    problem = plan.problem
    is_mentor = problem.is_mentor(person)
    out = []
    for o in problem.mentees if is_mentor else problem.mentors:
        key = (person, o) if is_mentor else (o, person)
        reasons = tuple(problem.rule_reasons(*key))
        if key in plan.forbid_reasons:
            reasons += (plan.forbid_reasons[key],)
        if reasons:
            out.append((o, reasons))
    return out


@settings(max_examples=80, deadline=None)
@given(m=st.integers(1, 7), n=st.integers(1, 9), seed=st.integers(0, 10_000),
       forbids=st.integers(0, 6), locks=st.integers(0, 2))
def test_shared_context_gives_the_same_explanations(m: int, n: int, seed: int, forbids: int,
                                                     locks: int) -> None:
    rng = np.random.default_rng(seed)
    problem = MatchProblem.build([f"r{i}" for i in range(m)], [f"e{j}" for j in range(n)],
                                 np.round(rng.random((m, n)) * 100, 1), rng.random((m, n)) < 0.3,
                                 int(rng.integers(1, 3)))
    plan = matching.optimise(problem)
    for _ in range(forbids):
        plan = plan.forbid(f"r{rng.integers(m)}", f"e{rng.integers(n)}", "by hand")
    for pair in plan.pairs[:locks]:
        plan = plan.lock(*pair.key)
    plan = plan.unpair(*plan.pairs[0].key) if plan.pairs and seed % 3 == 0 else plan
    shared = UnmatchedContext(plan)
    listed = {pid: expl for pid, _role, expl in unmatched_list(plan)}
    for person in [*plan.unmatched_mentors(), *plan.unmatched_mentees()]:
        alone = why_unmatched(plan, person)
        assert why_unmatched(plan, person, shared) == alone == listed[person]
        assert list(alone.forbidden) == reasons_by_definition(plan, person)

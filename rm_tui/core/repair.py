"""Re-pairing with minimal disruption: split one confirmed pair and re-match its members.

Every other confirmed pair is kept (locked for the re-solve) unless the facilitator allows
moves; even then, keeping a current pair earns a bonus, so a pair moves only when that clearly
improves the whole plan. The same two people are never paired again: every pair of the plan's
history (and the split pair) is forbidden, except pairs that are together now.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np

from rm_tui.core.checkins import REASON_CODES
from rm_tui.core.errors import InputError, OperationError, Problem
from rm_tui.core.matching import SolveFn, reoptimise
from rm_tui.core.plan import Key, Pair, Plan, PlanDiff, diff
from rm_tui.core.problem import MatchProblem
from rm_tui.i18n import Said

NEVER_AGAIN = "paired before: never the same two people again"
STAY_BONUS = 5.0  # score points (0..100 scale) for keeping a current pair when moves are allowed


@dataclass(frozen=True)
class Repair:
    before: Plan
    after: Plan
    split: Key
    reason: str
    changes: PlanDiff
    moved: tuple[Key, ...]  # confirmed pairs, other than the split one, that were undone

    @property
    def new_pairs(self) -> tuple[Pair, ...]:
        return self.changes.added

    def still_unmatched(self) -> tuple[str, ...]:
        """Members of the split pair who found no new partner."""
        mentor, mentee = self.split
        out = [mentor] if mentor in self.after.unmatched_mentors() else []
        return (*out, *([mentee] if mentee in self.after.unmatched_mentees() else []))


def forbid_history(plan: Plan, history: Iterable[Key]) -> Plan:
    """Forbid every past pair that is not together in `plan` (and whose people still take part)."""
    current = {p.key for p in plan.pairs}
    problem = plan.problem
    for mentor, mentee in sorted(set(history)):
        key = (mentor, mentee)
        if key in current or key in plan.forbid_reasons:
            continue
        if problem.is_mentor(mentor) and problem.is_mentee(mentee):
            plan = plan.forbid(mentor, mentee, NEVER_AGAIN)
    return plan


def _with_bonus(problem: MatchProblem, keys: Iterable[Key], bonus: float) -> MatchProblem:
    scores = np.array(problem.scores, dtype=float)
    for mentor, mentee in keys:
        scores[problem.cell(mentor, mentee)] += bonus
    return MatchProblem(problem.mentors, problem.mentees, scores, problem.blocked,
                        problem.capacity, problem.block_reasons, problem.breakdown)


def rematch(
    base: Plan,
    solve: SolveFn,
    *,
    history: Iterable[Key] = (),
    allow_moves: bool = False,
    stay_bonus: float = STAY_BONUS,
) -> tuple[Plan, tuple[Key, ...]]:
    """Match whoever is free in `base` without repeating a past pair; the pairs of `base`
    stay (or, with `allow_moves`, stay unless moving clearly pays). Returns the new plan and
    the pairs of `base` that were undone."""
    base = forbid_history(base, history)
    kept = {p.key: p for p in base.pairs}
    if allow_moves:
        work = replace(base, problem=_with_bonus(base.problem, kept, stay_bonus))
    else:
        work = replace(base, locks=frozenset(kept))
    solved = reoptimise(work, solve)
    pairs = [
        kept.get(p.key) or Pair(p.mentor, p.mentee, base.problem.score(p.mentor, p.mentee), p.origin)
        for p in solved.pairs
    ]
    keys = {p.key for p in pairs}
    # The facilitator's own locks survive; the temporary ones used for the re-solve do not.
    after = replace(base, pairs=tuple(pairs), locks=frozenset(k for k in base.locks if k in keys),
                    explore=None, conflict=solved.conflict)
    return after, tuple(sorted(set(kept) - keys))


def repair_plan(
    plan: Plan,
    mentor: str,
    mentee: str,
    reason: str,
    solve: SolveFn,
    *,
    history: Iterable[Key] = (),
    allow_moves: bool = False,
    stay_bonus: float = STAY_BONUS,
) -> Repair:
    """Split (mentor, mentee) for `reason` (a reason code) and re-match who is free.

    `plan` is the confirmed plan on the current problem; `history` every pair ever confirmed.
    If one of the two is no longer in the problem (they left the program), the pair is
    already gone from `plan`: the other one is simply re-matched.
    """
    if reason not in REASON_CODES:
        raise InputError(Problem("rm-tui", Said("args.reason_code", reason=repr(reason), codes=", ".join(REASON_CODES))))
    split = (mentor, mentee)
    gone = not (plan.problem.is_mentor(mentor) and plan.problem.is_mentee(mentee))
    if plan.pair_of(mentor, mentee) is None and not (gone and split in set(history)):
        raise OperationError.coded("args.not_confirmed_pair", mentor=mentor, mentee=mentee)
    base = plan if gone else plan.unpair(mentor, mentee)
    after, moved = rematch(base, solve, history={*history, split}, allow_moves=allow_moves,
                           stay_bonus=stay_bonus)
    return Repair(plan, after, split, reason, diff(plan, after), moved)

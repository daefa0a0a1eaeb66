"""Why a pair, what else a person could have, and why someone is left unmatched."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from rm_tui.core.errors import OperationError, message
from rm_tui.core.matching import SolveFn, allowed_matrix, force
from rm_tui.core.plan import Origin, Plan
from rm_tui.core.problem import Text


@dataclass(frozen=True)
class PairExplanation:
    mentor: str
    mentee: str
    score: float
    origin: Origin
    locked: bool
    breakdown: Any  # what the scoring module gives (criteria, weights, reasons), or None


@dataclass(frozen=True)
class Alternative:
    """Another partner for `person`: that pair's score, and what forcing it would do to the
    re-optimised plan (None when it cannot be forced; `blocked_by` says why)."""

    person: str
    partner: str
    score: float
    delta_total: float | None
    delta_worst: float | None
    delta_pairs: int | None
    blocked_by: str | None = None
    blocked: OperationError | None = field(default=None, compare=False)  # `blocked_by`, coded


UnmatchedKind = Literal["unfinished", "all_forbidden", "partners_full", "lost_to_optimum",
                        "placeable"]  # fmt: skip


@dataclass(frozen=True)
class UnmatchedExplanation:
    """`competitors` (the person included) can only be paired with `partners`, who have
    `places` free places between them, all taken by competitors (or by locked pairs)."""

    person: str
    kind: UnmatchedKind
    competitors: tuple[str, ...]
    partners: tuple[str, ...]
    places: int
    forbidden: tuple[tuple[str, tuple[Text | str, ...]], ...]  # (partner, reasons)


def explain_pair(plan: Plan, mentor: str, mentee: str) -> PairExplanation:
    pair = plan.pair_of(mentor, mentee)
    if pair is None:
        raise OperationError.coded("engine.not_paired", mentor=mentor, mentee=mentee)
    return PairExplanation(
        mentor,
        mentee,
        pair.score,
        pair.origin,
        plan.is_locked(mentor, mentee),
        plan.problem.pair_breakdown(mentor, mentee),
    )


def candidates(plan: Plan, person: str) -> tuple[bool, list[tuple[str, float]]]:
    """(person is a mentor?, allowed partners other than the current ones, best first)."""
    problem, allowed = plan.problem, allowed_matrix(plan)
    current = set(plan.partners_of(person))
    if problem.is_mentor(person):
        i = problem.mentor_index(person)
        row, names, ok = problem.scores[i], problem.mentees, allowed[i]
    else:
        j = problem.mentee_index(person)
        row, names, ok = problem.scores[:, j], problem.mentors, allowed[:, j]
    order = np.argsort(-np.where(ok, row, -np.inf), kind="stable")
    out = [(names[k], float(row[k])) for k in order if ok[k] and names[k] not in current]
    return problem.is_mentor(person), out


def alternatives(plan: Plan, person: str, solve: SolveFn, *, k: int = 3) -> list[Alternative]:
    """The `k` best-scoring other partners of `person`, each with the exact change in the
    plan's total (and worst pair, and number of pairs) if that pair were forced: re-solve
    with it locked, compared with `plan` itself (the plan shown: the change it would make)."""
    is_mentor, cands = candidates(plan, person)
    base = plan  # one baseline for every Δ: the plan shown, not a re-optimised copy of it
    out: list[Alternative] = []
    for partner, score in cands[:k]:
        mentor, mentee = (person, partner) if is_mentor else (partner, person)
        try:
            forced = force(plan, mentor, mentee, solve)
        except OperationError as why:
            out.append(Alternative(person, partner, score, None, None, None, message(why), why))
            continue
        dw = None
        if forced.worst is not None and base.worst is not None:
            dw = forced.worst - base.worst
        out.append(
            Alternative(
                person, partner, score, forced.total - base.total, dw,
                len(forced.pairs) - len(base.pairs),
            )
        )  # fmt: skip
    return out


class UnmatchedContext:
    """What every `why_unmatched` on one plan shares, computed once (a list of 100 unmatched
    people at 1,000 x 1,000 rebuilt these per person: 0.3 s)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.allowed = allowed_matrix(plan)
        self._sides: dict[bool, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
        self._forbids: dict[str, list[str]] | None = None
        self.paired = {who for p in plan.pairs for who in p.key}

    def side(self, is_mentor: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(capacity, used, used by locked pairs) of each partner, and the unlocked pairs as
        (partner, holder) index rows: a competitor holding a place the re-optimiser may move."""
        if is_mentor not in self._sides:
            plan, problem = self.plan, self.plan.problem
            own = problem.mentors if is_mentor else problem.mentees
            other = problem.mentees if is_mentor else problem.mentors
            own_idx = {p: k for k, p in enumerate(own)}
            other_idx = {p: k for k, p in enumerate(other)}
            cap = np.array(problem.capacity if not is_mentor else [1] * len(other), dtype=np.int64)
            used = np.zeros(len(other), dtype=np.int64)
            locked_used = np.zeros(len(other), dtype=np.int64)
            holders: list[tuple[int, int]] = []
            for p in plan.pairs:
                o, s = (p.mentee, p.mentor) if is_mentor else (p.mentor, p.mentee)
                used[other_idx[o]] += 1
                if p.key in plan.locks:
                    locked_used[other_idx[o]] += 1
                else:
                    holders.append((other_idx[o], own_idx[s]))
            held = np.array(holders, dtype=np.intp).reshape(-1, 2)
            self._sides[is_mentor] = (cap, used, locked_used, held)
        return self._sides[is_mentor]

    def forbidden_by_facilitator(self, person: str) -> list[str]:
        if self._forbids is None:
            self._forbids = {}
            for mentor, mentee in self.plan.forbid_reasons:
                self._forbids.setdefault(mentor, []).append(mentee)
                self._forbids.setdefault(mentee, []).append(mentor)
        return self._forbids.get(person, [])


def why_unmatched(plan: Plan, person: str, context: UnmatchedContext | None = None) -> UnmatchedExplanation:
    """Why `person` has no partner in `plan`: every pair forbidden, partners full with
    locked pairs, lost to others competing for the same places (the optimum chose them),
    or `placeable` (the plan is not maximal: re-optimising would place them). `context`
    shares the plan-wide work between the people of one list."""
    problem = plan.problem
    if context is None or context.plan is not plan:
        context = UnmatchedContext(plan)
    if person in context.paired:
        raise OperationError.coded("engine.is_paired", person=person)
    is_mentor = problem.is_mentor(person)
    allowed = context.allowed
    if not is_mentor:
        problem.mentee_index(person)  # raises if unknown
    a = allowed if is_mentor else allowed.T  # rows: person's side
    me = problem.mentor_index(person) if is_mentor else problem.mentee_index(person)
    own = problem.mentors if is_mentor else problem.mentees
    other = problem.mentees if is_mentor else problem.mentors
    if person in problem.unfinished:  # left out before any rule: they have not finished
        return UnmatchedExplanation(person, "unfinished", (person,), (), 0, ())
    forbidden = _forbidden_reasons(context, person, is_mentor, me)
    if not a[me].any():
        return UnmatchedExplanation(person, "all_forbidden", (person,), (), 0, forbidden)

    # Places each partner still has for the re-optimiser (locked pairs are fixed).
    cap, used, locked_used, holders = context.side(is_mentor)
    zone = np.zeros(len(own), dtype=bool)
    zone[me] = True
    while True:  # alternating search: who else competes for the same places
        partners: np.ndarray = np.any(a[zone], axis=0)
        if ((cap - used) > 0)[partners].any():
            kind: UnmatchedKind = "placeable"
            break
        grown = zone.copy()
        moved: np.ndarray = holders[partners[holders[:, 0]]]
        grown[moved[:, 1]] = True  # whoever holds those partners' places
        if (grown == zone).all():
            kind = "partners_full" if zone.sum() == 1 else "lost_to_optimum"
            break
        zone = grown
    free_places = int((cap - locked_used)[partners].sum())
    return UnmatchedExplanation(
        person,
        kind,
        tuple(own[k] for k in np.flatnonzero(zone)),
        tuple(other[k] for k in np.flatnonzero(partners)),
        free_places,
        forbidden,
    )


def _forbidden_reasons(
    context: UnmatchedContext, person: str, is_mentor: bool, me: int
) -> tuple[tuple[str, tuple[Text | str, ...]], ...]:
    plan = context.plan
    problem, out = plan.problem, []
    others = problem.mentees if is_mentor else problem.mentors
    blocked = problem.blocked[me] if is_mentor else problem.blocked[:, me]
    # Only the partners a rule or the facilitator forbids have reasons: visit those alone.
    index = problem.mentee_index if is_mentor else problem.mentor_index
    by_hand = set()
    for o in context.forbidden_by_facilitator(person):
        try:
            by_hand.add(index(o))
        except OperationError:
            continue  # a forbid naming someone outside this matching
    for k in sorted({*np.flatnonzero(blocked).tolist(), *by_hand}):
        o = others[k]
        mentor, mentee = (person, o) if is_mentor else (o, person)
        reasons: tuple[Text | str, ...] = tuple(problem.rule_reasons(mentor, mentee))
        if (mentor, mentee) in plan.forbid_reasons:
            reasons += (plan.forbid_reasons[(mentor, mentee)],)
        if reasons:
            out.append((o, reasons))
    return tuple(out)

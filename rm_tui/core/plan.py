"""A pairing plan: an immutable value whose operations return new plans.

Operations check what they can without a solver (forbidden pairs, capacity, locks) and raise
`OperationError` with a message for the facilitator. Re-optimising is in `core/matching.py`.
Pairs made by hand (`assign`, `swap`) are locked by default: otherwise the next
re-optimisation would undo the facilitator's decision.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from rm_tui.core.errors import OperationError
from rm_tui.core.problem import MatchProblem

Origin = Literal["optimizer", "locked", "manual"]
Objective = Literal["total", "fair"]
Key = tuple[str, str]  # (mentor id, mentee id)


@dataclass(frozen=True)
class Pair:
    mentor: str
    mentee: str
    score: float
    origin: Origin = "optimizer"

    @property
    def key(self) -> Key:
        return (self.mentor, self.mentee)


@dataclass(frozen=True)
class Explore:
    """Recorded when a plan was drawn at random among near-optimal plans (test-and-learn)."""

    eps: float
    seed: int
    optimum_total: float
    gap: float  # (optimum - total) / optimum, always <= eps
    fallback: bool = False  # no different plan within eps was found: the optimum was kept


@dataclass(frozen=True)
class PlanConflict:
    """People the rules make impossible to place: `competitors` (of `side`) can only be
    paired within `partners`, who have `places` places between them."""

    side: Literal["mentor", "mentee"]
    competitors: tuple[str, ...]
    partners: tuple[str, ...]
    places: int


@dataclass(frozen=True)
class Plan:
    problem: MatchProblem = field(compare=False, repr=False)
    pairs: tuple[Pair, ...] = ()
    locks: frozenset[Key] = frozenset()
    forbids: tuple[tuple[Key, str], ...] = ()  # facilitator forbids, sorted, with reasons
    objective: Objective = "total"
    explore: Explore | None = None
    conflict: PlanConflict | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "pairs", tuple(sorted(self.pairs, key=lambda p: p.key)))
        object.__setattr__(self, "forbids", tuple(sorted(dict(self.forbids).items())))
        object.__setattr__(self, "locks", frozenset(self.locks))

    # -- reading --------------------------------------------------------------------------

    @property
    def forbid_reasons(self) -> Mapping[Key, str]:
        return dict(self.forbids)

    @property
    def total(self) -> float:
        return float(sum(p.score for p in self.pairs))

    @property
    def worst(self) -> float | None:
        return min((p.score for p in self.pairs), default=None)

    def pair_of(self, mentor: str, mentee: str) -> Pair | None:
        return next((p for p in self.pairs if p.key == (mentor, mentee)), None)

    def pairs_of(self, person: str) -> tuple[Pair, ...]:
        return tuple(p for p in self.pairs if person in p.key)

    def partners_of(self, person: str) -> tuple[str, ...]:
        return tuple(p.mentee if p.mentor == person else p.mentor for p in self.pairs_of(person))

    def is_locked(self, mentor: str, mentee: str) -> bool:
        return (mentor, mentee) in self.locks

    def is_forbidden(self, mentor: str, mentee: str) -> bool:
        """Forbidden by a rule of the program or by the facilitator."""
        i, j = self.problem.cell(mentor, mentee)
        return bool(self.problem.blocked[i, j]) or (mentor, mentee) in self.forbid_reasons

    def unmatched_mentors(self) -> tuple[str, ...]:
        used = {p.mentor for p in self.pairs}
        return tuple(m for m in self.problem.mentors if m not in used)

    def unmatched_mentees(self) -> tuple[str, ...]:
        used = {p.mentee for p in self.pairs}
        return tuple(m for m in self.problem.mentees if m not in used)

    def free_places(self, mentor: str) -> int:
        return self.problem.capacity_of(mentor) - sum(1 for p in self.pairs if p.mentor == mentor)

    # -- operations (each returns a new plan) ----------------------------------------------

    def _changed(self, pairs: Iterable[Pair], **changes: Any) -> Plan:
        # Any edit makes the plan no longer a random draw nor the solver's conflict report.
        return replace(self, pairs=tuple(pairs), explore=None, **changes)

    def _require_pair(self, mentor: str, mentee: str) -> Pair:
        pair = self.pair_of(mentor, mentee)
        if pair is None:
            raise OperationError.coded("engine.not_paired", mentor=mentor, mentee=mentee)
        return pair

    def _require_allowed(self, mentor: str, mentee: str) -> None:
        rules = self.problem.rule_reasons(mentor, mentee)
        said = {lang: [t.get(lang) or t.get("en", "") for t in rules] for lang in ("en", "fr")}
        if (mentor, mentee) in self.forbid_reasons:
            for reasons in said.values():
                reasons.append(self.forbid_reasons[(mentor, mentee)])
        if said["en"]:
            raise OperationError.coded("engine.not_allowed", mentor=mentor, mentee=mentee,
                                       reasons={lang: "; ".join(r) for lang, r in said.items()})

    def lock(self, mentor: str, mentee: str) -> Plan:
        pair = self._require_pair(mentor, mentee)
        origin: Origin = "manual" if pair.origin == "manual" else "locked"
        pairs = [replace(p, origin=origin) if p == pair else p for p in self.pairs]
        return self._changed(pairs, locks=self.locks | {pair.key})

    def unlock(self, mentor: str, mentee: str) -> Plan:
        pair = self._require_pair(mentor, mentee)
        if pair.key not in self.locks:
            raise OperationError.coded("engine.not_locked", mentor=mentor, mentee=mentee)
        origin: Origin = "manual" if pair.origin == "manual" else "optimizer"
        pairs = [replace(p, origin=origin) if p == pair else p for p in self.pairs]
        return self._changed(pairs, locks=self.locks - {pair.key})

    def forbid(self, mentor: str, mentee: str, reason: str) -> Plan:
        """Never pair these two; if they are paired (even locked), the pair is undone."""
        self.problem.cell(mentor, mentee)  # both must exist
        if not reason.strip():
            raise OperationError.coded("engine.forbid_needs_reason")
        key = (mentor, mentee)
        forbids = {**self.forbid_reasons, key: reason.strip()}
        pairs = [p for p in self.pairs if p.key != key]
        return self._changed(pairs, locks=self.locks - {key}, forbids=tuple(forbids.items()))

    def unforbid(self, mentor: str, mentee: str) -> Plan:
        key = (mentor, mentee)
        if key not in self.forbid_reasons:
            raise OperationError.coded("engine.not_forbidden", mentor=mentor, mentee=mentee)
        forbids = {k: v for k, v in self.forbid_reasons.items() if k != key}
        return self._changed(self.pairs, forbids=tuple(forbids.items()))

    def unpair(self, mentor: str, mentee: str) -> Plan:
        pair = self._require_pair(mentor, mentee)
        return self._changed([p for p in self.pairs if p != pair], locks=self.locks - {pair.key})

    def assign(self, mentor: str, mentee: str, *, lock: bool = True) -> Plan:
        """Pair by hand. The mentee's current partner (if any, and unlocked) is released."""
        self._require_allowed(mentor, mentee)
        if self.pair_of(mentor, mentee) is not None:
            raise OperationError.coded("engine.already_paired", mentor=mentor, mentee=mentee)
        pairs = list(self.pairs)
        for p in self.pairs_of(mentee):
            if p.key in self.locks:
                raise OperationError.coded("engine.mentee_locked_unlock", mentee=mentee, mentor=p.mentor)
            pairs.remove(p)
        if sum(1 for p in pairs if p.mentor == mentor) >= self.problem.capacity_of(mentor):
            cap = self.problem.capacity_of(mentor)
            raise OperationError.coded("engine.at_capacity", mentor=mentor, cap=cap)
        pairs.append(Pair(mentor, mentee, self.problem.score(mentor, mentee), "manual"))
        locks = self.locks | {(mentor, mentee)} if lock else self.locks
        return self._changed(pairs, locks=locks)

    def swap(self, first: Key, second: Key, *, lock: bool = True) -> Plan:
        """Exchange the mentees of two pairs: (a, x), (b, y) -> (a, y), (b, x)."""
        p1, p2 = self._require_pair(*first), self._require_pair(*second)
        if p1.mentor == p2.mentor or p1.mentee == p2.mentee:
            raise OperationError.coded("engine.swap_needs_two")
        for p in (p1, p2):
            if p.key in self.locks:
                raise OperationError.coded("engine.pair_locked", mentor=p.mentor, mentee=p.mentee)
        new1 = Pair(p1.mentor, p2.mentee, self.problem.score(p1.mentor, p2.mentee), "manual")
        new2 = Pair(p2.mentor, p1.mentee, self.problem.score(p2.mentor, p1.mentee), "manual")
        for p in (new1, new2):
            self._require_allowed(p.mentor, p.mentee)
        pairs = [p for p in self.pairs if p not in (p1, p2)] + [new1, new2]
        locks = self.locks | {new1.key, new2.key} if lock else self.locks
        return self._changed(pairs, locks=locks)

    def with_objective(self, objective: Objective) -> Plan:
        if objective not in ("total", "fair"):
            raise OperationError.coded("engine.unknown_objective", objective=repr(objective))
        return replace(self, objective=objective)


# -- comparing plans --------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanDiff:
    added: tuple[Pair, ...]
    removed: tuple[Pair, ...]
    delta_total: float
    delta_worst: float | None  # None when either plan has no pair
    delta_pairs: int

    @property
    def empty(self) -> bool:
        return not self.added and not self.removed


def diff(before: Plan, after: Plan) -> PlanDiff:
    """Pairs present in only one plan (by mentor and mentee), and how the scores moved."""
    old, new = {p.key: p for p in before.pairs}, {p.key: p for p in after.pairs}
    added = tuple(new[k] for k in sorted(new.keys() - old.keys()))
    removed = tuple(old[k] for k in sorted(old.keys() - new.keys()))
    worst_a, worst_b = before.worst, after.worst
    delta_worst = None if worst_a is None or worst_b is None else worst_b - worst_a
    return PlanDiff(
        added,
        removed,
        after.total - before.total,
        delta_worst,
        len(after.pairs) - len(before.pairs),
    )

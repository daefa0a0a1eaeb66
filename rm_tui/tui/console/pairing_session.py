"""The console's pairing work: a plan history over the engine's immutable plans.

Plain Python (no Textual): screens call it from thread workers and render what it returns.
Every operation is the engine's (`rm_tui.core.plan`, `rm_tui.matching`); this module only
sequences them (operation, then re-solve), keeps undo/redo, writes the audit log, mirrors
locks and forbids to the database's constraints table (so `rm-tui match` honours them), and
stores drafts and confirmed versions.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rm_tui import matching
from rm_tui.core.errors import OperationError
from rm_tui.core.history import History
from rm_tui.core.plan import Key, Objective, Pair, Plan, PlanDiff, diff
from rm_tui.core.problem import MatchProblem
from rm_tui.core.program import Criterion, Program
from rm_tui.tui.console import engine_bridge
from rm_tui.tui.console.cohort import CohortSource, Snapshot

ACTOR = "facilitator"


@dataclass(frozen=True)
class Outcome:
    """What an action did: the new plan and what moved compared with the plan before."""

    action: str
    plan: Plan
    before: Plan | None
    change: PlanDiff | None
    note: str = ""


@dataclass(frozen=True)
class State:
    """One step of the history: a plan and the weights and people it was solved for."""

    plan: Plan
    program: Program
    criteria: dict[str, Criterion]


@dataclass(frozen=True)
class WhatIf:
    """A plan under other weights, not applied: the diff says what would move."""

    criteria: dict[str, Criterion]
    program: Program
    plan: Plan
    change: PlanDiff


class PairingSession:
    def __init__(self, source: CohortSource, *, today: dt.date | None = None) -> None:
        self.source = source
        self.today = today  # None: seniority counted at the real date
        self.history: History[State] | None = None
        self.answers: Any = None
        self.confirmed_id: int | None = None  # plan id of the confirmed version now shown
        self._lock = threading.Lock()  # one change at a time, whichever worker runs it

    # -- reading ------------------------------------------------------------------------------
    @property
    def plan(self) -> Plan | None:
        return self.history.present.plan if self.history else None

    @property
    def program(self) -> Program | None:
        """The program (people, weights) the current plan was solved for."""
        return self.history.present.program if self.history else None

    @property
    def criteria(self) -> dict[str, Criterion]:
        if self.history:
            return self.history.present.criteria
        return dict(self.source.program.criteria)

    def _push(self, state: State) -> None:
        self.history = self.history.push(state) if self.history else History(state)

    def person_name(self, pid: str) -> str:
        person = self.program.participant(pid) if self.program else None
        return person.name if person else pid

    # -- running the matching -----------------------------------------------------------------
    def run(self, snapshot: Snapshot, objective: Objective | None = None) -> Outcome:
        """Score the cohort as it is now and solve, keeping the facilitator's locks and
        forbids (from the database's constraints)."""
        with self._lock:
            criteria = self.criteria
            program = self.source.matching_program(snapshot).with_criteria(criteria)
            problem = engine_bridge.build_problem(program, snapshot.answers, self.today)
            objective = objective or (self.plan.objective if self.plan else program.objective)  # type: ignore[assignment]
            start = self._seed_plan(problem, objective)  # type: ignore[arg-type]
            plan = matching.reoptimise(start)
            before = self.plan
            self.answers = snapshot.answers
            self._push(State(plan, program, criteria))
            self.source.db.log("match", actor=ACTOR, objective=plan.objective,
                               pairs=len(plan.pairs), total=round(plan.total, 2))
            return Outcome("match", plan, before, diff(before, plan) if before else None)

    def _seed_plan(self, problem: MatchProblem, objective: Objective) -> Plan:
        locks: list[Pair] = []
        forbids: dict[Key, str] = {}
        for c in self.source.db.constraints():
            key = (c["mentor"], c["mentee"])
            if not (problem.is_mentor(key[0]) and problem.is_mentee(key[1])):
                continue  # someone left or was excluded
            if c["kind"] == "forbid":
                forbids[key] = c.get("reason") or "forbidden by the facilitator"
            elif not problem.blocked[problem.cell(*key)]:
                locks.append(Pair(key[0], key[1], problem.score(*key), "locked"))
        taken: set[str] = set()
        kept = []
        for pair in locks:  # never two locks on one mentee (a stale database could hold them)
            if pair.mentee not in taken and pair.key not in forbids:
                kept.append(pair)
                taken.add(pair.mentee)
        return Plan(problem, tuple(kept), frozenset(p.key for p in kept),
                    tuple(forbids.items()), objective)

    # -- adjustments: the engine's operation, then an immediate re-solve -----------------------
    def _change(self, action: str, make: Callable[[Plan], Plan], *, resolve: bool = True,
                reason: str | None = None, note: str = "", **details: Any) -> Outcome:
        with self._lock:
            before = self._require_plan()
            after = make(before)
            if resolve:
                after = matching.reoptimise(after)
            self._push(State(after, self.program, self.criteria))  # type: ignore[arg-type]
            self._sync_constraints(after, reason)
            change = diff(before, after)
            self.source.db.log(action, actor=ACTOR, reason=reason, **details,
                               delta_total=round(change.delta_total, 2),
                               moved=len(change.added) + len(change.removed))
            return Outcome(action, after, before, change, note)

    def _require_plan(self) -> Plan:
        if self.plan is None:
            raise OperationError("run the matching first (r)")
        return self.plan

    def lock(self, mentor: str, mentee: str) -> Outcome:
        return self._change("lock", lambda p: p.lock(mentor, mentee), mentor=mentor, mentee=mentee)

    def unlock(self, mentor: str, mentee: str) -> Outcome:
        return self._change("unlock", lambda p: p.unlock(mentor, mentee), mentor=mentor, mentee=mentee)

    def forbid(self, mentor: str, mentee: str, reason: str) -> Outcome:
        return self._change("forbid", lambda p: p.forbid(mentor, mentee, reason), reason=reason,
                            mentor=mentor, mentee=mentee)

    def swap(self, first: Key, second: Key) -> Outcome:
        return self._change("swap", lambda p: p.swap(first, second), first=list(first),
                            second=list(second))

    def unpair(self, mentor: str, mentee: str) -> Outcome:
        # No re-solve here: the optimiser would only put the same two back together.
        return self._change("unpair", lambda p: p.unpair(mentor, mentee), resolve=False,
                            mentor=mentor, mentee=mentee,
                            note="left unmatched; R re-optimises (it may pair them again)")

    def assign(self, mentor: str, mentee: str) -> Outcome:
        """Pair by hand (locked). A mentor with no place left first lets go of their weakest
        unlocked mentee, whom the re-solve then places elsewhere if it can."""
        def make(plan: Plan) -> Plan:
            if plan.pair_of(mentor, mentee) is None and plan.free_places(mentor) <= 0:
                free = [p for p in plan.pairs_of(mentor) if p.key not in plan.locks]
                if not free:
                    raise OperationError(f"{self.person_name(mentor)}'s places are all locked: unlock one first")
                plan = plan.unpair(*min(free, key=lambda p: p.score).key)
            return plan.assign(mentor, mentee)

        return self._change("assign", make, mentor=mentor, mentee=mentee)

    def reoptimise(self) -> Outcome:
        return self._change("reoptimise", lambda p: p)

    def set_objective(self, objective: Objective) -> Outcome:
        return self._change("objective", lambda p: p.with_objective(objective), objective=objective)

    def undo(self) -> Outcome:
        return self._move("undo")

    def redo(self) -> Outcome:
        return self._move("redo")

    def _move(self, action: str) -> Outcome:
        with self._lock:
            if self.history is None:
                raise OperationError(f"nothing to {action}")
            before = self.history.present.plan
            self.history = self.history.undo() if action == "undo" else self.history.redo()
            after = self.history.present.plan
            self._sync_constraints(after, None)
            change = diff(before, after)
            self.source.db.log(action, actor=ACTOR, delta_total=round(change.delta_total, 2))
            return Outcome(action, after, before, change)

    def _sync_constraints(self, plan: Plan, reason: str | None) -> None:
        """Make the database's constraints say what the plan's locks and forbids say."""
        db = self.source.db
        wanted = {("lock", *k): None for k in plan.locks}
        wanted.update({("forbid", *k): r for k, r in plan.forbid_reasons.items()})
        present: dict[tuple[str, str, str], int] = {}
        for c in db.constraints():
            key = (c["kind"], c["mentor"], c["mentee"])
            in_problem = plan.problem.is_mentor(key[1]) and plan.problem.is_mentee(key[2])
            if key in wanted or not in_problem:
                present[key] = c["id"]
            else:
                db.remove_constraint(c["id"], actor=ACTOR, reason=reason)
        for key, why in wanted.items():
            if key not in present:
                db.add_constraint(key[0], key[1], key[2], actor=ACTOR, reason=why or reason)  # type: ignore[arg-type]

    # -- explanations (heavy: call from a worker) -----------------------------------------------
    def alternatives(self, person: str, k: int = 3) -> list[matching.Alternative]:
        return matching.alternatives(self._require_plan(), person, k=k)

    def why_unmatched(self, person: str) -> matching.UnmatchedExplanation:
        return matching.why_unmatched(self._require_plan(), person)

    def compare_objective(self) -> tuple[Plan, PlanDiff]:
        """The plan under the other objective, and what would move."""
        plan = self._require_plan()
        other: Objective = "fair" if plan.objective == "total" else "total"
        alt = matching.reoptimise(plan, objective=other)
        return alt, diff(plan, alt)

    # -- weights what-if ------------------------------------------------------------------------
    def what_if(self, weights: dict[str, float]) -> WhatIf:
        plan = self._require_plan()
        assert self.program is not None
        criteria = {name: replace(c, weight=float(weights.get(name, c.weight)))
                    for name, c in self.criteria.items()}
        program = self.program.with_criteria(criteria)
        problem = engine_bridge.build_problem(program, self.answers, self.today)
        moved = Plan(problem, (), frozenset(), plan.forbids, plan.objective)
        locks = [Pair(m, e, problem.score(m, e), "locked") for m, e in sorted(plan.locks)
                 if not problem.blocked[problem.cell(m, e)]]
        moved = replace(moved, pairs=tuple(locks), locks=frozenset(p.key for p in locks))
        new = matching.reoptimise(moved)
        return WhatIf(criteria, program, new, diff(plan, new))

    def apply_weights(self, what_if: WhatIf, reason: str | None) -> Outcome:
        with self._lock:
            before = self._require_plan()
            old = {n: c.weight for n, c in self.criteria.items()}
            self._push(State(what_if.plan, what_if.program, dict(what_if.criteria)))
            new = {n: c.weight for n, c in self.criteria.items()}
            self.source.db.log("weights", actor=ACTOR, reason=reason, before=old, after=new)
            return Outcome("weights", what_if.plan, before, what_if.change)

    # -- confirm and export -----------------------------------------------------------------------
    def record(self) -> dict[str, Any]:
        """The plan as stored in the database (a draft or a confirmed version)."""
        plan = self._require_plan()
        return engine_bridge.plan_record(plan, self.program, self.criteria)

    def save_draft(self, note: str | None = None) -> int:
        return self.source.db.save_plan(self.record(), "draft", actor=ACTOR, note=note)

    def confirm(self, note: str | None = None) -> int:
        """Store the plan as a new confirmed version (never modified afterwards); returns its
        plan id. Later changes are drafts until confirmed again."""
        with self._lock:
            self.confirmed_id = self.source.db.save_plan(self.record(), "confirmed", actor=ACTOR,
                                                         note=note)
            self._confirmed_record = self.record()
            return self.confirmed_id

    def confirmed_version(self) -> int | None:
        record = self.source.db.plan(self.confirmed_id) if self.confirmed_id else None
        return record.get("version") if record else None

    def is_confirmed_plan(self) -> bool:
        """The plan shown is exactly the confirmed version (same pairs and settings)."""
        confirmed = getattr(self, "_confirmed_record", None)
        return confirmed is not None and self.plan is not None and confirmed == self.record()

    def export(self, path: Path) -> Path:
        plan = self._require_plan()
        engine_bridge.export_plan(plan, self.program, path, db=self.source.db)
        self.source.db.log("export", actor=ACTOR, path=str(path))
        return path

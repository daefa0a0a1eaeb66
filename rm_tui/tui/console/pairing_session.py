"""The console's pairing work: a plan history over the engine's immutable plans.

Plain Python (no Textual): screens call it from thread workers and render what it returns.
Every operation is the engine's (`rm_tui.core.plan`, `rm_tui.matching`, `rm_tui.workspace`,
`rm_tui.core.export`); this module only sequences them (operation, then re-solve), keeps
undo/redo, writes the audit log, mirrors locks and forbids to the database's constraints
(so `rm-tui match` honours them), and stores drafts and confirmed versions.
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
from rm_tui.core.program import Criterion, Program
from rm_tui.tui.console import engine_bridge
from rm_tui.tui.console.cohort import CohortSource, Snapshot
from rm_tui.workspace import Workspace

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
    """One step of the history: a plan and the workspace (people, weights) it was solved on."""

    plan: Plan
    ws: Workspace


@dataclass(frozen=True)
class WhatIf:
    """A plan under other weights, not applied: the diff says what would move."""

    criteria: dict[str, Criterion]
    ws: Workspace
    plan: Plan
    change: PlanDiff
    kept_total: float  # today's pairs scored under the new weights: the fair comparison


class PairingSession:
    def __init__(self, source: CohortSource, *, today: dt.date | None = None) -> None:
        self.source = source
        self.today = today  # None: seniority counted at the real date
        self.history: History[State] | None = None
        self.confirmed_id: int | None = None  # plan id of the version confirmed here
        self._confirmed_pairs: Any = None
        self._inputs: Any = None  # (people, answers) the last run scored
        self._lock = threading.Lock()  # one change at a time, whichever worker runs it

    # -- reading ------------------------------------------------------------------------------
    @property
    def plan(self) -> Plan | None:
        return self.history.present.plan if self.history else None

    @property
    def ws(self) -> Workspace | None:
        return self.history.present.ws if self.history else None

    @property
    def program(self) -> Program | None:
        """The program (merged roster, weights) the current plan was solved for."""
        return self.ws.program if self.ws else None

    @property
    def criteria(self) -> dict[str, Criterion]:
        return dict((self.program or self.source.program).criteria)

    def is_stale(self, snapshot: Snapshot | None) -> bool:
        """New answers, people or corrections since the last run (r re-scores them)."""
        return (snapshot is not None and self._inputs is not None
                and self._inputs != (snapshot.people, snapshot.answers))

    def person_name(self, pid: str) -> str:
        return self.ws.name(pid) if self.ws else pid

    def _push(self, state: State) -> None:
        self.history = self.history.push(state) if self.history else History(state)

    def _require_plan(self) -> Plan:
        if self.plan is None:
            raise OperationError("run the matching first (r)")
        return self.plan

    def _workspace(self, people: Any, answers: Any, criteria: dict[str, Criterion]) -> Workspace:
        program = self.source.program.with_criteria(criteria)
        return engine_bridge.workspace(program, people, answers, self.source.db.constraints(),
                                       self.source.db.path, self.today)

    # -- running the matching -----------------------------------------------------------------
    def run(self, snapshot: Snapshot, objective: Objective | None = None) -> Outcome:
        """Score the cohort as it is now and solve, keeping the facilitator's locks and
        forbids (stored in the database)."""
        with self._lock:
            ws = self._workspace(snapshot.people, snapshot.answers, self.criteria)
            objective = objective or (self.plan.objective if self.plan else None)
            start, _, warnings = ws.start_plan(objective=objective)
            plan = matching.reoptimise(start)
            before = self.plan
            self._push(State(plan, ws))
            self._inputs = (snapshot.people, snapshot.answers)
            self.source.db.log("match", actor=ACTOR, objective=plan.objective,
                               pairs=len(plan.pairs), total=round(plan.total, 2))
            return Outcome("match", plan, before, diff(before, plan) if before else None,
                           "; ".join(warnings))

    def load_confirmed(self, snapshot: Snapshot) -> Outcome:
        """Bring back the latest confirmed version (e.g. in a later session) to review or
        adjust it; scores are today's, the pairs and decisions are the confirmed ones."""
        from rm_tui.core.plan_io import plan_from_dict

        with self._lock:
            record = self.source.db.latest_confirmed()
            if record is None:
                raise OperationError("nothing confirmed yet")
            ws = self._workspace(snapshot.people, snapshot.answers, self.criteria)
            plan = plan_from_dict(record["plan"], ws.problem)
            before = self.plan
            self._push(State(plan, ws))
            self._inputs = (snapshot.people, snapshot.answers)
            self.confirmed_id = record["id"]
            self._confirmed_pairs = self._pairs_signature()
            self.source.db.log("load_confirmed", actor=ACTOR, plan_id=record["id"],
                               version=record.get("version"))
            return Outcome("load confirmed", plan, before, diff(before, plan) if before else None,
                           f"Confirmed version {record.get('version')} loaded.")

    # -- adjustments: the engine's operation, then an immediate re-solve -----------------------
    def _change(self, action: str, make: Callable[[Plan], Plan], *, resolve: bool = True,
                reason: str | None = None, note: str = "", **details: Any) -> Outcome:
        with self._lock:
            before = self._require_plan()
            after = make(before)
            if resolve:
                after = matching.reoptimise(after)
            assert self.ws is not None  # a plan is only ever made from a workspace
            self._push(State(after, self.ws))
            self._sync_constraints(after, reason)
            change = diff(before, after)
            self.source.db.log(action, actor=ACTOR, reason=reason, **details,
                               delta_total=round(change.delta_total, 2),
                               moved=len(change.added) + len(change.removed))
            self._draft_after_confirm()
            return Outcome(action, after, before, change, note)

    def lock(self, mentor: str, mentee: str) -> Outcome:
        return self._change("lock", lambda p: p.lock(mentor, mentee), mentor=mentor, mentee=mentee)

    def unlock(self, mentor: str, mentee: str) -> Outcome:
        return self._change("unlock", lambda p: p.unlock(mentor, mentee), mentor=mentor,
                            mentee=mentee)

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
                            note="Both are unmatched now; R re-optimises (it may pair them again).")

    def assign(self, mentor: str, mentee: str) -> Outcome:
        """Pair by hand (locked). A mentor with no place left first lets go of their weakest
        unlocked mentee, whom the re-solve then places elsewhere if it can."""
        def make(plan: Plan) -> Plan:
            if plan.pair_of(mentor, mentee) is None and plan.free_places(mentor) <= 0:
                free = [p for p in plan.pairs_of(mentor) if p.key not in plan.locks]
                if not free:
                    raise OperationError(
                        f"{self.person_name(mentor)}'s places are all locked: unlock one first")
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
            self._draft_after_confirm()
            return Outcome(action, after, before, change)

    def _sync_constraints(self, plan: Plan, reason: str | None) -> None:
        """Make the database's constraints say what the plan's locks and forbids say."""
        db = self.source.db
        wanted: dict[tuple[str, str, str], str | None] = {("lock", *k): None for k in plan.locks}
        wanted.update({("forbid", *k): r for k, r in plan.forbid_reasons.items()})
        present: set[tuple[str, str, str]] = set()
        for c in db.constraints():
            key = (c["kind"], c["mentor"], c["mentee"])
            in_matching = plan.problem.is_mentor(key[1]) and plan.problem.is_mentee(key[2])
            if key in wanted or not in_matching:  # people excluded now keep their constraints
                present.add(key)
            else:
                db.remove_constraint(c["id"], actor=ACTOR, reason=reason)
        for key, why in wanted.items():
            if key not in present:
                db.add_constraint(key[0], key[1], key[2], actor=ACTOR, reason=why or reason)  # type: ignore[arg-type]  # key[0] is 'lock' or 'forbid': `wanted` is built from both

    # -- explanations (heavy: call from a worker) -----------------------------------------------
    def alternatives(self, person: str, k: int = 3) -> list[matching.Alternative]:
        return matching.alternatives(self._require_plan(), person, k=k)

    def why_unmatched(self, person: str) -> matching.UnmatchedExplanation:
        return matching.why_unmatched(self._require_plan(), person)

    # -- weights what-if ------------------------------------------------------------------------
    def what_if(self, weights: dict[str, float]) -> WhatIf:
        plan, ws = self._require_plan(), self.ws
        assert ws is not None
        criteria = {name: replace(c, weight=float(weights.get(name, c.weight)))
                    for name, c in self.criteria.items()}
        new_ws = engine_bridge.workspace(
            self.source.program.with_criteria(criteria), self.source.db.participants(), ws.answers,
            self.source.db.constraints(), self.source.db.path, self.today)
        problem = new_ws.problem
        locks = [Pair(m, e, problem.score(m, e), "locked") for m, e in sorted(plan.locks)
                 if problem.is_mentor(m) and problem.is_mentee(e)
                 and not problem.blocked[problem.cell(m, e)]]
        start = Plan(problem, tuple(locks), frozenset(p.key for p in locks), plan.forbids,
                     plan.objective)
        new = matching.reoptimise(start)
        kept = sum(problem.score(p.mentor, p.mentee) for p in plan.pairs
                   if problem.is_mentor(p.mentor) and problem.is_mentee(p.mentee))
        return WhatIf(criteria, new_ws, new, diff(plan, new), kept)

    def apply_weights(self, what_if: WhatIf, reason: str | None) -> Outcome:
        with self._lock:
            before = self._require_plan()
            old = {n: c.weight for n, c in self.criteria.items()}
            self._push(State(what_if.plan, what_if.ws))
            new = {n: c.weight for n, c in what_if.criteria.items()}
            self.source.db.log("weights", actor=ACTOR, reason=reason, before=old, after=new)
            self._draft_after_confirm()
            return Outcome("weights", what_if.plan, before, what_if.change)

    # -- confirm and export -----------------------------------------------------------------------
    def _pairs_signature(self) -> Any:
        plan = self._require_plan()
        weights = {n: c.weight for n, c in self.criteria.items()}
        return (tuple((p.key, p.origin) for p in plan.pairs), plan.forbids, plan.locks,
                plan.objective, tuple(sorted(weights.items())))

    def record(self) -> dict[str, Any]:
        assert self.program is not None
        return engine_bridge.plan_record(self._require_plan(), self.program,
                                         self.source.db.constraints())

    def _draft_after_confirm(self) -> None:
        """Once something was confirmed, each change is stored as a new draft: the
        confirmed version itself is never touched."""
        if self.confirmed_id is not None and not self.is_confirmed_plan():
            self.source.db.save_plan(self.record(), "draft", actor=ACTOR,
                                     note=f"edited after confirmed plan {self.confirmed_id}")

    def confirm(self, note: str | None = None) -> int:
        """Store the plan as the next confirmed version; returns its plan id."""
        with self._lock:
            plan = self._require_plan()
            db = self.source.db
            self.confirmed_id = db.save_plan(self.record(), "confirmed", actor=ACTOR, note=note)
            db.log("confirm_plan", actor=ACTOR, reason=note, plan_id=self.confirmed_id,
                   objective=plan.objective, pairs=len(plan.pairs), total=plan.total,
                   overrides=len(plan.locks) + len(plan.forbids))
            self._confirmed_pairs = self._pairs_signature()
            return self.confirmed_id

    def confirmed_version(self) -> int | None:
        record = self.source.db.latest_confirmed()
        return record.get("version") if record else None

    def is_confirmed_plan(self) -> bool:
        """The plan shown is exactly the version confirmed in this session."""
        return (self._confirmed_pairs is not None and self.plan is not None
                and self._confirmed_pairs == self._pairs_signature())

    def export(self, path: Path) -> dict[str, Any]:
        """Write the latest confirmed version (never an unconfirmed draft) as YAML."""
        stored = self.source.db.latest_confirmed()
        if stored is None:
            raise OperationError("nothing confirmed yet: confirm the pairing first (c)")
        people = self.ws.people if self.ws else {}
        doc = engine_bridge.write_export(stored["plan"], people, path, stored.get("version"),
                                         note=stored.get("note"))
        self.source.db.log("export", actor=ACTOR, path=str(path), version=stored.get("version"))
        return doc

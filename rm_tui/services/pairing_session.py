"""The console's pairing work: a plan history over the engine's immutable plans.

Plain Python (no Textual): screens call it from thread workers and render what it returns.
Every operation is the engine's (`rm_tui.core.plan`, `rm_tui.services.matching`, `rm_tui.services.workspace`,
`rm_tui.core.export`); this module only sequences them (operation, then re-solve) and keeps
undo/redo. Each change is ONE write to the database: the decisions it makes (lock, forbid,
lift, weight, objective; undo/redo records what it changes back), their audit entries and
the plan as a draft, so the CLI sees the same decisions and a restart opens on the same plan.
A plan made before the cohort, the answers or the decisions changed is stale: confirm refuses
it until `r` re-solves.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rm_tui.core.decisions import Decision, DecisionState, fold
from rm_tui.core.errors import OperationError
from rm_tui.core.history import History
from rm_tui.core.plan import Key, Objective, Pair, Plan, PlanDiff, diff
from rm_tui.core.program import Criterion, Program
from rm_tui.i18n import Said
from rm_tui.services import matching, plan_records
from rm_tui.services.cohort import CohortSource, Snapshot
from rm_tui.services.plan_decisions import decisions_between, fingerprint, signature_of
from rm_tui.services.workspace import (
    Workspace,
    constraints_in_force,
    excluded_in_confirmed,
    store_confirmed,
)

ACTOR = "facilitator"


@dataclass(frozen=True)
class Outcome:
    """What an action did: the new plan and what moved compared with the plan before."""

    action: str
    plan: Plan
    before: Plan | None
    change: PlanDiff | None
    note: Said | None = None  # a word for the facilitator after the action


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
        self.include_unfinished = False  # people who have not finished are left out
        self.history: History[State] | None = None
        self.confirmed_id: int | None = None  # plan id of the confirmed version shown or made
        self._confirmed_pairs: Any = None
        self._basis: str | None = None  # fingerprint of what the shown plan was solved on
        self._snapshot: Snapshot | None = None  # the cohort as last read for a run or load
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
        if self.program is not None:
            return dict(self.program.criteria)
        state = fold(self.source.db.decisions())
        return {n: replace(c, weight=state.weights({n: c.weight})[n])
                for n, c in self.source.program.criteria.items()}  # fmt: skip

    def decision_state(self) -> DecisionState:
        return fold(self.source.db.decisions())

    def is_stale(self, snapshot: Snapshot | None) -> bool:
        """New answers, people, exclusions or decisions (from here or the CLI) since the plan
        shown was solved: `r` re-solves it."""
        if snapshot is None or self._basis is None:
            return False
        return self._basis != fingerprint(snapshot, self.decision_state())

    def person_name(self, pid: str) -> str:
        return self.ws.name(pid) if self.ws else pid

    def _push(self, state: State) -> None:
        self.history = self.history.push(state) if self.history else History(state)

    def _require_plan(self) -> Plan:
        if self.plan is None:
            raise OperationError.coded("engine.run_first")
        return self.plan

    def _workspace(self, people: Any, answers: Any, keep: Any = ()) -> Workspace:
        return plan_records.workspace(self.source.program, people, answers,
                                       self.source.db.decisions(), self.source.db.path,
                                       self.today, include_unfinished=self.include_unfinished,
                                       keep=keep)  # fmt: skip

    def _store(self, decisions: list[Decision], state: State, note: str) -> None:
        """ONE write: the decisions, their audit entries, and the plan as a draft."""
        record = plan_records.draft_record(state.plan, state.ws, self._basis)
        draft = Decision("draft", "", note, ACTOR)
        self.source.db.record_decisions([*decisions, draft], plan=record, plan_kind="draft")

    # -- running the matching -----------------------------------------------------------------
    def run(self, snapshot: Snapshot, objective: Objective | None = None) -> Outcome:
        """Score the cohort as it is now and solve with the facilitator's decisions."""
        with self._lock:
            ws = self._workspace(snapshot.people, snapshot.answers)
            objective = objective or (self.plan.objective if self.plan else None)
            start, _, warnings = ws.start_plan(objective=objective)
            plan = matching.reoptimise(start)
            before = self.plan
            state = State(plan, ws)
            self._snapshot = snapshot
            self._basis = fingerprint(snapshot, self.decision_state())
            self._store([], state, "matching run")  # the decisions are read, not made
            self._push(state)
            return Outcome("match", plan, before, diff(before, plan) if before else None,
                           Said("engine.note.as_is", text=tuple(warnings)) if warnings else None)

    def resume(self, snapshot: Snapshot) -> Outcome | None:
        """At start: the latest stored plan (confirmed or draft, whichever is newer), with
        each pair's origin as stored. None if nothing was stored yet."""
        return self._load(snapshot, latest=True)

    def load_confirmed(self, snapshot: Snapshot) -> Outcome:
        """Bring back the latest confirmed version to review or adjust it; scores are
        today's, the pairs and decisions are the confirmed ones."""
        outcome = self._load(snapshot, latest=False)
        if outcome is None:
            raise OperationError.coded("engine.nothing_confirmed")
        return outcome

    def _load(self, snapshot: Snapshot, *, latest: bool) -> Outcome | None:
        from rm_tui.core.plan_io import plan_from_dict

        with self._lock:
            db = self.source.db
            record = db.latest_plan() if latest else db.latest_confirmed()
            confirmed = db.latest_confirmed()
            if record is None or record["kind"] not in ("draft", "confirmed"):
                record = confirmed
            if record is None:
                return None
            body = dict(record["plan"])
            paired = [str(p[k]) for p in body.get("pairs", []) for k in ("mentor", "mentee")]
            ws = self._workspace(snapshot.people, snapshot.answers, keep=paired)
            present = [p for p in body.get("pairs", [])
                       if ws.problem.is_mentor(str(p["mentor"])) and ws.problem.is_mentee(str(p["mentee"]))]
            body["pairs"] = present  # people excluded since drop out
            body["forbids"] = [f for f in body.get("forbids", [])
                               if ws.problem.is_mentor(str(f["mentor"]))
                               and ws.problem.is_mentee(str(f["mentee"]))]  # fmt: skip
            plan = plan_from_dict(body, ws.problem)
            before = self.plan
            self._push(State(plan, ws))
            # the fingerprint of what the plan was solved on (older records: taken as current)
            self._snapshot = snapshot
            self._basis = record["plan"].get("basis") or fingerprint(snapshot, self.decision_state())
            if confirmed is not None:
                self.confirmed_id = confirmed["id"]
                self._confirmed_pairs = signature_of(confirmed["plan"])
            at = str(record.get("created", ""))[:16].replace("T", " ")
            note = (Said("engine.note.loaded_confirmed", version=record.get("version"), at=at)
                    if record["kind"] == "confirmed" else Said("engine.note.loaded_draft", at=at))
            return Outcome("load", plan, before, diff(before, plan) if before else None, note)

    # -- adjustments: the engine's operation, then an immediate re-solve -----------------------
    def _change(self, action: str, make: Callable[[Plan], Plan], *, resolve: bool = True,
                reason: str | None = None, note: Said | None = None, ws: Workspace | None = None) -> Outcome:
        with self._lock:
            before = self._require_plan()
            after = make(before)
            if resolve:
                after = matching.reoptimise(after)
            assert self.history is not None and self.ws is not None  # a plan has a workspace
            state = State(after, ws or self.ws)
            made = decisions_between(self.history.present, state, action, reason)
            self._commit(made, state, action)
            return Outcome(action, after, before, diff(before, after), note)

    def _commit(self, made: list[Decision], state: State, action: str) -> None:
        """Store the change, then move the plan's basis to the decisions it made (a plan that
        was fresh stays fresh; a stale one stays stale)."""
        snapshot = self._snapshot
        if snapshot is not None and self._basis == fingerprint(snapshot, self.decision_state()):
            self._basis = fingerprint(snapshot, fold([*self.source.db.decisions(), *made]))
        self._store(made, state, action)
        self._push(state)

    def lock(self, mentor: str, mentee: str) -> Outcome:
        return self._change("lock", lambda p: p.lock(mentor, mentee))

    def unlock(self, mentor: str, mentee: str) -> Outcome:
        return self._change("unlock", lambda p: p.unlock(mentor, mentee), reason="unlocked")

    def forbid(self, mentor: str, mentee: str, reason: str) -> Outcome:
        return self._change("forbid", lambda p: p.forbid(mentor, mentee, reason), reason=reason)

    def lift(self, mentor: str, mentee: str, reason: str) -> Outcome:
        """Lift a lock, forbid or never-again so the pair may be formed again."""
        key = (mentor, mentee)
        plan = self._require_plan()
        if key in plan.forbid_reasons or plan.is_locked(*key):
            def make(p: Plan) -> Plan:
                return p.unforbid(*key) if key in p.forbid_reasons else p.unlock(*key)
            return self._change("lift", make, reason=reason)
        state = self.decision_state()  # decided elsewhere (CLI), not in the plan shown
        if not (state.forbid_of(key) or state.never_again_of(key) or state.lock_of(key)):
            raise OperationError.coded("engine.neither", mentor=mentor, mentee=mentee)
        self.source.db.record_decisions([Decision("lift", "", reason, ACTOR,
                                                  mentor=mentor, mentee=mentee)])  # fmt: skip
        return Outcome("lift", plan, plan, diff(plan, plan), Said("engine.note.lifted"))

    def swap(self, first: Key, second: Key) -> Outcome:
        return self._change("swap", lambda p: p.swap(first, second))

    def unpair(self, mentor: str, mentee: str) -> Outcome:
        # No re-solve here: the optimiser would only put the same two back together.
        return self._change("unpair", lambda p: p.unpair(mentor, mentee), resolve=False,
                            note=Said("engine.note.unpaired"))

    def assign(self, mentor: str, mentee: str) -> Outcome:
        """Pair by hand (locked). A mentor with no place left first lets go of their weakest
        unlocked mentee, whom the re-solve then places elsewhere if it can."""
        def make(plan: Plan) -> Plan:
            if plan.pair_of(mentor, mentee) is None and plan.free_places(mentor) <= 0:
                free = [p for p in plan.pairs_of(mentor) if p.key not in plan.locks]
                if not free:
                    raise OperationError.coded("engine.places_all_locked", name=self.person_name(mentor))
                plan = plan.unpair(*min(free, key=lambda p: p.score).key)
            return plan.assign(mentor, mentee)

        return self._change("assign", make)

    def reoptimise(self) -> Outcome:
        return self._change("reoptimise", lambda p: p)

    def set_objective(self, objective: Objective) -> Outcome:
        return self._change("objective", lambda p: p.with_objective(objective))

    def undo(self) -> Outcome:
        return self._move("undo")

    def redo(self) -> Outcome:
        return self._move("redo")

    def _move(self, action: str) -> Outcome:
        with self._lock:
            if self.history is None:
                raise OperationError.coded(f"engine.nothing_to.{action}")
            present = self.history.present
            history = self.history.undo() if action == "undo" else self.history.redo()
            made = decisions_between(present, history.present, action, action)
            self._commit(made, history.present, action)
            self.history = history
            after = history.present.plan
            return Outcome(action, after, present.plan, diff(present.plan, after))

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
        changes = [Decision("weight", name=n, weight=c.weight) for n, c in criteria.items()]
        new_ws = plan_records.workspace(
            self.source.program, self.source.db.participants(), ws.answers,
            [*self.source.db.decisions(), *changes], self.source.db.path, self.today,
            include_unfinished=self.include_unfinished,
            keep=[x for p in plan.pairs for x in p.key])
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
        """The previewed plan, and the weight decisions behind it (one write)."""
        return self._change("weights", lambda _: what_if.plan, resolve=False,
                            reason=reason or "weights changed in the console", ws=what_if.ws)

    # -- confirm and export -----------------------------------------------------------------------
    def _pairs_signature(self) -> Any:
        from rm_tui.core.plan_io import plan_to_dict

        body = plan_to_dict(self._require_plan())
        body["weights"] = {n: c.weight for n, c in self.criteria.items() if c.active}
        return signature_of(body)

    def record(self) -> dict[str, Any]:
        assert self.program is not None
        return plan_records.plan_record(self._require_plan(), self.program,
                                         constraints_in_force(fold(self.source.db.decisions())),
                                         self._basis)

    def confirm(self, note: str | None = None, snapshot: Snapshot | None = None) -> int:
        """Store the plan as the next confirmed version (one write: the plan record, the
        confirm decision with its note); returns its plan id. A stale plan is refused."""
        with self._lock:
            plan = self._require_plan()
            if self.is_stale(snapshot):
                raise OperationError.coded("engine.stale")
            self.confirmed_id = store_confirmed(self.source.db, plan, self.record(), note=note,
                                                actor=ACTOR)
            self._confirmed_pairs = self._pairs_signature()
            return self.confirmed_id or 0

    def confirmed_version(self) -> int | None:
        record = self.source.db.latest_confirmed()
        return record.get("version") if record else None

    def is_confirmed_plan(self) -> bool:
        """The plan shown is exactly the latest confirmed version."""
        return (self._confirmed_pairs is not None and self.plan is not None
                and self._confirmed_pairs == self._pairs_signature())

    def export_warnings(self) -> list[Said]:
        """People excluded since the latest confirmed version and still paired in it."""
        stored = self.source.db.latest_confirmed()
        return [] if stored is None else excluded_in_confirmed(stored, self.source.db.participants())

    def export(self, path: Path) -> dict[str, Any]:
        """Write the latest confirmed version (never an unconfirmed draft) as YAML."""
        stored = self.source.db.latest_confirmed()
        if stored is None:
            raise OperationError.coded("engine.nothing_confirmed_c")
        people = self.ws.people if self.ws else {}
        doc = plan_records.write_export(stored["plan"], people, path, stored.get("version"),
                                         note=stored.get("note"))
        self.source.db.log("export", actor=ACTOR, path=str(path), version=stored.get("version"))
        return doc

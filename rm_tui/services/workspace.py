"""Program + database -> ready-to-match state: the one place that assembles match inputs.

`open_workspace(program_path, db_path)` loads the program, merges the database's
participants into its roster (self-registered people added, `excluded` flags applied,
background fields filled by `scoring.with_background`), reads every stored answer and the
console's locks and forbids, and scores every pair once. The CLI (`scores`, `explain`,
`match`, `export`) and the console both start from a `Workspace`.

`start_plan` turns stored + extra constraints into an unsolved `Plan` (checking them:
bad extra constraints raise `InputError` naming their option; bad stored ones are skipped
with a warning), `solve` re-optimises or explores it, `confirm` stores the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from rm_tui.core.completion import cohort_status
from rm_tui.core.decisions import Decision, DecisionState, fold, never_again_reason
from rm_tui.core.errors import InputError, OperationError, Problem
from rm_tui.core.export import confirmed_record, override
from rm_tui.core.participant import Participant
from rm_tui.core.plan import Objective, Pair, Plan
from rm_tui.core.plan_io import plan_from_dict
from rm_tui.core.problem import MatchProblem
from rm_tui.core.program import Program, merge_participants
from rm_tui.core.report import forbidden_reasons
from rm_tui.core.scoring import ScoreMatrix, score_program
from rm_tui.i18n import Said
from rm_tui.services import matching
from rm_tui.services.cohort_basis import add_missing_roster, cohort_fingerprint
from rm_tui.services.loaders import load_program
from rm_tui.storage import Database, check_not_lost
from rm_tui.storage.schema import now_iso

Action = Literal["lock", "forbid"]


@dataclass(frozen=True)
class Constraint:
    """A facilitator lock or forbid. `source` is "database" (made in the console) or the
    command-line option that gave it ("--lock", "--forbid"), used to name it in errors."""

    action: Action
    mentor: str
    mentee: str
    reason: str | None = None
    at: str | None = None
    source: str = "database"
    id: int | None = None  # database constraint id

    @property
    def key(self) -> tuple[str, str]:
        return (self.mentor, self.mentee)

    @property
    def label(self) -> str:
        return f"{self.mentor}:{self.mentee}"

    def as_override(self) -> dict[str, Any]:
        return override(self.action, self.mentor, self.mentee, self.reason, self.at, self.source)


@dataclass(frozen=True, eq=False)
class Workspace:
    program: Program  # roster merged with the database's participants
    answers: dict[str, Any]
    scores: ScoreMatrix
    problem: MatchProblem
    constraints: tuple[Constraint, ...]  # stored in the database, oldest first
    db_path: Path
    db_exists: bool
    warnings: tuple[str, ...] = field(default=())
    decisions: DecisionState = field(default_factory=DecisionState)  # the log, folded
    log: tuple[Decision, ...] = ()  # the decision log, oldest first
    unfinished: tuple[str, ...] = ()  # left out of the matching: questionnaires not finished
    roster: tuple[Participant, ...] = ()  # the program file's roster, before the database merge

    @property
    def people(self) -> dict[str, Participant]:
        """Everyone on the merged roster (background answers applied), by id."""
        return dict(self.scores.people)

    def name(self, pid: str) -> str:
        person = self.scores.people.get(pid)
        return person.name if person else pid

    def objective(self, requested: str | None = None) -> Objective:
        chosen = requested or self.program.objective  # the program carries the decided one
        return "fair" if chosen == "fair" else "total"

    # -- checking pairs named by the user ----------------------------------------------------

    def check_pair(self, mentor: str, mentee: str, source: str) -> None:
        """Raise InputError (naming `source`) unless mentor and mentee are in this matching."""
        for pid, role in ((mentor, "mentor"), (mentee, "mentee")):
            if self.problem.is_mentor(pid) if role == "mentor" else self.problem.is_mentee(pid):
                continue
            person = self.program.participant(pid)
            if person is None:
                why = Said("args.pair.unknown", pid=pid, program=self.program.id)
            elif person.excluded:
                why = Said("args.pair.excluded", pid=pid)
            elif person.role != role:
                why = Said(f"args.pair.wrong_role_{role}", pid=pid, role=Said(f"args.role.{person.role}"))
            else:
                why = Said("args.pair.not_here", pid=pid)
            raise InputError(Problem(source, why))

    # -- plans -------------------------------------------------------------------------------

    def start_plan(
        self, *, objective: str | None = None, extra: Sequence[Constraint] = ()
    ) -> tuple[Plan, list[Constraint], list[str]]:
        """An unsolved plan carrying the stored constraints, then `extra` (which win over
        stored ones on the same pair). Returns (plan, constraints applied, warnings)."""
        warnings: list[str] = []
        given: dict[tuple[str, str], Constraint] = {}
        for c in extra:
            self.check_pair(c.mentor, c.mentee, c.source)
            if c.key in given and given[c.key].action != c.action:
                raise InputError(Problem(c.source, Said("args.pair.both", label=c.label)))
            given[c.key] = c
        applied: dict[tuple[str, str], Constraint] = {}
        for c in self.constraints:
            try:
                self.check_pair(c.mentor, c.mentee, "database")
            except InputError as bad:
                warnings.append(Said("engine.ws.ignored", action=c.action, label=c.label,
                                     message=bad.problems[0].message))
                continue
            applied[c.key] = c
        for c in extra:
            stored = applied.pop(c.key, None)
            if stored is not None and stored.action != c.action:
                why = f" ({stored.reason})" if stored.reason else ""
                warnings.append(Said("engine.ws.overridden", action=stored.action, label=c.label, why=why,
                                     source=c.source))
            applied[c.key] = c
        forbids = tuple((c.key, c.reason or "no reason given")
                        for c in applied.values() if c.action == "forbid")  # fmt: skip
        plan = Plan(self.problem, forbids=forbids, objective=self.objective(objective))
        pairs: list[Pair] = []
        places = {m: self.problem.capacity_of(m) for m in self.problem.mentors}
        locked_to: dict[str, str] = {}
        kept: list[Constraint] = [c for c in applied.values() if c.action == "forbid"]
        # Stored locks first, so an option that contradicts them is the one named.
        locks = sorted((c for c in applied.values() if c.action == "lock"),
                       key=lambda c: c.source != "database")  # fmt: skip
        for c in locks:
            refusal = self._lock_problem(c, plan, places, locked_to)
            if refusal is not None:
                if c.source == "database":
                    warnings.append(Said("engine.ws.ignored", action="lock", label=c.label, message=refusal))
                    continue
                raise InputError(Problem(c.source, Said("args.pair.refused", label=c.label, why=refusal)))
            places[c.mentor] -= 1
            locked_to[c.mentee] = c.mentor
            pairs.append(Pair(c.mentor, c.mentee, self.problem.score(*c.key), "locked"))
            kept.append(c)
        plan = replace(plan, pairs=tuple(pairs), locks=frozenset(p.key for p in pairs))
        return plan, kept, warnings

    def _lock_problem(self, c: Constraint, plan: Plan, places: dict[str, int],
                      locked_to: dict[str, str]) -> str | None:  # fmt: skip
        reasons = forbidden_reasons(plan, c.mentor, c.mentee)
        if reasons:
            return Said("engine.ws.not_allowed", reasons=tuple(reasons))
        if c.mentee in locked_to:
            return Said("engine.ws.already_locked", mentee=c.mentee, mentor=locked_to[c.mentee])
        if places[c.mentor] <= 0:
            return Said("engine.ws.over_capacity", mentor=c.mentor, cap=self.problem.capacity_of(c.mentor))
        return None

    def solve(
        self,
        plan: Plan,
        *,
        explore_eps: float | None = None,
        seed: int = 0,
    ) -> Plan:
        """The best plan keeping `plan`'s locks and forbids (a seeded near-optimal one with
        `explore_eps`)."""
        if explore_eps is not None:
            return matching.explore(plan, eps=explore_eps, seed=seed)
        return matching.reoptimise(plan)

    # -- confirming --------------------------------------------------------------------------

    def confirm(self, plan: Plan, constraints: Sequence[Constraint], *,
                actor: str | None = None, note: str | None = None) -> tuple[int, dict[str, Any]]:  # fmt: skip
        """Store `plan` as the next confirmed version in ONE write: the plan record, the
        confirm decision (with `note`) and every constraint given on the command line (not
        yet a decision) as a lock or forbid decision. Returns the plan id and the record."""
        at = now_iso()
        record = confirmed_record(plan, self.program, confirmed_at=at,
                                  overrides=[c.as_override() for c in constraints])  # fmt: skip
        new = [Decision(c.action, at, c.reason, actor, mentor=c.mentor, mentee=c.mentee)
               for c in constraints if c.source.startswith("--")]  # fmt: skip
        with Database(self.db_path) as db:
            # what the plan was solved on, as the console reads it: a later answer or decision
            # makes this confirmed plan stale there too
            add_missing_roster(db, self.roster)
            state = fold([*db.decisions(), *new])  # the confirm itself changes no plan
            record["basis"] = cohort_fingerprint(db.participants(), db.all_answers(), state)
            plan_id = store_confirmed(db, plan, record, note=note, actor=actor, decided=new, at=at)
        return plan_id, record

    def confirmed_plan(self) -> Plan | None:
        """The latest confirmed plan rebuilt on the current scores (None if none)."""
        record = self.latest_confirmed()
        return None if record is None else plan_from_dict(record["plan"], self.problem)

    def latest_confirmed(self) -> dict[str, Any] | None:
        if not self.db_exists:
            return None
        with Database(self.db_path) as db:
            return db.latest_confirmed()


def store_confirmed(db: Database, plan: Plan, record: dict[str, Any], *, note: str | None,
                    actor: str | None, decided: Sequence[Decision] = (), at: str | None = None) -> int:
    """The one way a plan becomes the next confirmed version (`match --confirm` and the
    console): ONE write of its record, the decisions made with it and the confirm decision
    (with `note`), so the audit log and the plan never disagree. Returns the plan id."""
    confirm = Decision("confirm", at or now_iso(), note, actor, objective=plan.objective)
    stored = db.record_decisions([*decided, confirm], plan=record, plan_kind="confirmed")
    return stored[-1].plan_id or 0


def _as_decisions(rows: Iterable[Decision | dict[str, Any]]) -> list[Decision]:
    """Decisions as the database gives them (older callers pass constraint rows)."""
    out = []
    for row in rows:
        if isinstance(row, Decision):
            out.append(row)
        elif row.get("kind") in ("lock", "forbid"):
            out.append(Decision(row["kind"], str(row.get("at") or ""), row.get("reason"),
                                mentor=str(row["mentor"]), mentee=str(row["mentee"]),
                                id=row.get("id")))
        elif row.get("action"):
            out.append(Decision.from_dict(row))
    return out


def constraints_in_force(state: DecisionState) -> tuple[Constraint, ...]:
    """The locks and forbids in force after the decision log: the one reader every service
    (matching, confirm, export, repair) uses."""
    out = [Constraint("lock", d.mentor, d.mentee, d.reason, d.at, id=d.id) for d in state.locks]
    out += [Constraint("forbid", d.mentor, d.mentee, d.reason, d.at, id=d.id)
            for d in state.forbids]  # fmt: skip
    out += [Constraint("forbid", d.mentor, d.mentee, never_again_reason(d.reason, d.at), d.at,
                       "never-again", d.id) for d in state.never_again]  # fmt: skip
    return tuple(out)


def with_decisions(program: Program, state: DecisionState) -> Program:
    """The program with the decided weights and objective, and the decided exclusions."""
    weights = state.weights({n: c.weight for n, c in program.criteria.items()})
    criteria = {n: replace(c, weight=weights[n]) for n, c in program.criteria.items()}
    roster = [replace(p, excluded=True) if state.is_excluded(p.id) else p for p in program.roster]
    program = program.with_criteria(criteria).with_roster(roster)
    return replace(program, objective=state.objective) if state.objective else program


def assemble(
    program: Program,
    participants: Iterable[Participant],
    answers: dict[str, Any],
    decisions: Iterable[Decision | dict[str, Any]] = (),
    *,
    db_path: Path = Path(""),
    db_exists: bool = False,
    today: dt.date | None = None,
    include_unfinished: bool = True,
    keep: Iterable[str] = (),
) -> Workspace:
    """A workspace from values already loaded (the console may hold them in memory): the
    decision log is folded and applied (weights, objective, exclusions, locks, forbids).
    `include_unfinished=False` leaves out people who have not finished their questionnaires
    (what `match` does by default) except those in `keep` (paired in a confirmed plan being
    rebuilt)."""
    log = _as_decisions(decisions)
    state = fold(log)
    merged = with_decisions(merge_participants(program, participants), state)
    kept = set(keep)
    unfinished = () if include_unfinished else [
        p for p in unfinished_people(merged, answers) if p not in kept]
    scores = score_program(merged, answers, today=today, unfinished=frozenset(unfinished))
    return Workspace(merged, answers, scores, scores.problem(), constraints_in_force(state),
                     db_path, db_exists, decisions=state, log=tuple(log),
                     unfinished=tuple(unfinished), roster=tuple(program.roster))  # fmt: skip


def unfinished_people(program: Program, answers: dict[str, Any]) -> list[str]:
    """Mentors and mentees (not excluded) who have not finished their questionnaires."""
    status = cohort_status(program, list(program.roster), answers)
    return sorted(p.person.id for p in status.not_finished())


def open_workspace(
    program_path: str | Path,
    db_path: str | Path,
    *,
    today: dt.date | None = None,
    include_unfinished: bool = False,
) -> Workspace:
    """Load the program and everything the database holds for it. A missing database is
    not created here: it just means no answers and no decisions yet."""
    program = load_program(program_path)
    db_path = Path(db_path)
    if not check_not_lost(db_path, program_path):
        ws = assemble(program, (), {}, (), db_path=db_path, today=today,
                      include_unfinished=include_unfinished)  # fmt: skip
        return replace(ws, warnings=(Said("engine.ws.no_database", path=db_path),))
    with Database(db_path) as db:  # closed right after: its documents need no copies
        people, answers, log = db.participants(), db.all_answers(shared=True), db.decisions()
    return assemble(program, people, answers, log, db_path=db_path, db_exists=True, today=today,
                    include_unfinished=include_unfinished)  # fmt: skip


def excluded_in_confirmed(record: dict[str, Any], people: Iterable[Participant]) -> list[Said]:
    """People excluded since `record` (a stored confirmed plan) was confirmed and still paired
    in it (`people` with their current `excluded` flags): export and introductions warn
    before anyone shares it."""
    by_id = {p.id: p for p in people}
    out = []
    for pair in record.get("plan", {}).get("pairs", []):
        ids = (str(pair["mentor"]), str(pair["mentee"]))
        for pid, partner in (ids, ids[::-1]):
            person, other = by_id.get(pid), by_id.get(partner)
            if person is not None and person.excluded:
                out.append(Said("engine.ws.excluded_in_confirmed", name=person.name, id=pid,
                                version=record.get("version"),
                                partner=other.name if other else partner))  # fmt: skip
    return out


def require_confirmed(ws: Workspace) -> dict[str, Any]:
    """The latest confirmed plan record, or OperationError (exit 1) if there is none."""
    record = ws.latest_confirmed()
    if record is None:
        raise OperationError(Said("engine.ws.nothing_confirmed", path=ws.db_path,
                                  program=ws.program.path or "PROGRAM"))
    return record

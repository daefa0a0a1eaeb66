"""Re-pairing against a database: rebuild the confirmed plan, split, re-match, store.

The logic is `rm_tui.core.repair`; this module reads the database, wires the solver in, and
stores the result as a complete confirmed record (the engine's `confirmed_record`, so it
exports like any other version) with what the repair changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rm_tui.core.analytics_input import outcomes_from
from rm_tui.core.checkins import NO_FAULT
from rm_tui.core.decisions import Decision
from rm_tui.core.export import confirmed_record, override
from rm_tui.core.plan import Plan
from rm_tui.core.program import Program
from rm_tui.core.repair import Repair, repair_plan
from rm_tui.services.confirmed_cohort import confirmed_state
from rm_tui.services.followup_io import known_pairs
from rm_tui.services.workspace import Constraint
from rm_tui.solver import cold as solver
from rm_tui.storage import Database
from rm_tui.storage.schema import now_iso


def with_stored_forbids(plan: Plan, constraints: Iterable[Constraint]) -> Plan:
    """Forbids the facilitator stored since the plan was confirmed apply to the re-match."""
    for c in constraints:
        key = c.key
        if c.action != "forbid" or key in plan.forbid_reasons:
            continue
        if plan.problem.is_mentor(key[0]) and plan.problem.is_mentee(key[1]) and plan.pair_of(*key) is None:
            plan = plan.forbid(*key, c.reason or "forbidden by the facilitator")
    return plan


def repair_in_db(
    program: Program, db: Database, mentor: str, mentee: str, reason: str, *,
    allow_moves: bool = False, dry_run: bool = False, actor: str | None = None,
    today: dt.date | None = None,
) -> tuple[Repair, int | None]:
    """Split a confirmed pair and re-match; unless `dry_run`, store the result as the next
    confirmed version (its number is returned) and close the split pair, and every pair the
    re-match moved, with an ended-early outcome (unless one was already recorded for it)."""
    plan, record, ws = confirmed_state(program, db, today)
    plan = with_stored_forbids(plan, ws.constraints)  # forbids and never-again pairs decided so far
    result = repair_plan(plan, mentor, mentee, reason, solver.solve,
                         history=known_pairs(db), allow_moves=allow_moves)
    if dry_run:
        return result, None
    at = now_iso()
    previous = record["plan"]
    overrides = [*previous.get("overrides", []),
                 override("never_again", mentor, mentee, reason, at, "repair")]
    notes = {(str(p["mentor"]), str(p["mentee"])): p["note"]
             for p in previous.get("pairs", []) if p.get("note")}
    stored = confirmed_record(result.after, ws.program, confirmed_at=at, overrides=overrides, notes=notes)
    stored["repair"] = {
        "split": {"mentor": mentor, "mentee": mentee}, "reason": reason,
        "allow_moves": allow_moves,
        "moved": [{"mentor": m, "mentee": e} for m, e in result.moved],
    }
    note = f"repair: split {mentor}/{mentee} ({reason})"
    # One write: the never-again decision, the new confirmed version, their audit entries and
    # the ended outcome of every pair the re-pairing breaks.
    with db.batch():
        written = db.record_decisions(
            [Decision("split", at, reason, actor, mentor=mentor, mentee=mentee),
             Decision("confirm", at, note, actor, objective=result.after.objective)],
            plan=stored, plan_kind="confirmed")
        version = written[-1].version
        record_ended(db, ended_by(result))
    return result, version


def ended_by(result: Repair) -> list[tuple[str, str, str]]:
    """(mentor, mentee, reason) of every pair a re-pairing breaks: the split pair with its
    reason, each pair moved by the re-match no-fault (nobody asked for it to end)."""
    return [(*result.split, result.reason), *((m, e, NO_FAULT) for m, e in result.moved)]


def record_ended(db: Database, ended: list[tuple[str, str, str]]) -> None:
    """Close each broken pair with an ended-early outcome, unless it already has an outcome."""
    known = outcomes_from(db.outcomes())
    for mentor, mentee, reason in ended:
        if (mentor, mentee) not in known:
            db.add_outcome({"mentor": mentor, "mentee": mentee, "ended_early": True,
                            "reason": reason, "source": "repair"})

"""Reading and changing the facilitator's decisions: the one service the CLI and the console
use. The model is `rm_tui/core/decisions.py`; the log lives in the database
(`rm_tui/storage/decisions.py`), each change one write with its audit entry.

`check` refuses a change that cannot be right (unknown people, a lock on a forbidden pair,
a weight the program does not have...) naming the argument that gave it, before anything
is written; `apply` checks, then records every decision of one call in one write.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rm_tui.core.decisions import Decision, DecisionState, fold
from rm_tui.core.errors import InputError, Problem
from rm_tui.core.participant import Participant
from rm_tui.i18n import Said
from rm_tui.services.workspace import Workspace
from rm_tui.storage import Database
from rm_tui.storage.schema import now_iso

NEEDS_REASON = ("lock", "forbid", "lift", "exclude")


@dataclass(frozen=True)
class Change:
    """A decision asked for, and the argument (or console action) that asked for it."""

    decision: Decision
    source: str


def _fail(source: str, why: Said) -> InputError:
    return InputError(Problem(source, why))


def _check_pair(ws: Workspace, state: DecisionState, d: Decision, source: str) -> None:
    key = d.key
    if d.action == "lift":
        if not (state.lock_of(key) or state.forbid_of(key) or state.never_again_of(key)):
            raise _fail(source, Said("args.lift.nothing", pair=f"{d.mentor}:{d.mentee}"))
        return
    ws.check_pair(d.mentor or "", d.mentee or "", source)
    if d.action != "lock":
        return
    for rule, what in ((state.forbid_of(key), "forbidden"), (state.never_again_of(key), "split")):
        if rule is not None:
            why = f" ({rule.reason})" if rule.reason else ""
            raise _fail(source, Said(f"args.lock.{what}", pair=f"{d.mentor}:{d.mentee}", why=why))
    reasons = ws.problem.rule_reasons(*key)
    if reasons:
        raise _fail(source, Said("args.lock.not_allowed", pair=f"{d.mentor}:{d.mentee}",
                                 reasons=tuple(dict(r) for r in reasons)))
    other = next((x for x in state.locks if x.mentee == d.mentee and x.key != key), None)
    if other is not None:
        raise _fail(source, Said("args.lock.taken", mentee=d.mentee, mentor=other.mentor,
                                 pair=f"{other.mentor}:{other.mentee}"))
    mine = sum(1 for x in state.locks if x.mentor == d.mentor and x.key != key)
    if mine >= ws.problem.capacity_of(d.mentor or ""):
        raise _fail(source, Said("args.lock.full", mentor=d.mentor, cap=ws.problem.capacity_of(d.mentor or "")))


def _check_one(ws: Workspace, state: DecisionState, d: Decision, source: str) -> None:
    if d.action in NEEDS_REASON and not (d.reason or "").strip():
        raise _fail(source, Said("args.reason_needed", what=d.describe()))
    if d.action in ("lock", "forbid", "lift", "split"):
        _check_pair(ws, state, d, source)
    elif d.action == "weight":
        if d.name not in ws.program.criteria:
            known = ", ".join(sorted(ws.program.criteria))
            raise _fail(source, Said("args.weight.unknown", name=repr(d.name), known=known))
        if d.weight is None or not math.isfinite(d.weight) or d.weight < 0:
            raise _fail(source, Said("args.weight.value", value=repr(d.weight)))
    elif d.action == "objective" and d.objective not in ("total", "fair"):
        raise _fail(source, Said("args.objective", value=repr(d.objective)))
    elif d.action in ("exclude", "include"):
        pid = d.participant or ""
        person = ws.program.participant(pid)
        if person is None:
            raise _fail(source, Said("args.person.unknown", pid=repr(pid), program=ws.program.id))
        if d.action == "include" and not person.excluded:
            raise _fail(source, Said("args.person.not_excluded", pid=pid))


def check(ws: Workspace, changes: Sequence[Change]) -> None:
    """Raise InputError naming the first bad change; each is checked against the state the
    ones before it make."""
    log = list(ws.log)
    for change in changes:
        _check_one(ws, fold(log), change.decision, change.source)
        log.append(change.decision)


def apply(ws: Workspace, changes: Sequence[Change], *, actor: str | None = None,
          db: Database | None = None) -> list[Decision]:  # fmt: skip
    """Check, then record all `changes` in one write (stamped now). Returns them as stored."""
    check(ws, changes)
    at = now_iso()
    decisions = [replace(c.decision, at=at, actor=c.decision.actor or actor) for c in changes]
    people: list[Participant] = []
    for d in decisions:  # roster-only people enter the database with their exclusion
        person = ws.program.participant(d.participant or "")
        if person is not None and d.action in ("exclude", "include"):
            people.append(replace(person, excluded=False))
    if db is not None:
        return db.record_decisions(decisions, people=people)
    with Database(ws.db_path) as opened:
        return opened.record_decisions(decisions, people=people)


def read_log(db_path: str, limit: int | None = None) -> list[Decision]:
    """The decision log, newest first."""
    with Database(db_path) as db:
        log = db.decisions()
    log.reverse()
    return log if limit is None else log[:limit]

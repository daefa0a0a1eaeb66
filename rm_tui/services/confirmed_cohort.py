"""Test-and-learn services over databases, shared by the CLI and the console.

The logic is pure (`rm_tui/core/analytics*.py`, `checkins.py`, `health.py`); this module only
reads databases and wires them together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rm_tui.core.analytics import PairRecord, Report, analyse
from rm_tui.core.analytics_input import (
    criteria_definitions,
    definition_note,
    plan_pairs,
    pooling_decision,
    questionnaire_versions,
    records_from,
)
from rm_tui.core.errors import InputError, OperationError, Problem, RmTuiError
from rm_tui.core.followup import Overview, overview
from rm_tui.core.health import Attention
from rm_tui.core.plan import Plan
from rm_tui.core.plan_io import plan_from_dict
from rm_tui.core.problem import MatchProblem
from rm_tui.core.program import Program
from rm_tui.i18n import Said
from rm_tui.services.workspace import Workspace, assemble
from rm_tui.storage import Database, check_not_lost


def open_existing(path: Path) -> Database:
    """A database that must already exist (reading commands never create one)."""
    if not check_not_lost(path) or not Path(path).is_file():
        raise InputError(Problem(str(path), Said("args.no_db_kickoff")))
    return Database(path)


def cohort_report(
    db_paths: Sequence[Path], *, program: Program | None = None,
    permutations: int = 2000, seed: int = 0,
) -> Report:
    """The analytics report over one database, or several pooled when they may be.

    With `program`, pairs whose criterion scores were not stored at confirmation get them
    recomputed from the current answers (and a note says so).
    Raises OperationError (with the reason) when pooling is refused.
    """
    records: list[PairRecord] = []
    cohorts = []
    definitions = []
    recomputed = 0
    for path in db_paths:
        with open_existing(path) as db:
            confirmed = db.plans("confirmed")
            label = str(path)
            latest = confirmed[-1] if confirmed else None
            cohorts.append((label, questionnaire_versions(latest)))
            definitions.append((label, criteria_definitions(latest)))
            cohort = label if len(db_paths) > 1 else ""
            found = records_from(confirmed, db.outcomes(), db.checkins(), cohort)
            if program is not None and any(not r.criteria for r in found):
                found, n = _fill_criteria(found, program, db)
                recomputed += n
            records.extend(found)
    decision = pooling_decision(cohorts)
    if not decision.allowed:
        raise OperationError(decision.note)
    report = analyse(records, permutations=permutations, seed=seed)
    notes = list(report.notes)
    if decision.note:
        notes.append(decision.note)
    differ = definition_note(definitions)
    if differ:
        notes.append(differ)
    if recomputed:
        notes.append(Said("stats.recomputed", recomputed))
    if not records:
        notes.append("No confirmed plan yet: nothing to analyse.")
    return replace(report, notes=tuple(notes))


def _fill_criteria(
    records: list[PairRecord], program: Program, db: Database
) -> tuple[list[PairRecord], int]:
    try:
        problem = scored_problem(program, db)
    except RmTuiError:
        return records, 0
    out, n = [], 0
    for r in records:
        if not r.criteria and problem.is_mentor(r.mentor) and problem.is_mentee(r.mentee):
            breakdown = problem.pair_breakdown(r.mentor, r.mentee)
            scores = {c.name: float(c.score) for c in getattr(breakdown, "criteria", ())
                      if c.score is not None and not getattr(c, "imputed", False)}
            if scores:
                r = replace(r, criteria=scores)
                n += 1
        out.append(r)
    return out, n


def current_pairs(db: Database) -> list[tuple[str, str]]:
    latest = db.latest_confirmed()
    return [(str(p["mentor"]), str(p["mentee"])) for p in plan_pairs(latest)] if latest else []


def followup_overview(db: Database) -> Overview:
    """Every pair ever confirmed with its state (`rm_tui.core.followup`: the one definition
    of confirmed, ended and needing attention)."""
    return overview(db.plans("confirmed"), db.outcomes(), db.checkins())


def pairs_needing_attention(db: Database) -> list[Attention]:
    """Pairs that need attention (never one that ended or has an outcome), with the reason."""
    return [Attention(p.mentor, p.mentee, "; ".join(p.attention_reasons))
            for p in followup_overview(db).attention]


# -- scoring a cohort as the database holds it -------------------------------------------------


def cohort_workspace(program: Program, db: Database, today: dt.date | None = None,
                     keep: Sequence[str] | None = None) -> Workspace:
    """The engine's workspace (roster merged with the database's people, answers, the
    facilitator's decisions, scores). `today` pins the date seniority is counted at (tests,
    snapshots)."""
    return assemble(program, db.participants(), db.all_answers(), db.decisions(),
                    include_unfinished=keep is None, keep=keep or (),
                    db_path=db.path, db_exists=True, today=today)


def scored_problem(program: Program, db: Database, today: dt.date | None = None) -> MatchProblem:
    return cohort_workspace(program, db, today).problem


def confirmed_plan(program: Program, db: Database, today: dt.date | None = None) -> tuple[Plan, dict]:
    """The latest confirmed plan rebuilt on the current scores, and its stored record."""
    plan, record, _ws = confirmed_state(program, db, today)
    return plan, record


def confirmed_state(
    program: Program, db: Database, today: dt.date | None = None
) -> tuple[Plan, dict, Workspace]:
    record = db.latest_confirmed()
    if record is None:
        raise OperationError.coded("args.nothing_confirmed", path=db.path)
    paired = [str(p[k]) for p in record["plan"].get("pairs", []) for k in ("mentor", "mentee")]
    ws = cohort_workspace(program, db, today, keep=paired)  # the unfinished stay out of re-matches
    problem = ws.problem
    body = dict(record["plan"])

    def present(entry: dict) -> bool:  # people excluded since (they left) drop out of the plan
        return problem.is_mentor(str(entry["mentor"])) and problem.is_mentee(str(entry["mentee"]))

    body["pairs"] = [p for p in body.get("pairs", []) if present(p)]
    body["forbids"] = [f for f in body.get("forbids", []) if present(f)]
    return plan_from_dict(body, problem), record, ws

"""Test-and-learn services over databases, shared by the CLI and the console.

The logic is pure (`rm_tui/core/analytics*.py`, `checkins.py`, `health.py`); this module only
reads databases and wires them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rm_tui.core.analytics import Report, analyse
from rm_tui.core.analytics_input import (
    checkins_from,
    plan_pairs,
    pooling_decision,
    questionnaire_versions,
    records_from,
)
from rm_tui.core.errors import InputError, OperationError, Problem
from rm_tui.core.health import Attention, pair_health
from rm_tui.storage import Database


def open_existing(path: Path) -> Database:
    """A database that must already exist (reading commands never create one)."""
    if not Path(path).is_file():
        raise InputError(Problem(str(path), "no database here: give --db, or run the kickoff first"))
    return Database(path)


def cohort_report(
    db_paths: Sequence[Path], *, resamples: int = 2000, permutations: int = 2000, seed: int = 0
) -> Report:
    """The analytics report over one database, or several pooled when they may be.

    Raises OperationError (with the reason) when pooling is refused.
    """
    records = []
    cohorts = []
    for path in db_paths:
        with open_existing(path) as db:
            confirmed = db.plans("confirmed")
            label = str(path)
            cohorts.append((label, questionnaire_versions(confirmed[-1] if confirmed else None)))
            cohort = label if len(db_paths) > 1 else ""
            records.extend(records_from(confirmed, db.outcomes(), db.checkins(), cohort))
    decision = pooling_decision(cohorts)
    if not decision.allowed:
        raise OperationError(decision.note)
    report = analyse(records, resamples=resamples, permutations=permutations, seed=seed)
    if decision.note:
        report = replace(report, notes=(*report.notes, decision.note))
    if not any(1 for _ in records):
        report = replace(report, notes=(*report.notes, "No confirmed plan yet: nothing to analyse."))
    return report


def current_pairs(db: Database) -> list[tuple[str, str]]:
    latest = db.latest_confirmed()
    return [(str(p["mentor"]), str(p["mentee"])) for p in plan_pairs(latest)] if latest else []


def pairs_needing_attention(db: Database) -> list[Attention]:
    """Pairs of the latest confirmed plan that need attention, with the reason."""
    return pair_health(checkins_from(db.checkins()), current_pairs(db))

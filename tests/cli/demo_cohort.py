"""The shipped demo cohort in a temporary folder: program, answers in a database, and a
confirmed plan stored as the matching stores it (with criteria and questionnaire versions)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from rm_tui.core.export import confirmed_record
from rm_tui.services.loaders import load_program
from rm_tui.services.matching import optimise
from rm_tui.storage import Database
from tests.cli.conftest import populate_demo_db

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 1, 15)  # seniority is counted at a fixed date: results never drift


def demo_cohort(tmp_path: Path) -> tuple[Path, Path]:
    """(program path, database path) with every demo answer and one confirmed plan."""
    for folder in ("sample_programs", "questionnaires"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    program_path = tmp_path / "sample_programs" / "kickoff_demo.yaml"
    program = load_program(program_path)
    db_path = populate_demo_db(program_path.with_name("kickoff_demo.db.json"))
    with Database(db_path) as db:
        from rm_tui.services.confirmed_cohort import cohort_workspace

        ws = cohort_workspace(program, db, TODAY)
        plan = optimise(ws.problem)
        record = confirmed_record(plan, ws.program, confirmed_at="2026-01-15T09:00:00.000+00:00")
        db.save_plan(record, "confirmed", actor="test")
    return program_path, db_path

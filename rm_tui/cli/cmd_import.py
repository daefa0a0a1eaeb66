"""`rm-tui import PROGRAM FILE [--db DB]`: a roster CSV, responses (YAML or CSV), or
check-ins/outcomes (YAML or CSV, see `import_followup.py`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rm_tui.cli.common import add_db_argument, add_program_argument, db_path
from rm_tui.core.cohort_status import merged_roster
from rm_tui.core.errors import InputError, Problem
from rm_tui.core.participant import Participant
from rm_tui.core.responses_csv import looks_like_responses, parse_responses_csv
from rm_tui.core.roster_csv import parse_roster_csv
from rm_tui.loaders import load_program, load_responses
from rm_tui.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help="import a roster CSV, a responses file, or check-ins/outcomes into the database",
        description=(
            "Import participants from a roster CSV, or answers from a responses YAML file or a "
            "responses CSV (an id column and QUESTIONNAIRE.ITEM columns), or check-ins and "
            "outcomes (YAML `checkins:`/`outcomes:`, or a CSV with the same columns). Importing again "
            "updates what changed instead of duplicating. If any row is invalid, every problem "
            "is listed with its line number and nothing is written (exit 2)."
        ),
    )
    add_program_argument(parser)
    parser.add_argument("file", type=Path, metavar="FILE",
                        help="roster .csv, responses .yaml or .csv, check-ins/outcomes .yaml or .csv")
    add_db_argument(parser)
    parser.set_defaults(func=run)


def _stored_people(path: Path) -> list[Participant]:
    return Database(path).participants() if path.exists() else []


def run(args: argparse.Namespace) -> int:
    program = load_program(args.program)
    path = db_path(args)
    source: Path = args.file
    if not source.is_file():
        raise InputError(Problem(str(source), "file not found"))
    # Imported here: follow-up needs numpy, which `rm-tui import --help` must not load.
    from rm_tui.cli.import_followup import is_followup_file, run_followup_import

    if is_followup_file(source):  # check-ins / outcomes (test-and-learn)
        return run_followup_import(path, source)
    roster = merged_roster(program, _stored_people(path))  # validate before opening for writing
    suffix = source.suffix.lower()
    if suffix == ".csv" and not looks_like_responses(source, program):
        kind = "roster"
        people = parse_roster_csv(source, known_ids={p.id for p in roster},
                                  families=program.family_ids() or None)
        db = Database(path)
        counts: dict[str, Any] = db.upsert_participants(people, keep_flags=True)  # logged as details
        unit = "participants"
    elif suffix in (".csv", ".yaml", ".yml"):
        kind = "responses"
        full = program.with_roster(roster)
        if suffix == ".csv":
            answers = parse_responses_csv(source, full)
        else:
            answers = load_responses(source, full)
        db = Database(path)
        counts = db.import_answers(answers)
        unit = "participants' answers"
    else:
        raise InputError(Problem(str(source), "expected a roster .csv, or a responses .yaml or .csv file"))
    db.log(f"import_{kind}", actor="cli", file=source.name, **counts)
    print(f"imported {source} ({kind}) into {path}: {counts['added']} added, "
          f"{counts['updated']} updated, {counts['unchanged']} skipped (unchanged) {unit}")
    return 0

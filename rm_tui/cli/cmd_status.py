"""`rm-tui status PROGRAM [--db DB] [--json]`: participants by role, completion, who is missing."""

from __future__ import annotations

import argparse

from rm_tui.cli.common import (
    add_db_argument,
    add_program_argument,
    add_program_lang_argument,
    db_path,
    program_lang,
)
from rm_tui.cli.one_shot import without_gc


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "status",
        help="participants by role, completion per questionnaire, who has not finished",
        description=(
            "Show how far the cohort is: participants by role, how many completed each "
            "questionnaire (every required question answered) and who has not finished. "
            "Reads the database only; a missing database means nobody has answered yet."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the status as JSON")
    add_program_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with without_gc():  # imports included
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from rm_tui.core.cohort_status import cohort_status, merged_roster, status_lines
    from rm_tui.services.loaders import load_program
    from rm_tui.storage import Database

    program = load_program(args.program)
    path = db_path(args)
    stored, answers, submitted = [], {}, {}
    if path.exists():  # do not create a database just to look at it
        with Database(path) as db:  # read, then closed: its documents need no copies
            stored, answers, submitted = db.participants(), db.all_answers(shared=True), db.all_submitted()
    status = cohort_status(program, merged_roster(program, stored), answers, submitted)
    if args.json:
        import json

        print(json.dumps(status, ensure_ascii=False, indent=2))
    else:
        print("\n".join(status_lines(status, program_lang(args, program))))
    return 0

"""`rm-tui import PROGRAM FILE [--db DB] [--encoding ENC]`: a roster CSV, responses (YAML or
CSV), or check-ins/outcomes (YAML or CSV, see `import_followup.py`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rm_tui.cli.common import (
    add_db_argument,
    add_encoding_argument,
    add_program_argument,
    add_program_lang_argument,
    db_path,
    program_lang,
    warn,
)
from rm_tui.core.cohort_status import merged_roster
from rm_tui.core.errors import InputError, Problem
from rm_tui.core.input_file import check_input_file
from rm_tui.core.participant import Participant
from rm_tui.core.responses_csv import looks_like_responses, parse_responses_table
from rm_tui.core.responses_csv import unknown_columns as unknown_answer_columns
from rm_tui.core.roster_csv import parse_roster_table, read_csv, unknown_columns
from rm_tui.i18n import Said, t
from rm_tui.services.loaders import load_program, load_responses
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
            "is listed with its line number and nothing is written (exit 2). A CSV is read as "
            "UTF-8 (with or without BOM), else Windows-1252, else Latin-1 (printed); columns "
            "that are not imported are listed as warnings."
        ),
    )
    add_program_argument(parser)
    parser.add_argument("file", type=Path, metavar="FILE",
                        help="roster .csv, responses .yaml or .csv, check-ins/outcomes .yaml or .csv")
    add_db_argument(parser)
    add_encoding_argument(parser)
    add_program_lang_argument(parser)
    parser.set_defaults(func=run)


def _stored_people(path: Path) -> list[Participant]:
    return Database(path).participants() if path.exists() else []


def run(args: argparse.Namespace) -> int:
    program = load_program(args.program)
    lang = program_lang(args, program)
    path = db_path(args)
    source: Path = args.file
    check_input_file(source)  # a regular file of bounded size, else why not
    # Imported here: follow-up needs numpy, which `rm-tui import --help` must not load.
    from rm_tui.cli.import_followup import is_followup_file, run_followup_import

    if is_followup_file(source):  # check-ins / outcomes (test-and-learn)
        return run_followup_import(path, source, lang)
    roster = merged_roster(program, _stored_people(path))  # validate before opening for writing
    suffix = source.suffix.lower()
    if suffix == ".csv":
        table = read_csv(source, args.encoding)
        print(t("cli.import.read_as", lang, path=source, encoding=table.encoding))
    if suffix == ".csv" and not looks_like_responses(table, program):
        kind = "roster"
        warn(args, *unknown_columns(table))
        people = parse_roster_table(table, known_ids={p.id for p in roster},
                                    families=program.family_ids() or None)
        db = Database(path)
        counts = db.upsert_participants(people, keep_flags=True)
    elif suffix in (".csv", ".yaml", ".yml"):
        kind = "responses"
        full = program.with_roster(roster)
        if suffix == ".csv":
            warn(args, *unknown_answer_columns(table, program))
            answers = parse_responses_table(table, full)
        else:
            answers = load_responses(source, full)
        db = Database(path)
        counts = db.import_answers(answers)
    else:
        raise InputError(Problem(str(source), Said("args.import_kind")))
    details: dict[str, Any] = {"file": source.name, **counts}
    db.log(f"import_{kind}", actor="cli", **details)
    print(t("cli.import.done", lang, source=source, kind=t(f"cli.import.kind.{kind}", lang), path=path,
            added=counts["added"], updated=counts["updated"], unchanged=counts["unchanged"],
            unit=t(f"cli.import.unit.{kind}", lang)))
    if counts.get("erased"):
        warn(args, t("cli.import.erased", lang, n=counts["erased"], file=source.name))
    return 0

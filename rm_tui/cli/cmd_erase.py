"""`rm-tui erase PROGRAM PARTICIPANT_ID [--db DB] [--dry-run]`: remove every trace of a person."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from rm_tui.cli.common import (
    add_db_argument,
    add_program_argument,
    add_program_lang_argument,
    db_path,
    program_lang,
)
from rm_tui.core.errors import OperationError
from rm_tui.i18n import t, tn

if TYPE_CHECKING:
    from rm_tui.core.program import Program


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "erase",
        help="erase a participant from the database (data-protection request)",
        description=(
            "Remove the participant's record, answers and constraints, and replace every mention "
            "of them in the database (other people's answers and free text, plans, audit log, "
            "check-ins, outcomes) by a neutral marker such as erased-1: their id, their name in "
            "any order, case and accents, with an initial ('Martin C.', 'C. Martin'), their first "
            "or last name alone when no one else in the cohort has it, and any email whose local "
            "part contains their name. The .bak copy is rewritten too, and the id is remembered "
            "(as a salted hash) so no process can write the person back. What was replaced is "
            "listed as counts by kind, never the values. The program file, roster CSV and files "
            "you exported are not changed: remove the person there yourself."
        ),
    )
    add_program_argument(parser)
    parser.add_argument("participant", metavar="PARTICIPANT_ID")
    add_db_argument(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be removed and replaced; change nothing")
    add_program_lang_argument(parser)
    parser.set_defaults(func=run)


def roster_picks(program: Program) -> set[tuple[str, str]]:
    """(questionnaire, item) of the program's items answered by picking people."""
    return {(qid, item.id) for qid, q in program.questionnaires.items() for item in q.items
            if item.kind == "roster"}


def run(args: argparse.Namespace) -> int:
    from rm_tui.services.loaders import load_program
    from rm_tui.storage import Database, describe_counts
    from rm_tui.yaml_io import clear_parse_cache

    program = load_program(args.program)
    lang = program_lang(args, program)
    path = db_path(args)
    if not path.exists():
        raise OperationError.coded("cli.erase.no_db", path=str(path))
    on_roster = program.participant(args.participant)
    cohort = [p.name for p in program.roster if p.id != args.participant]
    with Database(path) as db:
        report = db.erase_participant(args.participant, known_as=on_roster, cohort_names=cohort,
                                      actor="cli", dry_run=args.dry_run, picks=roster_picks(program))
    if not args.dry_run:
        clear_parse_cache()  # no parsed copy of the roster or the answers stays in the cache
    removed = ", ".join(t("cli.erase.removed_from", lang, n=n, table=table)
                        for table, n in sorted(report.removed.items())) or t("cli.erase.none", lang)
    changed = sum(report.changed.values())
    print(t("cli.erase.would" if args.dry_run else "cli.erase.done", lang, who=args.participant, path=path))
    print(t("cli.erase.removed", lang, removed=removed))
    print(tn("cli.erase.to_replace" if args.dry_run else "cli.erase.replaced", changed, lang,
             marker=report.marker, counts=describe_counts(report.replaced, lang)))
    if args.dry_run:
        print(t("cli.erase.dry_run", lang))
    elif on_roster is not None:
        print(t("cli.erase.on_roster", lang, program=args.program, who=args.participant), file=sys.stderr)
    return 0

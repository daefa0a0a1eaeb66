"""`rm-tui erase PROGRAM PARTICIPANT_ID [--db DB]`: remove every trace of a person."""

from __future__ import annotations

import argparse
import sys

from rm_tui.cli.common import add_db_argument, add_program_argument, db_path
from rm_tui.core.errors import OperationError
from rm_tui.loaders import load_program
from rm_tui.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "erase",
        help="erase a participant from the database (data-protection request)",
        description=(
            "Remove the participant's record and answers, and replace every mention of their "
            "id, name and email in the database (other people's answers, plans, audit log, "
            "check-ins) by a neutral marker such as erased-1. The .bak copy is rewritten too. "
            "The program file and roster CSV are not changed: remove the person there yourself."
        ),
    )
    add_program_argument(parser)
    parser.add_argument("participant", metavar="PARTICIPANT_ID")
    add_db_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    program = load_program(args.program)
    path = db_path(args)
    if not path.exists():
        raise OperationError(f"no database at {path}: nothing to erase")
    on_roster = program.participant(args.participant)
    marker = Database(path).erase_participant(args.participant, known_as=on_roster, actor="cli")
    print(f"erased {args.participant} from {path}: record and answers removed, "
          f"mentions replaced by '{marker}'")
    if on_roster is not None:
        print(f"note: {args.program} still lists {args.participant} in its roster; "
              "remove them there as well", file=sys.stderr)
    return 0

"""`rm-tui run PROGRAM [--db DB]`: open the facilitator console on a program."""

from __future__ import annotations

import argparse

from rm_tui.cli.common import add_db_argument, add_program_argument, db_path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "run",
        help="open the facilitator console (dashboard, pairing, confirm, export)",
        description=(
            "Open the facilitator console on PROGRAM: a live dashboard of who has finished "
            "their questionnaires, the participants, and the pairing workbench (run the "
            "matching, question pairs, lock, forbid, swap, assign, undo, confirm, export). "
            "Press F1 for the keys, ctrl+p for the command palette."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rm_tui.tui.console.app import ConsoleApp

    app = ConsoleApp(args.program, db_path(args))
    try:
        app.run()
    finally:
        app.source.close()
    return 0

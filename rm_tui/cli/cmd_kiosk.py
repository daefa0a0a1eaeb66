"""`rm-tui kiosk PROGRAM [--db DB]`: participants take their questionnaires at a shared terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from rm_tui.cli.common import add_db_argument, add_program_argument, db_path
from rm_tui.cli.kiosk_pin import PIN_ENV, read_pin
from rm_tui.core.errors import InputError, Problem
from rm_tui.loaders import load_program


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "kiosk",
        help="run the locked-down questionnaire kiosk",
        description=(
            "Participants identify themselves and take their questionnaires; every answer is saved "
            f"at once. Only the facilitator leaves, with F12 and a PIN: asked now, or read from "
            f"--pin-file (readable by you only), or from ${PIN_ENV}. Five wrong PINs lock the "
            "exit for 60 seconds."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--idle", type=int, metavar="SECONDS", default=None,
                        help="seconds without input before the kiosk returns to Welcome "
                             "(default: the program's kiosk.idle_seconds, else 120)")
    parser.add_argument("--lang", choices=("fr", "en"), default=None,
                        help="language shown first (default: the program's first language)")
    parser.add_argument("--light", action="store_true", help="use the light theme")
    parser.add_argument("--pin-file", type=Path, metavar="FILE", default=None,
                        help="read the facilitator PIN from the first line of FILE (chmod 600)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    program = load_program(args.program)
    if args.idle is not None and not 10 <= args.idle <= 3600:
        raise InputError(Problem("rm-tui kiosk", "--idle must be between 10 and 3600 seconds"))
    pin = read_pin(args.pin_file)
    from rm_tui.storage import Database
    from rm_tui.tui.kiosk import KioskApp

    database = Database(db_path(args))  # opened here so a bad file is reported, not crashed on
    app = KioskApp(program, database, pin, idle_seconds=args.idle, lang=args.lang)
    if args.light:
        app.theme = "textual-light"
    try:
        app.run()
    finally:
        database.close()
    return 0

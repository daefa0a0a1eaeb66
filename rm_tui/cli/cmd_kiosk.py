"""`rm-tui kiosk PROGRAM [--db DB]`: participants take their questionnaires at a shared terminal."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rm_tui.cli.common import add_db_argument, add_program_argument, db_path
from rm_tui.cli.kiosk_pin import PIN_ENV, read_pin
from rm_tui.cli.kiosk_supervisor import CHILD_FLAG, run_child, supervise
from rm_tui.core.errors import InputError, Problem
from rm_tui.core.program import Program
from rm_tui.i18n import Said
from rm_tui.services.loaders import load_program


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "kiosk",
        help="run the locked-down questionnaire kiosk",
        description=(
            "Participants identify themselves and take their questionnaires; every answer is saved "
            f"at once. Only the facilitator leaves, with F12 and a PIN: asked now, or read from "
            f"--pin-file (readable by you only), or from ${PIN_ENV}. Five wrong PINs lock the "
            "exit for 60 seconds. After --idle seconds without a key or click the kiosk returns "
            "to Welcome, counting down the last 15 on screen. If the screen itself ever fails, a "
            "fresh one starts on Welcome at once (the error goes to DB.kiosk.log next to the "
            "database); only F12 + PIN ends the kiosk, with status 0."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--idle", type=int, metavar="SECONDS", default=None,
                        help="seconds without input before the kiosk returns to Welcome, from 10 "
                             "to 3600 (default: the program's kiosk.idle_seconds, else 120)")
    parser.add_argument("--lang", choices=("fr", "en"), default=None,
                        help="language shown first (default: the program's first language)")
    parser.add_argument("--light", action="store_true", help="use the light theme")
    parser.add_argument("--pin-file", type=Path, metavar="FILE", default=None,
                        help="read the facilitator PIN from the first line of FILE (chmod 600)")
    parser.add_argument(CHILD_FLAG, action="store_true", help=argparse.SUPPRESS)  # the UI process
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.ui_child:  # the supervisor has checked the program and the database: the UI reads
        # them once its first screen is drawn (KioskApp given paths); child_command gave --db
        path = Path(args.db)
        pin = read_pin(args.pin_file)
        return run_child(path, lambda: make_app(args.program, path, pin, args))
    load_program(args.program)  # a bad file is reported now, before the kiosk starts
    if args.idle is not None and not 10 <= args.idle <= 3600:
        raise InputError(Problem("rm-tui kiosk", Said("args.idle")))
    pin = read_pin(args.pin_file)
    from rm_tui.storage import Database

    path = db_path(args)
    Database(path).close()  # opened here so a bad file is reported, not crashed on
    return supervise(child_command(args, path), path, {**os.environ, PIN_ENV: pin})


def child_command(args: argparse.Namespace, path: Path) -> list[str]:
    """The same kiosk, as the UI process the supervisor restarts (PIN passed in the env)."""
    command = [sys.executable, "-m", "rm_tui", "kiosk", str(args.program), "--db", str(path)]
    if args.idle is not None:
        command += ["--idle", str(args.idle)]
    if args.lang is not None:
        command += ["--lang", args.lang]
    if args.light:
        command.append("--light")
    return [*command, CHILD_FLAG]


def make_app(program: Program | Path, path: Path, pin: str, args: argparse.Namespace) -> object:
    from rm_tui.tui.kiosk import KioskApp

    app = KioskApp(program, path, pin, idle_seconds=args.idle, lang=args.lang)
    if args.light:
        app.theme = "textual-light"
    return app

"""`rm-tui checkin PROGRAM [--db DB] [--outcome]`: record a pair's check-in (or outcome) by
prompts, or from a script with `--pair MENTOR:MENTEE` and the fields as flags (`checkin_flags`)."""

from __future__ import annotations

import argparse
import sys

from rm_tui.cli.checkin_flags import add_flags, check_mode, run_scripted
from rm_tui.cli.common import add_db_argument, add_program_argument, db_path
from rm_tui.core.errors import InputError, Problem
from rm_tui.i18n import Said


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "checkin",
        help="record a pair's check-in (or, with --outcome, how the pair ended) by prompts",
        description=(
            "Pick a running pair and who answers, by name, then: did we meet (yes / cancelled / no) "
            "and four 1-5 ratings (useful, can speak openly, partner explains in a way that "
            "works for me, progressing toward our goals), with an optional comment seen by the "
            "facilitator only. With --outcome: quality from each partner, goals reached, would "
            "pair again, ended early and why (no-fault by default). Needs an interactive "
            "terminal, unless --pair is given: then the fields come from the flags below "
            "(the import format's names), nothing is asked, and a bad value exits 2. "
            "To load many at once, use `rm-tui import PROGRAM FILE`."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--outcome", action="store_true", help="record an outcome instead")
    parser.add_argument("--lang", choices=("fr", "en"), help="language (default: the program's first)")
    add_flags(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if check_mode(args, args.lang or "en"):  # flags that cannot go together: before any file
        return _scripted(args)
    if not sys.stdin.isatty():
        raise InputError(Problem("rm-tui", Said("args.no_terminal_checkin")))
    from rm_tui.prompts.checkin import run_checkin
    from rm_tui.prompts.prompter import Prompter
    from rm_tui.services.confirmed_cohort import open_existing
    from rm_tui.services.loaders import load_program

    program = load_program(args.program)
    lang = args.lang or program.languages[0]
    names = {person.id: person.name for person in program.roster if person.name}
    with open_existing(db_path(args)) as db:
        return run_checkin(db, Prompter(lang), outcome=args.outcome, names=names)


def _scripted(args: argparse.Namespace) -> int:
    from rm_tui.services.loaders import load_program

    program = load_program(args.program)
    names = {person.id: person.name for person in program.roster if person.name}
    args.spoken_lang = args.lang or program.languages[0]  # a refusal is said in it too
    return run_scripted(args, args.spoken_lang, names)

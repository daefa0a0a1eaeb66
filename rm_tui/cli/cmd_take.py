"""`rm-tui take PROGRAM`: answer the questionnaires with line-by-line prompts (SSH, screen readers)."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path

from rm_tui.cli.common import add_db_argument, add_program_argument, db_path
from rm_tui.cli.kiosk_pin import facilitator_pin
from rm_tui.core.errors import InputError, Problem
from rm_tui.i18n import Said


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "take",
        help="answer the questionnaires in a plain terminal (SSH, screen reader, small screen)",
        description=(
            "The kiosk's questionnaires as line-by-line prompts: identify yourself (or pick your "
            "name from the roster), answer, review, submit. Every answer is saved as soon as it "
            "is given; Ctrl+C stops and keeps them, and running the same command again resumes. "
            "Submitted answers are sealed: they are neither shown nor changed unless the "
            "facilitator types the kiosk PIN when asked; the PIN to check it against comes, as "
            "for the kiosk, from --pin-file (readable by you only) or from $RM_TUI_PIN (without "
            "either, sealed answers cannot be reopened here). A wrong PIN ends with status 1. "
            "Needs an interactive terminal: to load answers collected elsewhere, use "
            "`rm-tui import`."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--participant", metavar="ID", help="your participant id (skips the name prompt)")
    parser.add_argument("--lang", choices=("fr", "en"), help="language (default: the program's first)")
    parser.add_argument("--plain", action="store_true",
                        help="numbered lists and typed answers, nothing redrawn: best with a screen "
                             "reader or a very small terminal (automatic when TERM=dumb)")
    parser.add_argument("--pin-file", type=Path, metavar="FILE", default=None,
                        help="the facilitator PIN that reopens submitted answers, from the first "
                             "line of FILE (chmod 600), as for `rm-tui kiosk`")
    parser.set_defaults(func=run)


def resume_command(args: argparse.Namespace, pid: str) -> str:
    words = ["rm-tui", "take", str(args.program)]
    if args.db is not None:
        words += ["--db", str(args.db)]
    words += ["--participant", pid]
    if args.lang:
        words += ["--lang", args.lang]
    if getattr(args, "plain", False):
        words += ["--plain"]
    return shlex.join(words)


def plain_wanted(args: argparse.Namespace) -> bool:
    return bool(args.plain) or os.environ.get("TERM") == "dumb"


def run(args: argparse.Namespace) -> int:
    pin = facilitator_pin(args.pin_file, "rm-tui take")  # a bad PIN file: said before anything
    if not sys.stdin.isatty():
        raise InputError(Problem("rm-tui", Said("args.no_terminal_take")))
    # imported here so that `--help` and the non-terminal refusal stay fast
    from rm_tui.prompts.prompter import Prompter
    from rm_tui.prompts.take import run_take
    from rm_tui.services.loaders import load_program
    from rm_tui.storage import Database

    program = load_program(args.program)
    lang = args.lang or program.languages[0]
    with Database(db_path(args)) as db:
        prompter = Prompter(lang, plain=plain_wanted(args))
        return run_take(program, db, prompter, participant_id=args.participant,
                        resume_command=lambda pid: resume_command(args, pid),
                        pin=pin)  # the kiosk's: reopens sealed answers

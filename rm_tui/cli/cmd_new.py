"""`rm-tui new [PATH]`: a wizard that writes a valid program file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rm_tui.core.errors import InputError, Problem
from rm_tui.i18n import Said


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "new",
        help="write a new program file, step by step",
        description=(
            "Reads the roster CSV first (--roster, or asked), then asks for the program's name "
            "and languages, the questionnaires for each role, the matching criteria and their "
            "weights, which intentions go together, hard rules, mentor capacity and objective, "
            "each with a sensible default that Enter keeps. The bundled questionnaires are copied "
            "into a `questionnaires/` folder next to the program, the background questions offering "
            "the roster's own subsidiaries and job families. The result is validated before it is "
            "written, and an existing file is never replaced without asking."
        ),
    )
    parser.add_argument("path", metavar="PATH", nargs="?", type=Path,
                        help="the program file to write (asked when omitted)")
    parser.add_argument("--questionnaires", metavar="DIR", type=Path, default=None,
                        help="the questionnaire folder to choose from (default: the bundled "
                             "ones, copied next to the program as its own)")
    parser.add_argument("--roster", metavar="CSV", type=Path, default=None,
                        help="read this roster first: its subsidiaries and job families become the "
                             "options of the program's background questions")
    parser.add_argument("--plain", action="store_true",
                        help="numbered lists and typed answers, nothing redrawn: best with a screen "
                             "reader or a very small terminal (automatic when TERM=dumb)")
    parser.add_argument("--lang", choices=("en", "fr"), default="en",
                        help="the language the wizard speaks (default: en)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not sys.stdin.isatty():
        raise InputError(Problem("rm-tui", Said("args.no_terminal_new")))
    from rm_tui.cli.cmd_take import plain_wanted
    from rm_tui.prompts.prompter import Prompter
    from rm_tui.prompts.wizard import run_new

    return run_new(Prompter(args.lang, plain=plain_wanted(args)), args.path, args.questionnaires,
                   roster=args.roster)

"""`rm-tui repair PROGRAM MENTOR MENTEE --reason CODE`: split a pair, re-match, keep the others."""

from __future__ import annotations

import argparse
import json
import shlex

from rm_tui.cli.common import (
    add_db_argument,
    add_program_argument,
    add_program_lang_argument,
    db_path,
    program_lang,
)
from rm_tui.core.checkins import NO_FAULT, REASON_CODES


def register(sub: argparse._SubParsersAction) -> None:
    codes = "; ".join(f"{k}: {v}" for k, v in REASON_CODES.items())
    parser = sub.add_parser(
        "repair",
        help="split a confirmed pair and re-match its members, leaving the other pairs alone",
        description=(
            "Split the confirmed pair MENTOR-MENTEE (no-fault by default), then re-match its "
            "two members and anyone unmatched. Every other confirmed pair is kept unless "
            "--allow-moves (even then a pair moves only when that clearly improves the plan). "
            "The same two people are never paired again. Shows the change and stores the new "
            "plan as the next confirmed version (export it with `rm-tui export`). "
            f"Reason codes: {codes}."
        ),
    )
    add_program_argument(parser)
    parser.add_argument("mentor", metavar="MENTOR", help="mentor id of the pair to split")
    parser.add_argument("mentee", metavar="MENTEE", help="mentee id of the pair to split")
    parser.add_argument("--reason", metavar="CODE", default=NO_FAULT, choices=tuple(REASON_CODES),
                        help=f"why the pair ends (default: {NO_FAULT})")
    parser.add_argument("--allow-moves", action="store_true",
                        help="let other unlocked pairs change when that clearly pays")
    parser.add_argument("--dry-run", action="store_true", help="show the change, store nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    add_program_lang_argument(parser)
    add_db_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rm_tui.services.confirmed_cohort import open_existing
    from rm_tui.services.loaders import load_program
    from rm_tui.services.repair import repair_in_db
    from rm_tui.services.repair_view import as_json, render_text

    program = load_program(args.program)
    with open_existing(db_path(args)) as db:
        names = {p.id: p.name for p in db.participants()} | {p.id: p.name for p in program.roster}
        result, version = repair_in_db(
            program, db, args.mentor, args.mentee, args.reason,
            allow_moves=args.allow_moves, dry_run=args.dry_run, actor="facilitator",
        )
    if args.json:
        print(json.dumps(as_json(result, version), indent=2, ensure_ascii=False))
    else:
        export = shlex.join(["rm-tui", "export", str(args.program), "--db", str(db_path(args)),
                             "-o", "pairs.yaml"])
        print(render_text(result, version, names, export, program_lang(args, program)))
    return 0

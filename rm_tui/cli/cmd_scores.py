"""`rm-tui scores PROGRAM`: every mentor x mentee score, and the pairs rules forbid."""

from __future__ import annotations

import argparse

from rm_tui.cli.common import (
    add_db_argument,
    add_lang_argument,
    add_program_argument,
    open_workspace,
    warn,
)
from rm_tui.i18n import t


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "scores",
        help="show every mentor x mentee pair score and the forbidden pairs",
        description=(
            "Score every mentor x mentee pair of PROGRAM from the answers in the database. "
            "Rows are mentors, columns mentees; a forbidden pair (program rule or a forbid made "
            "in the console) has no score. With --json: {mentors, mentees, capacity, scores "
            "(null = forbidden), forbidden: [{mentor, mentee, reasons}]}."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    add_lang_argument(parser)
    parser.add_argument("--include-unfinished", action="store_true",
                        help="do not leave out people who have not finished their questionnaires")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from rm_tui.core.report import scores_json_chunks, scores_report

    ws = open_workspace(args, include_unfinished=args.include_unfinished)
    plan, _, warnings = ws.start_plan()
    warn(args, *warnings)
    if args.json:  # streamed: the whole report as objects is hundreds of MB at 1,000 x 1,000
        for chunk in scores_json_chunks(plan, args.lang):
            sys.stdout.write(chunk)
        sys.stdout.write("\n")
        return 0
    print(render(scores_report(plan, args.lang), args.lang))
    return 0


def render(report: dict, lang: str = "en") -> str:
    """A compact table: one row per mentor, one column per mentee, '--' where forbidden."""
    mentees, rows = report["mentees"], report["scores"]
    width = max([4, *(len(e) for e in mentees)])
    head = " " * 10 + " ".join(e.rjust(width) for e in mentees)
    lines = [head]
    for mentor, row in zip(report["mentors"], rows, strict=True):
        cells = " ".join(("--" if s is None else f"{s:.0f}").rjust(width) for s in row)
        cap = report["capacity"][mentor]
        lines.append(f"{mentor:<7}{'x' + str(cap) if cap != 1 else '':<3}{cells}")
    n_pairs = len(report["mentors"]) * len(mentees)
    lines.append("")
    lines.append(t("cli.scores.summary", lang, mentors=len(report["mentors"]), mentees=len(mentees),
                   forbidden=len(report["forbidden"]), pairs=n_pairs))
    for f in report["forbidden"]:
        lines.append(f"  {f['mentor']}:{f['mentee']}  {'; '.join(f['reasons'])}")
    return "\n".join(lines)

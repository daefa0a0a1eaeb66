"""`rm-tui followup PROGRAM [--db DB] [--json]`: every pair and how its follow-up is going."""

from __future__ import annotations

import argparse

from rm_tui.cli.common import (
    add_db_argument,
    add_program_argument,
    add_program_lang_argument,
    db_path,
    dump_json,
    program_lang,
)

SUMMARY = "every pair of the confirmed plan and every pair that ended: check-ins, health, outcome"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "followup",
        help=SUMMARY,
        description=(
            "One row per pair of the latest confirmed plan and per pair that ended: names, "
            "since when, check-ins received from each side, last check-in, meetings missed, "
            "health (active; attention, with the reason; ended, with the reason and outcome) "
            "and the outcome if recorded. A pair with an outcome has ended and never needs "
            "attention. Record check-ins and outcomes with `rm-tui checkin` or "
            "`rm-tui import PROGRAM FILE`."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the overview as JSON")
    add_program_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rm_tui.services.confirmed_cohort import followup_overview, open_existing
    from rm_tui.services.followup_view import render_text

    with open_existing(db_path(args)) as db:
        found = followup_overview(db)
        names = {p.id: p.name for p in db.participants()}
    if args.json:
        dump_json(found.to_dict(names))
    else:
        print(render_text(found, names, program_lang(args)))
    return 0


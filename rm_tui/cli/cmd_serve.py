"""`rm-tui serve PROGRAM [--db DB] [--host H] [--port P] [--max-sessions N] [--links FILE.csv]`:
participants answer in their own browser, on the same database as the kiosk and the console."""

from __future__ import annotations

import argparse
from pathlib import Path

from rm_tui.cli.common import add_db_argument, add_program_argument, db_path
from rm_tui.core.errors import InputError, Problem
from rm_tui.i18n import Said
from rm_tui.services.loaders import load_program

SUMMARY = "serve the questionnaires to participants' phones and laptops (join link + QR code)"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "serve",
        help=SUMMARY,
        description=(
            "Participants open the printed join link (or scan its QR code) and answer in their "
            "browser: one session per browser tab, every answer saved at once in the database. "
            "The link holds a random token that changes at every run; without it the server "
            "answers 403. Only this computer can connect unless --host says otherwise."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this computer only; "
                             "0.0.0.0 lets the room's phones connect)")
    parser.add_argument("--port", type=int, default=8080,
                        help="port to listen on (default: 8080; 0 picks a free one)")
    parser.add_argument("--max-sessions", type=int, default=40, metavar="N",
                        help="browser sessions at once; beyond, a page asks to retry in a "
                             "minute (default: 40)")
    parser.add_argument("--links", type=Path, metavar="FILE.csv", default=None,
                        help="write one personal link per participant (id,name,url): it opens "
                             "that person's questionnaires directly, with no name search")
    parser.add_argument("--lang", choices=("fr", "en"), default=None,
                        help="language shown first (default: the program's first language)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise InputError(Problem("--port", Said("args.range", lo=0, hi=65535, value=args.port)))
    if not 1 <= args.max_sessions <= 500:
        raise InputError(Problem("--max-sessions", Said("args.range", lo=1, hi=500, value=args.max_sessions)))
    if args.links is not None and not args.links.parent.is_dir():
        raise InputError(Problem(str(args.links), Said("args.links_folder")))
    program = load_program(args.program)

    import asyncio

    from rm_tui.serve.run import serve
    from rm_tui.serve.server import RoomConfig
    from rm_tui.storage import Database

    database = db_path(args)
    with Database(database) as db:  # opened here so a bad file is reported, not crashed on
        known = {p.id for p in program.roster}
        people = list(program.roster) + [p for p in db.participants() if p.id not in known]
    config = RoomConfig(program=args.program.resolve(), db=Path(database).resolve(),
                        title=program.name, max_sessions=args.max_sessions, lang=args.lang,
                        words=program.languages[0] if program.languages else "en")
    asyncio.run(serve(config, args.host, args.port, people, args.links))
    return 0

"""`rm-tui restore PROGRAM [--db DB] [--from COPY] [--force]`: bring a database back from a copy."""

from __future__ import annotations

import argparse
from pathlib import Path

from rm_tui.cli.common import (
    add_db_argument,
    add_program_argument,
    add_program_lang_argument,
    default_db_path,
    program_lang,
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "restore",
        help="restore the database from its last good copy (DB.bak, DB.bak.N)",
        description=(
            "Replace a missing or broken database with a copy: DB.bak by default (the state "
            "before the last write), or DB.bak.1..N (copies kept by time), or any file given "
            "with --from. The copy is checked first. A broken database is kept aside as "
            "DB.broken-TIME; a usable one is only replaced with --force (kept as "
            "DB.replaced-TIME). The restore is recorded in the database's audit log."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--from", dest="source", metavar="COPY", type=Path, default=None,
                        help="the copy to restore (default: DB.bak, else the newest usable DB.bak.N)")
    parser.add_argument("--force", action="store_true",
                        help="also replace a usable database (it is kept as DB.replaced-TIME)")
    add_program_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rm_tui.i18n import in_lang, t
    from rm_tui.storage import Database, restore
    from rm_tui.storage import describe_copy as describe

    path = args.db if args.db is not None else default_db_path(args.program)
    done = restore(path, args.source, force=args.force)
    with Database(done.path) as db:
        db.log("restore", actor="cli", reason="rm-tui restore",
               source=done.source.name, set_aside=done.set_aside.name if done.set_aside else None,
               force=args.force, **done.counts)
    lang = program_lang(args)
    if done.set_aside is not None:
        print(t("cli.restore.set_aside", lang, path=done.set_aside))
    print(t("cli.restore.done", lang, path=done.path, source=in_lang(describe(done.source), lang)))
    print(t("cli.restore.logged", lang))
    return 0

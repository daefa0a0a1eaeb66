"""`rm-tui export PROGRAM -o FILE`: the confirmed pairs as a versioned YAML document."""

from __future__ import annotations

import argparse
from pathlib import Path

from rm_tui.cli.common import (
    add_db_argument,
    add_lang_argument,
    add_program_argument,
    open_workspace,
)

FORMAT = "rm-tui/pairs@1"  # rm_tui.core.export.FORMAT (not imported: keeps --help fast)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="write the confirmed pairs as YAML",
        description=(
            f"Write the latest confirmed plan of PROGRAM as a `{FORMAT}` YAML document "
            "(docs/FORMATS.md, 'Pairs export'): pairs with names, emails, scores, criteria and "
            "reasons, unmatched people and why, and every override. Exit 1 if nothing is "
            "confirmed yet (`rm-tui match PROGRAM --confirm`)."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help="YAML file to write (replaced atomically)")  # fmt: skip
    parser.add_argument("--include-answers", action="store_true",
                        help="add each person's raw answers, free text included (personal data)")  # fmt: skip
    add_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rm_tui.core.errors import InputError, Problem
    from rm_tui.core.export import export_document
    from rm_tui.storage import Database
    from rm_tui.workspace import require_confirmed
    from rm_tui.yaml_io import write_yaml

    ws = open_workspace(args)
    stored = require_confirmed(ws)
    answers = None
    if args.include_answers:
        with Database(ws.db_path) as db:
            answers = db.all_answers()
    doc = export_document(stored["plan"], ws.people, lang=args.lang, answers=answers,
                          version=stored.get("version"))  # fmt: skip
    if not args.output.parent.is_dir():
        raise InputError(Problem("--output", f"folder not found: {args.output.parent}"))
    header = (f"# rm-tui confirmed pairs ({FORMAT}); program {doc['program']['id']}, "
              f"confirmed {doc['confirmed_at']}\n")  # fmt: skip
    if args.output.is_file():  # names, emails (and answers): personal data, never group-readable
        args.output.chmod(0o600)
    write_yaml(args.output, doc, header=header, new_mode=0o600)
    s = doc["summary"]
    print(f"wrote {args.output}: {s['pairs']} pairs, {s['unmatched']} unmatched "
          f"(confirmed version {stored.get('version')}, {doc['confirmed_at']})")  # fmt: skip
    return 0

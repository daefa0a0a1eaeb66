"""`rm-tui export PROGRAM -o FILE`: the confirmed pairs as a versioned YAML document."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from rm_tui.cli.common import (
    add_db_argument,
    add_lang_argument,
    add_program_argument,
    open_workspace,
    warn,
)

FORMAT = "rm-tui/pairs@1"  # rm_tui.core.export.FORMAT (not imported: keeps --help fast)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="write the confirmed pairs as YAML (or CSV for HR)",
        description=(
            f"Write the latest confirmed plan of PROGRAM as a `{FORMAT}` YAML document "
            "(docs/FORMATS.md, 'Pairs export'): pairs with names, emails, scores, criteria and "
            "reasons, unmatched people and why, every override and the confirmation note; or, "
            "with --format csv, one row per pair (names, emails, subsidiaries, score, origin). "
            "Exit 1 if nothing is confirmed yet (`rm-tui match PROGRAM --confirm`)."
        ),
    )
    add_program_argument(parser)
    add_db_argument(parser)
    parser.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help="file to write (replaced atomically)")  # fmt: skip
    parser.add_argument("--format", choices=("yaml", "csv"), default=None,
                        help="yaml (the full versioned document) or csv (one row per pair, for "
                             "HR); default: from the file name, else yaml")  # fmt: skip
    parser.add_argument("--include-answers", action="store_true",
                        help="add each person's raw answers, free text included (personal data)")  # fmt: skip
    add_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rm_tui.core.errors import InputError, Problem
    from rm_tui.core.export import CSV_COLUMNS, csv_rows, export_document
    from rm_tui.i18n import Said, t
    from rm_tui.services.workspace import excluded_in_confirmed, require_confirmed
    from rm_tui.storage import Database
    from rm_tui.yaml_io import write_text, write_yaml

    fmt = args.format or ("csv" if args.output.suffix.lower() == ".csv" else "yaml")
    if fmt == "csv" and args.include_answers:
        raise InputError(Problem("--include-answers", Said("args.answers_yaml")))
    ws = open_workspace(args)
    stored = require_confirmed(ws)
    warn(args, *excluded_in_confirmed(stored, ws.program.roster))
    answers = None
    if args.include_answers:
        with Database(ws.db_path) as db:
            answers = db.all_answers()
    doc = export_document(stored["plan"], ws.people, lang=args.lang, answers=answers,
                          version=stored.get("version"), note=stored.get("note"))  # fmt: skip
    if not args.output.parent.is_dir():
        raise InputError(Problem("--output", Said("args.no_folder", folder=args.output.parent)))
    s = doc["summary"]
    done = t("cli.export.done", args.lang, output=args.output, pairs=s["pairs"], unmatched=s["unmatched"],
             version=stored.get("version"), at=doc["confirmed_at"])
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(csv_rows(doc, ws.people))
        # UTF-8 with BOM: Excel opens accented names correctly; names and emails are personal data
        write_text(args.output, "\ufeff" + buffer.getvalue(), mode=0o600)
        print(done)
        return 0
    header = (f"# rm-tui confirmed pairs ({FORMAT}); program {doc['program']['id']}, "
              f"confirmed {doc['confirmed_at']}\n")  # fmt: skip
    write_yaml(args.output, doc, header=header, mode=0o600)  # names, emails: personal data
    print(done)
    return 0

"""`rm-tui demo`: the console on the bundled demo cohort, in a fresh temporary database.

Nothing is written next to the bundled files or in the current folder: the database (and
the default export path) live in a temporary folder, removed on exit unless --keep.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from rm_tui.bundled import demo_program, demo_responses
from rm_tui.i18n import t
from rm_tui.services.loaders import load_program, load_responses
from rm_tui.storage import Database

DEMO_LANG = "fr"  # the demo program speaks French first (`languages: [fr, en]`)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help="open the console on the demo cohort, in a fresh temporary database",
        description=(
            "Load the bundled demo program (26 people, answers of 22 already imported) into a "
            "new temporary database and open the facilitator console on it. Your files and "
            "the bundled ones are never modified."
        ),
    )
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (its path is printed on exit)")
    parser.set_defaults(func=run)


def prepare_demo(folder: Path) -> Path:
    """A fresh database in `folder` with the demo roster and imported answers."""
    program = load_program(demo_program())
    answers = load_responses(demo_responses(), program)
    db_file = folder / "kickoff_demo.db.json"
    with Database(db_file) as db:
        db.upsert_participants(program.roster)
        # what `rm-tui import` does, in one transaction
        counts: dict[str, Any] = db.import_answers(answers)
        db.log("import_responses", actor="demo", file=demo_responses().name, **counts)
    return db_file


def run(args: argparse.Namespace) -> int:
    from rm_tui.tui.console.app import ConsoleApp

    folder = Path(tempfile.mkdtemp(prefix="rm-tui-demo-"))
    try:
        db_file = prepare_demo(folder)
        app = ConsoleApp(demo_program(), db_file, demo=True)
        try:
            app.run()
        finally:
            app.source.close()
    finally:
        if args.keep:
            print(t("cli.demo.kept", DEMO_LANG, folder=folder), file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0

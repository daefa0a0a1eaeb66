"""`rm-tui questionnaires copy DIR [--force]` / `rm-tui questionnaires path`: the bundled
questionnaires, copied out for editing or located for scripts."""

from __future__ import annotations

import argparse
from pathlib import Path

from rm_tui.i18n import t


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "questionnaires",
        help="copy the bundled questionnaires into a folder, to edit them",
        description=(
            "The questionnaires shipped with rm-tui (background, expectations, learner profile). "
            "`copy DIR` writes editable copies into DIR (point a program's questionnaires_dir at "
            "it, or pass it to `rm-tui new --questionnaires DIR`); `path` prints the bundled "
            "folder. The bundled files themselves are never modified."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    copy = actions.add_parser("copy", help="copy the bundled questionnaires into DIR",
                              description="Copy the bundled questionnaires into DIR (created if needed).")
    copy.add_argument("dest", metavar="DIR", type=Path, help="folder to copy into")
    copy.add_argument("--force", action="store_true", help="replace files of the same name in DIR")
    copy.set_defaults(func=run_copy)
    path = actions.add_parser("path", help="print the folder of the bundled questionnaires",
                              description="Print the folder holding the bundled questionnaires.")
    path.set_defaults(func=run_path)


def run_copy(args: argparse.Namespace) -> int:
    from rm_tui.bundled import copy_questionnaires

    try:
        written = copy_questionnaires(args.dest, overwrite=args.force)
    except OSError as exc:
        from rm_tui.core.errors import OperationError

        raise OperationError.coded("args.cannot_write_into", path=args.dest, why=exc.strerror or exc) from None
    for path in written:
        print(t("cli.wrote", "en", path=path))  # no program here to give a language
    return 0


def run_path(args: argparse.Namespace) -> int:
    from rm_tui.bundled import questionnaires_dir

    print(questionnaires_dir())
    return 0

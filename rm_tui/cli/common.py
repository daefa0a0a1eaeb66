"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rm_tui.core.program import Program
    from rm_tui.services.workspace import Workspace


def default_db_path(program_path: str | Path) -> Path:
    """`<program-stem>.db.json` next to the program file."""
    program_path = Path(program_path)
    return program_path.with_name(f"{program_path.stem}.db.json")


def add_program_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("program", metavar="PROGRAM", type=Path, help="the program file (YAML)")


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="DB",
        type=Path,
        default=None,
        help="database file (default: <program-stem>.db.json next to the program file)",
    )


def db_path(args: argparse.Namespace) -> Path:
    """The database path; exit 1 with the `rm-tui restore` command when the file is missing
    but its backups are there (never start an empty database over a lost one)."""
    path: Path = args.db if args.db is not None else default_db_path(args.program)
    from rm_tui.storage import check_not_lost

    check_not_lost(path, args.program)
    return path


def add_lang_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        default="en",
        help="language of reasons and messages (default: en)",
    )


def add_program_lang_argument(parser: argparse.ArgumentParser) -> None:
    """`--lang` for commands whose text speaks the program's language (JSON never changes)."""
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="language of the text (default: the program's first language)")


def program_lang(args: argparse.Namespace, program: Program | None = None) -> str:
    """`--lang`, else the program's first language (English if the program cannot be read:
    the command's own checks report a bad program)."""
    lang = _program_lang(args, program)
    args.spoken_lang = lang  # the error `main` reports, if any, is said in it too
    return lang


def _program_lang(args: argparse.Namespace, program: Program | None) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    if program is None:
        from rm_tui.core.errors import RmTuiError
        from rm_tui.services.loaders import load_program

        try:
            program = load_program(args.program)
        except RmTuiError:
            return _written_lang(args.program)
    return program.languages[0] if program.languages else "en"


def _written_lang(path: Path) -> str:
    """The first of `languages:` as written in a program that does not load (its own problems
    are then said in its language), English when even that cannot be read."""
    from rm_tui.core.errors import RmTuiError
    from rm_tui.yaml_io import load_yaml

    try:
        data, _ = load_yaml(path)
    except RmTuiError:
        return "en"
    if not isinstance(data, dict):
        return "en"
    languages = data.get("languages", ["fr", "en"])  # the format's default
    first = languages[0] if isinstance(languages, list) and languages else None
    return first if first in ("fr", "en") else "en"


def parse_pair(value: str, option: str) -> tuple[str, str]:
    """`MENTOR:MENTEE` -> (mentor, mentee), or InputError naming the option."""
    from rm_tui.core.errors import InputError, Problem
    from rm_tui.i18n import Said

    parts = value.split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise InputError(Problem(option, Said("args.pair.format", value=repr(value))))
    return parts[0].strip(), parts[1].strip()


def warn(args: argparse.Namespace, *messages: str) -> None:
    """Each message on stderr; a `Said` one in the command's language (once it is known)."""
    from rm_tui.i18n import in_lang, t

    lang = getattr(args, "spoken_lang", None) or getattr(args, "lang", None) or "en"
    for message in messages:
        sys.stderr.write(t("input.command.warning", lang, command=args.command, message=in_lang(message, lang)))
        sys.stderr.write("\n")


def error_lang(args: argparse.Namespace) -> str:
    """The language a command's error is said in: the one it speaks (the program's, once read,
    or `--lang`). A command that speaks the program's language but failed before reading it
    reads it now; English when the program itself cannot be read."""
    lang = getattr(args, "spoken_lang", None) or getattr(args, "lang", None)
    if lang:
        return str(lang)
    if hasattr(args, "lang") and getattr(args, "program", None) is not None:
        try:
            return _program_lang(args, None)
        except Exception:  # noqa: BLE001 — reporting an error must never raise another
            return "en"
    return "en"


def report_error(args: argparse.Namespace, exc: BaseException) -> None:
    """An error on stderr in the command's language: each problem of an input error on its own
    `PATH:LINE:COL: error: message` line, any other as `rm-tui COMMAND: error: message`."""
    from rm_tui.core.errors import InputError, said
    from rm_tui.i18n import t

    lang = error_lang(args)
    if isinstance(exc, InputError):
        text = said(exc, lang)
    elif isinstance(exc, OSError):  # a full disk, a permission refused: the system's own words
        where = f"{exc.filename}: " if exc.filename else ""
        text = t("input.command.os_error", lang, command=args.command, where=where,
                 message=exc.strerror or exc)
    else:
        text = t("input.command.error", lang, command=args.command, message=said(exc, lang))
    sys.stderr.write(f"{text}\n")


def open_workspace(args: argparse.Namespace, *, include_unfinished: bool = False) -> Workspace:
    """The program and its database as a `rm_tui.services.workspace.Workspace` (the facilitator's
    decisions applied); the workspace's warnings (no database yet...) go to stderr."""
    from rm_tui.services.workspace import open_workspace as _open

    ws = _open(args.program, db_path(args), include_unfinished=include_unfinished)
    warn(args, *ws.warnings)
    return ws


def dump_json(data: object) -> None:
    """JSON on stdout (numbers not rounded, non-ASCII kept)."""
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))


def _encoding(value: str) -> str:
    from rm_tui.core.roster_csv import ENCODINGS, encoding_name

    name = encoding_name(value)
    if name is None:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r} (use one of {', '.join(ENCODINGS)})")
    return name


def add_encoding_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding", type=_encoding, default=None, metavar="ENCODING",
        help="encoding of a CSV file: utf-8, windows-1252 or latin-1 (default: UTF-8 with or "
             "without BOM, else Windows-1252, else Latin-1, whichever reads the file)",
    )

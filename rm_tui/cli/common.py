"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path


def default_db_path(program_path: str | Path) -> Path:
    """`<program-stem>.db.json` next to the program file."""
    program_path = Path(program_path)
    return program_path.with_name(f"{program_path.stem}.db.json")


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="DB",
        type=Path,
        default=None,
        help="database file (default: <program-stem>.db.json next to the program file)",
    )


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db_path(args.program)

"""The `rm-tui` command line: one sub-command per module in `rm_tui/cli/`.

Contract (every command, now and later): `--help` on each; exit 0 on success; exit 2 with a
clear message on stderr for invalid input or usage; exit 1 when an operation cannot be done;
never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rm_tui import __version__
from rm_tui.core.errors import InputError, RmTuiError

# Each module defines `register(subparsers)`, which adds its parser and sets `func`
# (a callable taking the parsed args and returning an exit status).
COMMAND_MODULES: tuple[str, ...] = (
    "rm_tui.cli.cmd_validate",
    "rm_tui.cli.cmd_scores",
    "rm_tui.cli.cmd_explain",
    "rm_tui.cli.cmd_match",
    "rm_tui.cli.cmd_constraints",
    "rm_tui.cli.cmd_log",
    "rm_tui.cli.cmd_export",
    "rm_tui.cli.cmd_synth",
    "rm_tui.cli.cmd_take",
    "rm_tui.cli.cmd_new",
    "rm_tui.cli.cmd_import",
    "rm_tui.cli.cmd_status",
    "rm_tui.cli.cmd_erase",
    "rm_tui.cli.cmd_kiosk",
    "rm_tui.cli.cmd_run",
    "rm_tui.cli.cmd_demo",
    "rm_tui.cli.cmd_report",
    "rm_tui.cli.cmd_repair",
    "rm_tui.cli.cmd_checkin",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rm-tui",
        description="Form, explain, adjust and follow reverse-mentoring pairs.",
    )
    parser.add_argument("--version", action="version", version=f"rm-tui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except RmTuiError as exc:
        if isinstance(exc, InputError):
            for problem in exc.problems:
                sys.stderr.write(f"{problem}\n")
        else:
            sys.stderr.write(f"rm-tui {args.command}: error: {exc}\n")
        return exc.exit_status
    except KeyboardInterrupt:
        sys.stderr.write("rm-tui: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

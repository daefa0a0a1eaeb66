"""The `rm-tui` command line: one sub-command per module in `rm_tui/cli/`.

Contract (every command, now and later): `--help` on each; exit 0 on success; exit 2 with a
clear message on stderr for invalid input or usage; exit 1 when an operation cannot be done;
never a traceback.

Adding a command (the pattern every command follows):
1. Write `rm_tui/cli/cmd_<name>.py` with `register(sub)`, which calls
   `sub.add_parser("<name>", help=SUMMARY, description=...)`, adds the arguments and sets
   `func` (a callable taking the parsed args and returning an exit status).
2. Add one line to `COMMANDS` below: name -> (module, the same one-line SUMMARY).
   tests/cli/test_cli_registry.py checks that the two summaries agree.
3. Keep the module's top-level imports light: import Textual, questionary, numpy (and
   anything that pulls them in, such as the solver or the TUI) inside `func`, so that
   `rm-tui <name> --help` stays fast; tests/cli/test_lazy_imports.py enforces it.

Only the module of the command being run is imported; `rm-tui --help` imports none of them.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from rm_tui import __version__

# `rm-tui --help` imports neither typing nor dataclasses (via the errors): a third of its time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType
    from typing import Any, NoReturn

# name -> (module in rm_tui.cli, one-line summary shown by `rm-tui --help`); listed in this order.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("cmd_validate", "check questionnaire, program, roster CSV and responses files"),
    "scores": ("cmd_scores", "show every mentor x mentee pair score and the forbidden pairs"),
    "explain": ("cmd_explain", "explain one mentor-mentee pair: criteria, rules, alternatives"),
    "match": ("cmd_match", "form the best mentor-mentee pairs, explained; --confirm stores them"),
    "constraints": ("cmd_constraints", "list or change locks, forbids, weights, objective and exclusions"),
    "log": ("cmd_log", "show the decision log (locks, forbids, lifts, splits, weights, confirmations...)"),
    "export": ("cmd_export", "write the confirmed pairs as YAML (or CSV for HR)"),
    "introduce": ("cmd_introduce", "write introductions of the confirmed pairs: mail files, Markdown, printable cards"),
    "synth": ("cmd_synth", "write a realistic synthetic cohort (program + responses) for demos, tests and benchmarks"),
    "take": ("cmd_take", "answer the questionnaires in a plain terminal (SSH, screen reader, small screen)"),
    "new": ("cmd_new", "write a new program file, step by step"),
    "import": ("cmd_import", "import a roster CSV, a responses file, or check-ins/outcomes into the database"),
    "status": ("cmd_status", "participants by role, completion per questionnaire, who has not finished"),
    "erase": ("cmd_erase", "erase a participant from the database (data-protection request)"),
    "restore": ("cmd_restore", "restore the database from its last good copy (DB.bak, DB.bak.N)"),
    "kiosk": ("cmd_kiosk", "run the locked-down questionnaire kiosk"),
    "serve": ("cmd_serve", "serve the questionnaires to participants' phones and laptops (join link + QR code)"),
    "run": ("cmd_run", "open the facilitator console (dashboard, pairing, confirm, export)"),
    "demo": ("cmd_demo", "open the console on the demo cohort, in a fresh temporary database"),
    "report": ("cmd_report", "relate each matching criterion to how pairs went, with honest uncertainty"),
    "repair": ("cmd_repair", "split a confirmed pair and re-match its members, leaving the other pairs alone"),
    "followup": ("cmd_followup", "every pair of the confirmed plan and every pair that ended: check-ins, health, outcome"),
    "checkin": ("cmd_checkin", "record a pair's check-in (or, with --outcome, how the pair ended) by prompts"),
    "questionnaires": ("cmd_questionnaires", "copy the bundled questionnaires into a folder, to edit them"),
}


UNSUPPORTED_OS = (
    "rm-tui runs on Linux and macOS only: kiosks and the console share one database file "
    "through POSIX file locks, which Windows does not have. On Windows, use WSL.\n"
)


def _columns() -> int:
    """`shutil.get_terminal_size().columns`, without importing shutil (and with it zlib, bz2
    and lzma: a quarter of `rm-tui --help`)."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            stdout = sys.__stdout__
            columns = os.get_terminal_size(stdout.fileno()).columns if stdout is not None else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:  # fmt: skip
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width)  # fmt: skip


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"rm_tui.cli.{COMMANDS[name][0]}")


def build_parser(argv: Sequence[str] = (), *, load_all: bool = False) -> argparse.ArgumentParser:
    """The parser for `argv`: only the named command's module is imported (all with `load_all`);
    every other command is a stub that shows its summary in `rm-tui --help`."""
    parser = _Parser(
        prog="rm-tui",
        description="Form, explain, adjust and follow reverse-mentoring pairs.",
    )
    parser.add_argument("--version", action="version", version=f"rm-tui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    wanted = _command_in(argv)
    for name, (_module, summary) in COMMANDS.items():
        if load_all or name == wanted:
            command_module(name).register(sub)
        else:
            sub.add_parser(name, help=summary)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The sub-command named in `argv` (its first word not starting with '-'), if known."""
    for word in argv:
        if not word.startswith("-"):
            return word if word in COMMANDS else None
        if word == "--":
            return None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if sys.platform == "win32":  # storage locks the shared database with fcntl.flock (POSIX)
        sys.stderr.write(UNSUPPORTED_OS)
        return 1
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    from rm_tui.cli.common import error_lang, report_error
    from rm_tui.core.errors import RmTuiError
    from rm_tui.i18n import t

    try:
        return int(args.func(args) or 0)
    except RmTuiError as exc:
        report_error(args, exc)
        return exc.exit_status
    except KeyboardInterrupt:
        sys.stderr.write(t("cli.interrupted", error_lang(args)))
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk, a permission refused: the operation cannot be done
        report_error(args, exc)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

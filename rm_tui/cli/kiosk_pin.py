"""Where the kiosk's facilitator PIN comes from: `--pin-file`, the environment, or a prompt.
`rm-tui take` reads it the same way (without the prompt: the facilitator types it when asked).

A PIN on the command line (`RM_TUI_PIN=4821 rm-tui kiosk ...`) lands in the shell history, so
the README shows the prompt and the file first. A PIN file must be readable by its owner only,
like an SSH key: one that the group or others can read is refused.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from pathlib import Path

from rm_tui.core.errors import InputError, Problem
from rm_tui.core.input_file import read_input
from rm_tui.i18n import Said

PIN_ENV = "RM_TUI_PIN"
MIN_PIN = 4


def read_pin_file(path: Path) -> str:
    raw = read_input(path)  # a regular file of bounded size, else why not
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if mode & 0o077:
        raise InputError(Problem(str(path), Said("args.pin_readable", mode=f"{mode:04o}", path=path)))
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(Problem(str(path), Said("args.pin_not_utf8"))) from None
    return lines[0] if lines else ""


def checked(pin: str, command: str) -> str:
    pin = pin.strip()
    if len(pin) < MIN_PIN:
        raise InputError(Problem(command, Said("args.pin_short", n=MIN_PIN)))
    return pin


def facilitator_pin(pin_file: Path | None, command: str) -> str | None:
    """The kiosk's PIN as the facilitator gave it to this command (`--pin-file`, else the
    environment), None if not given. `rm-tui take` checks what is typed against it."""
    if pin_file is not None:
        return checked(read_pin_file(pin_file), command)
    if (from_env := os.environ.get(PIN_ENV)) is not None:
        return checked(from_env, command)
    return None


def read_pin(pin_file: Path | None = None) -> str:
    if (given := facilitator_pin(pin_file, "rm-tui kiosk")) is not None:
        return given
    if not sys.stdin.isatty():
        raise InputError(Problem("rm-tui kiosk", Said("args.pin_missing", env=PIN_ENV)))
    pin = getpass.getpass("Facilitator PIN for leaving the kiosk: ")
    if pin != getpass.getpass("Same PIN again: "):
        raise InputError(Problem("rm-tui kiosk", Said("args.pins_differ")))
    return checked(pin, "rm-tui kiosk")

"""Start the kiosk from the console: the facilitator sets the kiosk's exit PIN, the console
steps aside (suspends) and the kiosk runs in this terminal until the PIN closes it.

The kiosk is a separate process on the same database, exactly as on a second terminal, so
the dashboard picks up its answers through the usual polling when the console resumes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from rich.markup import escape
from textual import work

from rm_tui.i18n import t
from rm_tui.tui.console.dialogs import AskText

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp

PIN_ENV = "RM_TUI_PIN"  # what `rm-tui kiosk` reads (never on the command line: ps shows it)


def kiosk_command(app: ConsoleApp) -> list[str]:
    command = [sys.executable, "-m", "rm_tui", "kiosk", str(app.source.program_path),
               "--db", str(app.source.db.path)]
    if app.theme == "textual-light":
        command.append("--light")
    return command


def shell_hint(app: ConsoleApp) -> str:
    return f"rm-tui kiosk {app.source.program_path} --db {app.source.db.path}"


def start_kiosk(app: ConsoleApp) -> None:
    _ask_and_run(app)


@work
async def _ask_and_run(app: ConsoleApp) -> None:  # runs as a worker of the app
    pin = await app.push_screen_wait(AskText(
        t("pairing.kiosk.title", app.lang), t("pairing.kiosk.body", app.lang, hint=escape(shell_hint(app))),
        password=True, min_length=4))
    if pin is None:
        return
    command = kiosk_command(app)
    env = {**os.environ, PIN_ENV: pin}
    app.source.db.log("kiosk_started", actor="facilitator")
    try:
        with app.suspend():
            result = subprocess.run(command, env=env, check=False)
            if result.returncode != 0:  # leave its message on screen until read
                input(f"\nThe kiosk stopped (status {result.returncode}). "
                      "Press Enter to return to the console. ")
    except Exception as exc:  # e.g. suspend not supported (web, tests)
        app.notify(t("pairing.kiosk.failed", app.lang, error=exc, command=" ".join(command)),
                   severity="error", timeout=10)
        return
    if result.returncode != 0:
        app.notify(t("pairing.kiosk.stopped", app.lang, status=result.returncode, command=shell_hint(app)),
                   severity="warning", timeout=12)
    app.refresh_now()

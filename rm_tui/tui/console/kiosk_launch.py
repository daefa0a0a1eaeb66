"""Start the kiosk from the console: the facilitator sets the kiosk's exit PIN, the console
steps aside (suspends) and the kiosk runs in this terminal until the PIN closes it.

The kiosk is a separate process on the same database, exactly as on a second terminal, so
the dashboard picks up its answers through the usual polling when the console resumes.
"""

from __future__ import annotations

import os
import subprocess
import sys

from rich.markup import escape
from textual import work
from textual.app import App

from rm_tui.i18n import t
from rm_tui.services.cohort import CohortSource
from rm_tui.tui.console.dialogs import AskText
from rm_tui.tui.speak import program_lang

PIN_ENV = "RM_TUI_PIN"  # what `rm-tui kiosk` reads (never on the command line: ps shows it)


def kiosk_command(app: KioskLaunch) -> list[str]:
    command = [sys.executable, "-m", "rm_tui", "kiosk", str(app.source.program_path),
               "--db", str(app.source.db.path)]
    if app.theme == "textual-light":
        command.append("--light")
    return command


def shell_hint(app: KioskLaunch) -> str:
    return f"rm-tui kiosk {app.source.program_path} --db {app.source.db.path}"


class KioskLaunch(App[None]):
    """The console's \"start the kiosk here\" flow; ConsoleApp inherits it."""

    source: CohortSource

    def refresh_now(self) -> None:
        raise NotImplementedError

    @work
    async def start_kiosk(self) -> None:
        lang = program_lang(self)
        pin = await self.push_screen_wait(AskText(
            t("pairing.kiosk.title", lang), t("pairing.kiosk.body", lang, hint=escape(shell_hint(self))),
            password=True, min_length=4))
        if pin is None:
            return
        command = kiosk_command(self)
        env = {**os.environ, PIN_ENV: pin}
        self.source.db.log("kiosk_started", actor="facilitator")
        try:
            with self.suspend():
                result = subprocess.run(command, env=env, check=False)
                if result.returncode != 0:  # leave its message on screen until read
                    input(t("pairing.kiosk.press_enter", lang, status=result.returncode))
        except Exception as exc:  # e.g. suspend not supported (web, tests)
            self.notify(t("pairing.kiosk.failed", lang, error=escape(str(exc)),
                          command=escape(" ".join(command))), severity="error", timeout=10)
            return
        if result.returncode != 0:
            self.notify(t("pairing.kiosk.stopped", lang, status=result.returncode,
                          command=escape(shell_hint(self))), severity="warning", timeout=12)
        self.refresh_now()

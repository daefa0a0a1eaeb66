"""One browser session: the kiosk's participant flow in touch mode, and nothing else.

Unlike the kiosk there is no facilitator exit (no F12, no PIN screen: nothing of the console
is reachable), and a session left alone ends itself so it frees its place in the room; the
answers given so far are already on disk, as at the kiosk.
"""

from __future__ import annotations

import secrets
import time
from pathlib import Path

from rm_tui import bundled
from rm_tui.core.program import Program
from rm_tui.i18n import t
from rm_tui.storage import Database
from rm_tui.tui.kiosk import KioskApp
from rm_tui.tui.kiosk.app import STYLESHEET as KIOSK_STYLESHEET
from rm_tui.tui.kiosk.session import Clock

IDLE_EXIT_SECONDS = 900
CHECK_EVERY = 15.0


class BrowserApp(KioskApp):
    CSS_PATH = [KIOSK_STYLESHEET, bundled.stylesheet("rm_tui.tui.browser", "touch.tcss")]  # touch overrides

    def __init__(self, program: Program, db: Database | str | Path, *,
                 person_id: str | None = None, lang: str | None = None,
                 idle_exit: float = IDLE_EXIT_SECONDS,
                 clock: Clock = time.monotonic) -> None:
        # the PIN is random and never shown: the facilitator's way out does not exist here
        super().__init__(program, db, secrets.token_hex(16), lang=lang, clock=clock,
                         idle_seconds=int(idle_exit) + 60)
        self.title = t("serve.app_title", self.session.lang)
        self.session.touch_mode = True
        self.session.person_id = person_id
        self.idle_exit = idle_exit

    def on_mount(self) -> None:
        # (KioskApp.on_mount runs too: Textual calls the handlers of every class in the MRO)
        self.set_interval(CHECK_EVERY, self._end_if_idle, name="browser-idle")

    def _end_if_idle(self) -> None:
        """Every CHECK_EVERY seconds; public through `end_if_idle` for tests."""
        self.end_if_idle()

    def end_if_idle(self) -> None:
        if self.session.idle_for() >= self.idle_exit:
            self.session.saver.flush()
            self.exit()

    def action_facilitator(self) -> None:
        """No PIN screen in a browser."""


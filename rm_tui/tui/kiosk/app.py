"""The kiosk application, and how another app (the facilitator console) runs the same kiosk.

Stand-alone (CLI, tests):

    KioskApp(program, db_path, pin, clock=time.monotonic).run()

Inside a host app, from one of its handlers:

    session = KioskSession(program, database, pin)
    flow = start_kiosk(host_app, session, on_unlock=lambda: ...)

The kiosk screens bind F12 (PIN) and swallow Escape, Ctrl+C and Ctrl+Q; the flow watches the
host's input for the idle reset. A host with its own *priority* bindings (Ctrl+Q quit...) must
ignore them while `flow.active`. `on_unlock` runs once the kiosk screens are gone.
"""

from __future__ import annotations

import datetime as dt
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from textual import events
from textual.app import App
from textual.binding import Binding

from rm_tui.core.program import Program
from rm_tui.storage import Database
from rm_tui.tui.kiosk.base import FACILITATOR_KEY
from rm_tui.tui.kiosk.flow import KioskFlow
from rm_tui.tui.kiosk.key_queue import KeyQueue, on_a_removed_widget
from rm_tui.tui.kiosk.session import Clock, KioskSession


def start_kiosk(app: App, session: KioskSession,
                on_unlock: Callable[[], object] | None = None) -> KioskFlow:
    """Push the kiosk's Welcome screen on `app` and start its clock. Without `on_unlock`,
    the right PIN exits the app."""
    flow = KioskFlow(app, session, on_unlock)
    flow.start()
    return flow


class KioskApp(App[None], inherit_bindings=False):
    """A locked-down kiosk: only the facilitator key (and its PIN) leads out."""

    TITLE = "rm-tui kiosk"
    ALLOW_SELECT = False  # nothing to copy at a kiosk (and nothing of the previous person)
    ENABLE_COMMAND_PALETTE = False
    # no inherited bindings (ctrl+q quit, ctrl+c help); these swallow the usual ways out
    BINDINGS = [
        Binding(FACILITATOR_KEY, "facilitator", show=False, priority=True),
        Binding("ctrl+q", "nothing", show=False, priority=True),
        Binding("ctrl+c", "nothing", show=False, priority=True),
        Binding("ctrl+p", "nothing", show=False, priority=True),
        Binding("ctrl+z", "nothing", show=False, priority=True),
        Binding("ctrl+backslash", "nothing", show=False, priority=True),
    ]

    def __init__(
        self,
        program: Program,
        db: Database | str | Path,
        pin: str,
        *,
        clock: Clock = time.monotonic,
        idle_seconds: int | None = None,
        thanks_seconds: int = 15,
        lang: str | None = None,
        on_unlock: Callable[[], object] | None = None,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.cursor_blink = cursor_blink  # tests switch it off for stable snapshots
        self._owns_db = not isinstance(db, Database)
        database = Database(db) if not isinstance(db, Database) else db
        self.session = KioskSession(program, database, pin, clock=clock,
                                    idle_seconds=idle_seconds, thanks_seconds=thanks_seconds,
                                    lang=lang)
        self._on_unlock = on_unlock
        self.flow: KioskFlow | None = None
        self.keys = KeyQueue(self)
        # set by `rm-tui kiosk`'s UI process: a crash is written there (no local variables,
        # they may hold answers), the UI ends with status 1 and its supervisor starts a new one
        self.crash_log: TextIO | None = None

    async def on_event(self, event: events.Event) -> None:
        # keys one at a time, each handled to the end: a burst lands question after question
        if isinstance(event, events.Paste) and not event.is_forwarded:
            self.keys.put_text(event.text)
            return
        if self.keys.hold(event):
            return
        if isinstance(event, events.MouseEvent) and not event.is_forwarded \
                and on_a_removed_widget(self, event):
            return
        await super().on_event(event)

    def on_mount(self) -> None:
        self.flow = start_kiosk(self, self.session, self._on_unlock)

    def on_unmount(self) -> None:
        self.keys.close()
        self.session.close()
        if self._owns_db:
            self.session.db.close()

    def _handle_exception(self, error: Exception) -> None:
        if self.crash_log is None:
            super()._handle_exception(error)
            return
        when = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        self.crash_log.write(f"{when} kiosk UI crashed:\n{''.join(traceback.format_exception(error))}")
        self.crash_log.flush()
        self.exit(return_code=1)

    def action_facilitator(self) -> None:
        if self.flow is not None:
            self.flow.open_pin()

    def action_nothing(self) -> None:
        pass

    async def action_quit(self) -> None:
        """Quitting is the facilitator's, through the PIN."""

    def action_command_palette(self) -> None:
        pass

    def action_help_quit(self) -> None:
        pass

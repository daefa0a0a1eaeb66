"""The kiosk application: `KioskApp(program, db_path, pin, clock=time.monotonic).run()`.

`program` and `db_path` may be paths (as `rm-tui kiosk` gives them): Welcome is drawn from the
program's summary, then the whole program and the database are read on threads (opening.py).

It binds F12 (PIN) and swallows the usual ways out; every key and click restarts the idle count
(`on_event`). The console starts the kiosk as a separate process (`rm-tui kiosk`).
"""

from __future__ import annotations

import datetime as dt
import gc
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from textual import events
from textual.app import App
from textual.binding import Binding

from rm_tui import bundled
from rm_tui.core.program import Program
from rm_tui.i18n import t
from rm_tui.tui.kiosk.base import FACILITATOR_KEY
from rm_tui.tui.kiosk.flow import ACTIVITY, KioskFlow, ReadFailed, SaveFailed
from rm_tui.tui.kiosk.key_queue import KeyQueue, on_a_removed_widget
from rm_tui.tui.kiosk.opening import DatabaseOpening, ProgramLoading
from rm_tui.tui.kiosk.session import Clock, KioskSession

if TYPE_CHECKING:
    from rm_tui.storage import Database

STYLESHEET = bundled.stylesheet("rm_tui.tui.kiosk", "kiosk.tcss")


class KioskApp(App[None], inherit_bindings=False):
    """A locked-down kiosk: only the facilitator key (and its PIN) leads out."""

    CSS_PATH = [STYLESHEET]  # absolute, so subclasses elsewhere (the browser's, tests') find it
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
        program: Program | str | Path,
        db: Database | str | Path,
        pin: str,
        *,
        clock: Clock = time.monotonic,
        idle_seconds: int | None = None,
        thanks_seconds: int = 15,
        lang: str | None = None,
    ) -> None:
        super().__init__()
        # paths are read once Welcome is drawn (opening.py), off the UI thread: of the program
        # only its summary before; a failure to read either ends this UI like any other crash
        self._owns_db = isinstance(db, str | Path)
        database = DatabaseOpening(db, self._post_read_failed) if isinstance(db, str | Path) else db
        source = ProgramLoading(program, self._post_read_failed) if isinstance(program, str | Path) else program
        self.session = KioskSession(source, database, pin, clock=clock,
                                    idle_seconds=idle_seconds, thanks_seconds=thanks_seconds,
                                    lang=lang)
        self.title = t("kiosk.app_title", self.session.lang)
        self.flow: KioskFlow | None = None
        self.keys = KeyQueue(self)
        # set by `rm-tui kiosk`'s UI process: a crash is written there (no local variables,
        # they may hold answers), the UI ends with status 1 and its supervisor starts a new one
        self.crash_log: TextIO | None = None
        self._gc_held = False  # garbage collection paused until the first frame (on_load)

    def on_load(self) -> None:
        # no cyclic garbage collection until Welcome is drawn: a full collection over the
        # program, the catalogue and Textual's objects took ~16 ms of the first frame here
        self._gc_held = gc.isenabled()
        gc.disable()

    def on_mount(self) -> None:
        self.flow = KioskFlow(self, self.session)
        self.flow.start()
        self.call_after_refresh(self._first_frame_drawn)

    def _first_frame_drawn(self) -> None:
        """What Welcome does not need waits until it is on screen."""
        self._release_gc()
        self.session.read_the_rest()

    def _release_gc(self) -> None:
        if self._gc_held:
            self._gc_held = False
            gc.enable()

    def _post_read_failed(self, error: BaseException) -> None:
        self.post_message(ReadFailed(error))

    def on_read_failed(self, message: ReadFailed) -> None:
        raise message.error

    async def on_event(self, event: events.Event) -> None:
        """Every key and click restarts the idle count, whatever widget consumes it (Textual
        has no other app-wide hook)."""
        if self.flow is not None and isinstance(event, ACTIVITY) and not event.is_forwarded:
            self.flow.activity()
        # keys and clicks one at a time, each handled to the end: a burst lands question after
        # question (key_queue.py); a paste is typed as keys
        if isinstance(event, events.Paste) and not event.is_forwarded:
            self.keys.put_text(event.text)
            return
        if self.keys.hold(event):
            return
        if isinstance(event, events.MouseEvent) and not event.is_forwarded \
                and on_a_removed_widget(self, event):
            return
        await super().on_event(event)

    def on_save_failed(self, message: SaveFailed) -> None:
        if self.flow is not None:
            self.flow.save_failed(message.error)

    def on_unmount(self) -> None:
        self._release_gc()
        self.keys.close()
        self.session.close()
        self.session.stop_reading()
        if self._owns_db:
            self.session.close_database()

    def _handle_exception(self, error: Exception) -> None:
        if self.crash_log is None:
            super()._handle_exception(error)
            return
        when = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        self.crash_log.write(t("kiosk.crash_log", self.session.lang, when=when)
                             + "".join(traceback.format_exception(error)))
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

"""The facilitator console: dashboard, participants, pairing, confirm and export.

`ConsoleApp(program_path, db_path)` is the one factory the CLI (`rm-tui run`, `rm-tui demo`)
and the tests use. The app owns the cohort source and polls the database's revision (a cheap
stat) on a timer; only when another process wrote does a thread worker re-read it, and the
new snapshot is published through the `cohort` reactive that screens watch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from textual import events, work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.reactive import reactive
from textual.screen import Screen

from rm_tui import bundled
from rm_tui.i18n import t
from rm_tui.services.cohort import CohortSource, Snapshot
from rm_tui.services.pairing_session import PairingSession
from rm_tui.tui.console import followup
from rm_tui.tui.console.dashboard import DashboardScreen
from rm_tui.tui.console.followup.screen import FollowupScreen
from rm_tui.tui.console.help import HelpScreen, console_sections
from rm_tui.tui.console.kiosk_launch import KioskLaunch
from rm_tui.tui.console.messages import CohortLoaded
from rm_tui.tui.console.pairing import PairingScreen
from rm_tui.tui.console.participants import ParticipantsScreen
from rm_tui.tui.speak import WordedPalette, program_lang, speak, word

DARK, LIGHT = "textual-dark", "textual-light"


class ConsoleApp(KioskLaunch):
    # every style of the console, in order (docs/ARCHITECTURE.md: styles live in .tcss files)
    CSS_PATH = [bundled.stylesheet("rm_tui.tui.console", "console.tcss"), followup.STYLESHEET]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("d", "go('dashboard')", "console.bind.dashboard", tooltip="console.bind.dashboard_tip"),
        Binding("p", "go('participants')", "console.bind.participants",
                tooltip="console.bind.participants_tip"),
        Binding("m", "go('pairing')", "console.bind.pairing", tooltip="console.bind.pairing_tip"),
        Binding("f", "go('followup')", "console.bind.followup", tooltip="console.bind.followup_tip",
                show=False),
        Binding("f1,question_mark", "help", "console.bind.help", tooltip="console.bind.help_tip"),
        Binding("ctrl+t", "toggle_theme", "console.bind.theme", tooltip="console.bind.theme_tip"),
        Binding("ctrl+q", "quit", "console.bind.quit", priority=True),
    ]

    MODES = {
        "dashboard": DashboardScreen,
        "participants": ParticipantsScreen,
        "pairing": PairingScreen,
        "followup": FollowupScreen,
    }
    DEFAULT_MODE = "dashboard"

    cohort: reactive[Snapshot | None] = reactive(None, always_update=True, init=False)

    def __init__(
        self,
        program_path: str | Path,
        db_path: str | Path,
        *,
        poll_seconds: float = 0.5,
        demo: bool = False,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.source = CohortSource(program_path, db_path)
        self.poll_seconds = poll_seconds
        self.demo = demo
        self.pairing = PairingSession(self.source, today=today)
        self.set_reactive(ConsoleApp.cohort, self.source.read())
        self._seen_revision: Any = self.cohort.revision if self.cohort else None
        self.theme = DARK
        # The console speaks the program's language (its first one).
        self.lang = program_lang(self)
        self.title = t("console.title", self.lang)
        self.sub_title = self.source.program.name + (t("console.demo", self.lang) if demo else "")
        speak(self, self.lang)

    def on_mount(self) -> None:
        self.set_interval(self.poll_seconds, self.poll_database)

    # -- live updates -------------------------------------------------------------------------
    def poll_database(self) -> None:
        """Cheap: compare the database's revision token; re-read only when it moved."""
        revision = self.source.revision()
        if revision != self._seen_revision:
            self._seen_revision = revision
            self.reload_cohort()

    @work(thread=True, exclusive=True, group="cohort")
    def reload_cohort(self) -> None:
        self.post_message(CohortLoaded(self.source.read()))

    def on_cohort_loaded(self, message: CohortLoaded) -> None:
        self._seen_revision = message.snapshot.revision
        self.cohort = message.snapshot

    def refresh_now(self) -> None:
        """After our own write: show it at once rather than at the next poll."""
        self._seen_revision = None
        self.poll_database()

    # -- navigation ---------------------------------------------------------------------------
    def action_go(self, mode: str) -> None:
        """Each main screen is a mode: going back to it keeps its state (selection, filter)."""
        if self.current_mode != mode:
            self.switch_mode(mode)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(console_sections(list(self.BINDINGS))))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    # -- command palette: every binding of the current screen is a command ---------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            # a Textual widget's own binding (a table's "Cursor up") is worded here
            description = word(binding.description, self.lang)
            if not description or description in seen or not active.enabled:
                continue
            seen.add(description)
            help_text = word(binding.tooltip, self.lang) or description
            key = self.get_key_display(binding)
            yield SystemCommand(
                description,
                f"{help_text}  [{key}]",
                partial(self.run_action, binding.action, active.node),
            )
        for command in super().get_system_commands(screen):
            title = word(command.title, self.lang) or command.title
            if title not in seen and command.title != "Theme":
                yield command._replace(title=title, help=word(command.help, self.lang) or command.help)

    def action_command_palette(self) -> None:
        """Textual's palette, with its search prompt in the program's language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(WordedPalette(self.lang, id="--command-palette"))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A focused Textual widget's keys (the Keys panel, the palette) in the program's language."""
        speak(event.widget, self.lang)

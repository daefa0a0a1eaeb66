"""Answers already in: the person learns so, and sees nothing of them.

Someone who submitted (here, with `take`, or whose answers were imported) and identifies again
must not be able to read or change them: the next person in line could be anyone. Only the
facilitator's PIN reopens them, on the Review page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from rm_tui.core.intake import Intake
from rm_tui.tui.kiosk.base import KioskScreen

if TYPE_CHECKING:
    from rm_tui.tui.kiosk.flow import KioskFlow


class SealedScreen(KioskScreen):
    DEFAULT_CLASSES = "kiosk-sealed"

    def __init__(self, flow: KioskFlow, intake: Intake) -> None:
        super().__init__(flow)
        self.intake = intake
        self.first_name = intake.person.name.split()[0] if intake.person.name.split() else ""

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        with Vertical(id="sealed-box"):
            yield Static(f"{self.tr('kiosk.sealed_title')}, {self.first_name}.", id="sealed-title",
                         classes="screen-title")
            yield Static(self.tr("kiosk.sealed_lead"), id="sealed-lead")
            with Horizontal(classes="nav"):
                yield Button(self.tr("kiosk.done"), id="sealed-done", variant="primary")
                yield Button(self.tr("kiosk.sealed_unlock"), id="sealed-unlock")
        yield from self.compose_keys()

    def on_mount(self) -> None:
        self.after_recompose()

    def after_recompose(self) -> None:
        self.query_one("#sealed-done", Button).focus()

    @on(Button.Pressed, "#sealed-done")
    def _done(self, event: Button.Pressed) -> None:
        event.stop()
        self.flow.go_welcome()

    @on(Button.Pressed, "#sealed-unlock")
    def _unlock(self, event: Button.Pressed) -> None:
        event.stop()
        if not self.stale:
            self.flow.unlock_answers(self.intake)

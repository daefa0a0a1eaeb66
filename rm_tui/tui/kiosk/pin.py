"""The facilitator's way out: a PIN, with a lockout after repeated wrong tries."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from rm_tui.i18n import t, tn
from rm_tui.tui.kiosk.pin_guard import LOCK_SECONDS, MAX_TRIES, PinGuard

__all__ = ["LOCK_SECONDS", "MAX_TRIES", "PinGuard", "PinScreen"]

class PinScreen(ModalScreen[bool]):
    """Asks for the PIN; dismisses with True when it is right, False when abandoned."""

    DEFAULT_CLASSES = "kiosk-pin"
    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, guard: PinGuard, lang: str, unlock: bool = False) -> None:
        super().__init__()
        self.guard = guard
        self.lang = lang
        self.unlock = unlock  # reopening someone's submitted answers, not leaving the kiosk

    def compose(self) -> ComposeResult:
        with Vertical(id="pin-box"):
            yield Static(t("kiosk.pin_title_unlock" if self.unlock else "kiosk.pin_title", self.lang), id="pin-title")
            yield Input(password=True, placeholder=t("kiosk.pin_prompt", self.lang), id="pin-input",
                        max_length=32)
            yield Static("", id="pin-message")
            yield Static(t("kiosk.pin_hint", self.lang), id="pin-hint")

    def on_mount(self) -> None:
        self.refresh_lock()
        self.query_one(Input).focus()

    def refresh_lock(self) -> None:
        """Show the lockout countdown, and re-enable the field when it ends (called each tick)."""
        fields, messages = self.query(Input).results(Input), self.query("#pin-message").results(Static)
        field, message = next(iter(fields), None), next(iter(messages), None)
        if field is None or message is None:
            return  # the clock ticked before the dialog was built
        left = self.guard.locked_for()
        if left:
            field.disabled = True
            message.update(t("kiosk.pin_locked", self.lang, n=left))
        elif field.disabled:
            field.disabled = False
            message.update("")
            field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        field = self.query_one(Input)
        if self.guard.attempt(event.value):
            self.dismiss(True)
            return
        field.value = ""
        if self.guard.locked_for():
            self.refresh_lock()
        else:
            self.query_one("#pin-message", Static).update(
                tn("kiosk.pin_wrong", self.guard.tries_left(), self.lang))

    def action_cancel(self) -> None:
        self.dismiss(False)

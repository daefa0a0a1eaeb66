"""What the pairing screen's dialog flows rely on: its state and helpers, declared once.

`PairingScreen` (pairing.py) implements them; the flows are its @work methods, written in
confirm.py, assign.py and unmatched.py as base classes of the screen, so none imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.screen import Screen

from rm_tui.core.plan import Key, Plan
from rm_tui.services.pairing_session import Outcome

if TYPE_CHECKING:
    from rm_tui.tui.console.app import ConsoleApp


class PairingBase(Screen[None]):
    app: ConsoleApp
    busy: str | None = None  # the engine call running, if any

    def who(self, pid: str) -> str:
        raise NotImplementedError

    def humanize(self, text: str) -> str:
        """An engine message with people named (it names them by id), escaped for markup."""
        raise NotImplementedError

    def submit(self, action: str, call: Callable[[], Outcome | None]) -> None:
        raise NotImplementedError

    def idle(self) -> None:
        raise NotImplementedError

    def show_plan(self, plan: Plan, select: Key | None = None) -> None:
        raise NotImplementedError

    def selected_unmatched(self) -> str | None:
        raise NotImplementedError

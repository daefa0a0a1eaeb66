"""The facilitator console (or any app) runs the kiosk screens and gets control back after the PIN."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from rm_tui.storage import Database
from rm_tui.tui.kiosk import KioskSession, start_kiosk
from rm_tui.tui.kiosk.flow import KioskFlow
from tests.kiosk_support import PIN, FakeClock, fixture_program, keys, screen_name, settle


class ConsoleScreen(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Static("console")


class Host(App[None]):
    def __init__(self, session: KioskSession) -> None:
        super().__init__()
        self.session = session
        self.flow: KioskFlow | None = None
        self.back_in_console = 0

    def on_mount(self) -> None:
        self.push_screen(ConsoleScreen())

    def open_kiosk(self) -> None:
        self.flow = start_kiosk(self, self.session, on_unlock=self._unlocked)

    def _unlocked(self) -> None:
        self.back_in_console += 1


async def test_a_host_runs_the_kiosk_and_gets_its_screen_back(tmp_path: Path) -> None:
    clock = FakeClock()
    session = KioskSession(fixture_program(), Database(tmp_path / "h.db.json"), PIN, clock=clock)
    host = Host(session)
    host.animation_level = "none"
    async with host.run_test(size=(100, 30)) as pilot:
        host.open_kiosk()
        await settle(pilot)
        assert screen_name(host) == "WelcomeScreen"
        clock.advance(session.idle_seconds - 5)
        await keys(pilot, "enter", *"noah")               # input seen through the host app
        assert session.idle_for() == 0
        await keys(pilot, "escape", "ctrl+c")
        assert screen_name(host) == "IdentifyScreen"
        await keys(pilot, "f12", *PIN, "enter")
        assert host.back_in_console == 1
        assert screen_name(host) == "ConsoleScreen"
        assert host.flow is not None and not host.flow.active
        assert "on_event" not in vars(host)               # the host's own event handling is back
    session.close()

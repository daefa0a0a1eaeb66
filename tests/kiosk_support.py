"""Shared by the kiosk's Pilot and snapshot tests: the fixture program, a clock tests move by
hand, an app factory, and small helpers to drive the flow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from rm_tui.core.program import Program
from rm_tui.services.loaders import load_program
from rm_tui.tui.kiosk import KioskApp
from tests.textual_support import SteadyCursors

FIXTURE = Path(__file__).parent / "fixtures" / "kiosk" / "program.yaml"
PIN = "2468"
SIZE = (100, 30)


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fixture_program() -> Program:
    return load_program(FIXTURE)


class SteadyKioskApp(SteadyCursors, KioskApp):
    """The kiosk with text cursors that do not blink (stable snapshots)."""


def make_app(db_path: Path, clock: FakeClock | None = None, **kwargs: Any) -> KioskApp:
    app = SteadyKioskApp(fixture_program(), db_path, PIN, clock=clock or FakeClock(), **kwargs)
    app.animation_level = "none"  # Pilot waits for animations after every key
    return app


def screen_name(app: KioskApp) -> str:
    return type(app.screen).__name__


def visible_text(app: KioskApp) -> str:
    """Everything the current screen shows, as plain text."""
    from textual.widgets import Button, Input, Label, Static

    parts: list[str] = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Static | Label | Button):
            parts.append(str(widget.render()))
        elif isinstance(widget, Input):
            parts.append(widget.value)
    return "\n".join(parts)


async def settle(pilot: Pilot) -> None:
    await pilot.pause()


async def identify(pilot: Pilot, typed: str) -> None:
    """From Welcome: start, type a name, take the first match, confirm."""
    await pilot.press("enter", *typed, "enter", "enter")  # start, name, first match, "yes"
    await settle(pilot)


async def keys(pilot: Pilot, *presses: str) -> None:
    await pilot.press(*presses)  # waits for the app to be idle after each key
    await settle(pilot)


def saved(app: KioskApp, pid: str) -> dict[str, dict[str, Any]]:
    app.session.saver.flush()
    return app.session.db.answers(pid)


async def open_questions(pilot: Pilot, app: KioskApp, pid: str) -> None:
    """Straight to a person's questions, as if they had identified (keeps tests fast)."""
    person = app.session.program().participant(pid)
    assert person is not None
    app.flow.go_questions(app.session.start_intake(person))
    await settle(pilot)


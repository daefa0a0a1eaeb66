"""Browser mode (`rm-tui serve`) on a phone held upright: 40 columns, 40 rows, touch layout.
Regenerate with `pytest tests/snapshot --snapshot-update` and look at the SVGs."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from rm_tui.services.loaders import load_program
from rm_tui.tui.browser import BrowserApp
from tests.kiosk_support import FakeClock, settle
from tests.textual_support import SteadyCursors

PROGRAM = Path(__file__).resolve().parents[1] / "fixtures" / "kiosk" / "program.yaml"
PHONE = (40, 40)


class SteadyBrowserApp(SteadyCursors, BrowserApp):
    """A browser session with text cursors that do not blink (stable snapshots)."""


def phone_app(tmp_path: Path, person: str | None = None) -> BrowserApp:
    app = SteadyBrowserApp(load_program(PROGRAM), tmp_path / "snap.db.json", person_id=person,
                           lang="en", clock=FakeClock())
    app.animation_level = "none"
    return app


def test_phone_welcome(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(phone_app(tmp_path), terminal_size=PHONE)


def test_phone_scale_question(snap_compare, tmp_path: Path) -> None:
    app = phone_app(tmp_path, person="p04")

    async def answer(pilot: Pilot) -> None:
        await pilot.click("#start")
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)

    assert snap_compare(app, terminal_size=PHONE, run_before=answer)

"""Console snapshots at 120x40 (projector size): dashboard, pairing, pair detail, weights
what-if. Deterministic: fixed date for seniority, no clock, cursors do not blink, workers
are awaited and notifications cleared before the picture is taken."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from tests.pilot.console_helpers import SIZE, make_app, run_matching, settle


async def _quiet(pilot: Pilot) -> None:
    await settle(pilot.app, pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


def test_dashboard(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=_quiet)


def test_pairing(snap_compare, tmp_path: Path) -> None:
    async def before(pilot: Pilot) -> None:
        await run_matching(pilot.app, pilot)
        await _quiet(pilot)

    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=before)


def test_pair_detail(snap_compare, tmp_path: Path) -> None:
    async def before(pilot: Pilot) -> None:
        app = pilot.app
        await run_matching(app, pilot)
        table = app.screen.query_one("#pairs", DataTable)
        table.move_cursor(row=2)
        await pilot.press("enter")
        for _ in range(200):  # both sides' alternatives come from a worker
            await settle(app, pilot)
            tables = app.screen.query("#alt-mentor, #alt-mentee")
            if len(tables) == 2 and all(t.row_count for t in tables):
                break
        await _quiet(pilot)

    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=before)


def test_weights_what_if(snap_compare, tmp_path: Path) -> None:
    async def before(pilot: Pilot) -> None:
        app = pilot.app
        await run_matching(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one("#w-job_family", Input).value = "0"
        app.screen.query_one("#w-learning_fit", Input).value = "3"
        await pilot.press("ctrl+r")
        await _quiet(pilot)

    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=before)

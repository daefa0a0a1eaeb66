"""The console never queues work: while an engine call runs, a progress indicator shows and
a second key press is refused (not run after the first)."""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import Static

from rm_tui.tui.console.pairing import PairingScreen
from tests.pilot.console_helpers import SIZE, make_app, run_matching, settle


async def test_second_press_while_working_is_not_queued(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        screen = app.screen
        assert isinstance(screen, PairingScreen)
        release, calls = threading.Event(), []
        session = app.pairing
        real = session.reoptimise

        def slow_reoptimise():  # blocks until the test lets it finish: no timing involved
            calls.append(1)
            release.wait(30)
            return real()

        session.reoptimise = slow_reoptimise  # type: ignore[method-assign]
        await pilot.press("R")
        await pilot.pause()
        assert screen.busy == "re-optimise"
        assert screen.query_one("#pair-diff", Static).loading  # progress indicator
        await pilot.press("R")  # refused while the first runs
        await pilot.pause()
        release.set()
        await settle(app, pilot)
        assert calls == [1]
        assert screen.busy is None
        assert not screen.query_one("#pair-diff", Static).loading
        await pilot.press("R")  # free again
        await settle(app, pilot)
        assert calls == [1, 1]

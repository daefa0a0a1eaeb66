"""The dashboard shows a running `rm-tui serve`: live sessions, the join link, its QR code."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Static

from rm_tui.serve.status import ServeStatus, remove_status, write_status
from rm_tui.tui.console.browser_room import BrowserRoomPanel, JoinCodeScreen
from tests.pilot.console_helpers import make_app, settle

URL = "http://192.168.1.20:8080/?t=" + "a" * 24


async def test_panel_hidden_without_serve_then_live_count_and_qr(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(app, pilot)
        panel = app.screen.query_one(BrowserRoomPanel)
        assert not panel.has_class("-live")
        await pilot.press("w")  # nothing to show: a hint, no dialog
        assert not isinstance(app.screen, JoinCodeScreen)

        write_status(panel.db_path, ServeStatus(URL, 3, 40, os.getpid()))
        panel.refresh_status()
        await pilot.pause()
        assert panel.has_class("-live")
        line = str(panel.query_one("#room-line", Static).render())
        assert "3/40 sessions ouvertes" in line and URL in line
        assert panel.query_one("#room-qr", Static).display  # 50 rows: room for the code

        await pilot.press("w")
        assert isinstance(app.screen, JoinCodeScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, JoinCodeScreen)

        remove_status(panel.db_path)  # serve stopped
        panel.refresh_status()
        await pilot.pause()
        assert not panel.has_class("-live")

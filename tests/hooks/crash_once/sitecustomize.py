"""Test hook, loaded by Python at start-up when this folder is on PYTHONPATH: the first key the
kiosk UI sees while the file named by RM_TUI_TEST_CRASH_ONCE exists crashes it (the file is
removed), so a test can watch `rm-tui kiosk` restart its UI."""

from __future__ import annotations

import os
from pathlib import Path

FLAG = os.environ.get("RM_TUI_TEST_CRASH_ONCE")

if FLAG:
    from textual import events

    from rm_tui.tui.kiosk.app import KioskApp

    original = KioskApp.on_event

    async def on_event(self: KioskApp, event: events.Event) -> None:
        if isinstance(event, events.Key) and FLAG and Path(FLAG).exists():
            Path(FLAG).unlink()
            raise RuntimeError("test crash (RM_TUI_TEST_CRASH_ONCE)")
        await original(self, event)

    KioskApp.on_event = on_event  # type: ignore[method-assign]  # the hook: wrap every event

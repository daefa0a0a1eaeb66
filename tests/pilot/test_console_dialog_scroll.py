"""A long yes/no dialog (why someone is unmatched, at 80x24) scrolls its body between the
title and the buttons: the buttons always show, the keys scroll, the yes button keeps focus."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import Button, DataTable

from rm_tui.tui.console.dialogs import AskYesNo
from rm_tui.tui.console.pairing import PairingScreen
from tests.pilot.console_helpers import make_app, run_matching, settle, wait_for_screen


async def test_a_long_why_unmatched_dialog_keeps_its_buttons_on_an_80x24_screen(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await run_matching(app, pilot)
        table = app.screen.query_one("#unmatched", DataTable)
        table.focus()
        table.move_cursor(row=0)  # a mentor competing for places: the longest story
        await pilot.press("enter")
        await wait_for_screen(app, pilot, AskYesNo)
        await pilot.pause()
        dialog = app.screen.query_one(".dialog", VerticalScroll)
        assert dialog.max_scroll_y > 0  # the body is taller than the screen: it scrolls
        screen_region = app.screen.region
        for button in app.screen.query(Button):
            assert screen_region.contains_region(button.region), button.id
        assert app.focused is app.screen.query_one("#yes", Button)
        await pilot.press("end")  # the keys reach the scroll from the focused button
        await pilot.pause()
        assert dialog.scroll_y == dialog.max_scroll_y
        for button in app.screen.query(Button):
            assert screen_region.contains_region(button.region), button.id
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, PairingScreen)


async def test_the_confirm_dialog_keeps_its_buttons_on_an_80x24_screen(tmp_path: Path) -> None:
    from rm_tui.tui.console.confirm import ConfirmScreen

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await run_matching(app, pilot)
        await pilot.press("c")
        await wait_for_screen(app, pilot, ConfirmScreen)
        await pilot.pause()
        screen_region = app.screen.region
        for button in app.screen.query(Button):
            assert screen_region.contains_region(button.region), button.id
        assert app.focused is not None and app.focused.id == "confirm-note"  # type the note at once
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, PairingScreen)

"""Input of any speed and content never ends the kiosk, and every acknowledged answer is stored."""

from __future__ import annotations

from pathlib import Path

from tests.kiosk_fuzz import burst
from tests.kiosk_support import (
    make_app,
    open_questions,
    saved,
    screen_name,
    settle,
)


async def test_a_character_and_enter_in_one_read_on_free_text(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        app.screen.intake.go_to(len(app.screen.intake.steps) - 1)  # the free-text question
        await app.screen._show_step()
        await burst(pilot, ["x", "enter"])
        await settle(pilot)
        assert app.is_running
        assert screen_name(app) == "ReviewScreen"
        assert saved(app, "p04")["about"]["note"] == "x"


async def test_keys_mashed_while_the_screen_changes(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await burst(pilot, ["enter", *"noah", "enter", "enter", "4", "enter", "3", "enter",
                            "pageup", "pageup", "pageup", "enter", "enter"])
        await settle(pilot)
        assert app.is_running

"""Privacy and lock-down: idle reset, nothing carried to the next person, no way out but the PIN."""

from __future__ import annotations

from pathlib import Path

import pytest

from rm_tui.tui.kiosk.pin import LOCK_SECONDS, MAX_TRIES
from rm_tui.tui.kiosk.question import QuestionScreen
from tests.kiosk_support import (
    PIN,
    FakeClock,
    keys,
    make_app,
    open_questions,
    screen_name,
    settle,
    visible_text,
)

ESCAPE_KEYS = ["ctrl+c", "ctrl+q", "escape", "ctrl+p", "ctrl+z", "ctrl+backslash", "ctrl+d",
               "ctrl+w", "f1", "f10", "alt+f4", "ctrl+l", "tab", "shift+tab"]


async def test_idle_time_clears_the_screen_and_returns_to_welcome(db_path: Path, clock: FakeClock) -> None:
    app = make_app(db_path, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "4")
        clock.advance(app.session.idle_seconds - 1)
        app.flow.tick()
        await settle(pilot)
        assert screen_name(app) == "QuestionScreen"     # not yet
        await keys(pilot, "right")                     # activity restarts the count
        clock.advance(app.session.idle_seconds - 1)
        app.flow.tick()
        await settle(pilot)
        assert screen_name(app) == "QuestionScreen"
        clock.advance(1)
        app.flow.tick()
        await settle(pilot)
        assert screen_name(app) == "WelcomeScreen"
        assert not any(isinstance(s, QuestionScreen) for s in app.screen_stack)
        assert "Noah" not in visible_text(app)


async def test_idle_reset_also_closes_the_pin_dialog(db_path: Path, clock: FakeClock) -> None:
    app = make_app(db_path, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "enter", *"noa")
        await keys(pilot, "f12")
        assert screen_name(app) == "PinScreen"
        clock.advance(app.session.idle_seconds)
        app.flow.tick()
        await settle(pilot)
        assert screen_name(app) == "WelcomeScreen"
        assert len(app.screen_stack) == 2


async def test_the_next_person_sees_nothing_of_the_previous_one(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "4", "enter", "2", "enter")
        # Noah walks away; the screen is reset (idle, or the next person's return)
        app.flow.go_welcome()
        await settle(pilot)
        await keys(pilot, "enter")
        assert screen_name(app) == "IdentifyScreen"
        assert app.screen.query_one("#name").value == ""   # his typed name is gone
        await keys(pilot, *"camille mar", "enter", "enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        assert screen.intake.person.id == "p01"
        assert screen.intake.answers == {}
        assert screen.query_one("#answer-ce1").value is None  # no scale pre-selected
        assert "Noah" not in visible_text(app)
        app.flow.go_review(screen.intake)
        await settle(pilot)
        assert "2/5" not in visible_text(app)              # Noah's answer to ac1
        assert visible_text(app).count("4/5") == 0


@pytest.mark.parametrize("where", ["welcome", "identify", "question", "review"])
async def test_no_key_leads_out_of_the_kiosk(db_path: Path, where: str) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        if where == "identify":
            await keys(pilot, "enter")
        elif where in ("question", "review"):
            await open_questions(pilot, app, "p04")
            if where == "review":
                app.flow.go_review(app.screen.intake)
                await settle(pilot)
        expected = screen_name(app)
        for key in ESCAPE_KEYS:
            await keys(pilot, key)
            assert app.return_code is None and app.is_running, key
            assert screen_name(app) == expected, key
        assert app.use_command_palette is False


async def test_the_right_pin_lets_the_facilitator_out(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f12")
        assert screen_name(app) == "PinScreen"
        await keys(pilot, *PIN, "enter")
    assert app.return_code == 0


async def test_escape_closes_the_pin_dialog_back_into_the_kiosk(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "f12", "escape")
        assert screen_name(app) == "QuestionScreen"
        assert app.return_code is None


async def test_five_wrong_pins_lock_the_exit_for_a_minute(db_path: Path, clock: FakeClock) -> None:
    app = make_app(db_path, clock, idle_seconds=600)  # the idle reset would close the dialog
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f12")
        for attempt in range(MAX_TRIES):
            await keys(pilot, *f"99{attempt}", "enter")
        field = app.screen.query_one("#pin-input")
        assert field.disabled
        assert "60" in str(app.screen.query_one("#pin-message").render())
        assert app.session.pin.attempt(PIN) is False     # even the right PIN, while locked
        clock.advance(LOCK_SECONDS - 1)
        app.flow.tick()
        await settle(pilot)
        assert field.disabled
        clock.advance(1)
        app.flow.tick()
        await settle(pilot)
        assert not field.disabled
        await keys(pilot, *PIN, "enter")
    assert app.return_code == 0


async def test_the_idle_reset_is_counted_down_and_any_key_keeps_the_session(db_path, clock) -> None:
    from tests.kiosk_support import identify, keys, make_app, screen_name, settle, visible_text

    app = make_app(db_path, clock)
    async with app.run_test(size=(60, 15)) as pilot:
        await identify(pilot, "noah")
        assert screen_name(app) == "QuestionScreen"
        clock.advance(app.session.idle_seconds - 16)
        app.flow.tick()
        await settle(pilot)
        assert "Accueil dans" not in visible_text(app)
        clock.advance(4)
        app.flow.tick()
        await settle(pilot)
        assert "Accueil dans 12 s" in visible_text(app)
        await keys(pilot, "right")                     # any key: the person is still there
        assert "Accueil dans" not in visible_text(app)
        clock.advance(app.session.idle_seconds - 1)
        app.flow.tick()
        await settle(pilot)
        assert screen_name(app) == "QuestionScreen"
        clock.advance(1)
        app.flow.tick()
        await settle(pilot)
        assert screen_name(app) == "WelcomeScreen"

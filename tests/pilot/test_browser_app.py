"""The browser-session app (`rm-tui serve`): the kiosk's flow in touch mode, no way to the
facilitator, a personal link straight to the person's questions, and an idle session ending."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from rm_tui.services.loaders import load_program
from rm_tui.tui.browser import BrowserApp
from rm_tui.tui.kiosk.pin import PinScreen
from tests.kiosk_support import FakeClock, screen_name, visible_text

PROGRAM = Path(__file__).resolve().parents[1] / "fixtures" / "serve" / "program.yaml"
PHONE = (40, 40)


def make(tmp_path: Path, **kwargs: object) -> BrowserApp:
    app = BrowserApp(load_program(PROGRAM), tmp_path / "db.json", **kwargs)  # type: ignore[arg-type]
    app.animation_level = "none"
    return app


async def test_touch_screens_have_no_key_line_and_f12_opens_nothing(tmp_path: Path) -> None:
    app = make(tmp_path)
    async with app.run_test(size=PHONE) as pilot:
        await pilot.pause()
        assert screen_name(app) == "WelcomeScreen" and app.screen.has_class("-touch")
        assert not app.screen.query_one("#key-line").display
        await pilot.press("f12", "escape", "ctrl+q", "ctrl+c")
        await pilot.pause()
        assert not isinstance(app.screen, PinScreen) and app.is_running


async def test_tap_through_fits_forty_columns(tmp_path: Path) -> None:
    app = make(tmp_path, lang="en")
    async with app.run_test(size=PHONE) as pilot:
        await pilot.click("#start")
        await pilot.press(*"noah")
        await pilot.pause()
        await pilot.press("enter")  # the first match
        await pilot.pause()  # the confirmation screen is up before it is tapped (slow machines)
        await pilot.click("#yes")
        await pilot.pause()
        assert screen_name(app) == "QuestionScreen"
        for button in app.screen.query(Button):  # Back and Next both whole, side by side
            assert button.region.right <= PHONE[0] and button.region.height == 3
        assert "Question 1 of 3" in visible_text(app)


async def test_personal_link_skips_the_name_search(tmp_path: Path) -> None:
    app = make(tmp_path, person_id="p03", lang="en")
    async with app.run_test(size=PHONE) as pilot:
        await pilot.click("#start")
        await pilot.pause()
        assert screen_name(app) == "QuestionScreen"
        assert app.screen.intake.person.id == "p03"  # type: ignore[attr-defined]


async def test_an_idle_session_ends_itself(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make(tmp_path, clock=clock, idle_exit=900)
    async with app.run_test(size=PHONE) as pilot:
        await pilot.pause()
        clock.advance(899)
        app.end_if_idle()
        await pilot.pause()
        assert app.is_running
        clock.advance(2)
        app.end_if_idle()
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running

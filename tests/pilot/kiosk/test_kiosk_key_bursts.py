"""Keys that arrive faster than screens are rebuilt (a paste, a laggy link, a fast typist) land
where they would have landed one at a time: on the next question, never on the one left."""

from __future__ import annotations

from pathlib import Path

from textual import events

from tests.kiosk_fuzz import burst, drain
from tests.kiosk_support import make_app, open_questions, saved, screen_name, settle
from tests.pilot.kiosk.test_kiosk_flow import NOAH_ANSWERS

WHOLE_WAY = [
    "enter", *"noah", "enter", "enter",          # Welcome, name, first match, "yes"
    "4", "enter", "2", "enter", "5", "1", "enter", "2", "enter", "down", "enter",
    "2", "1", "enter", "3", "enter", "7", "enter", *"01/10/2026", "enter",
    *"hel", "enter", *"jer", "enter", "enter", *"Bonjour à tous", "enter",
    "enter",                                     # Submit on the review
]


async def test_a_paste_answers_question_after_question(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        await burst(pilot, list("4\r2\r"))
        assert saved(app, "p04")["style"] == {"ce1": 4, "ac1": 2}
        assert app.screen.intake.index == 2  # on the third question, nothing more


async def test_the_whole_way_in_one_burst_stores_what_one_key_at_a_time_does(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await burst(pilot, WHOLE_WAY)
        assert screen_name(app) == "ThanksScreen"
        assert saved(app, "p04") == NOAH_ANSWERS
        assert set(app.session.db.submitted("p04")) == {"style", "about"}
        assert app.keys.overdue == 0  # every key waited for the previous one to settle


async def test_text_typed_after_enter_goes_to_the_next_field_not_the_one_left(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        intake = app.screen.intake
        hours = next(i for i, step in enumerate(intake.steps) if step.items[0].id == "hours")
        intake.go_to(hours)
        await app.screen._show_step()
        await burst(pilot, [*"7", "enter", *"01/10/2026"])
        about = saved(app, "p04")["about"]
        assert about["hours"] == 7
        assert app.focused is not None and app.focused.id == "answer-available"
        assert app.focused.value == "01/10/2026"  # type: ignore[attr-defined]


async def test_a_bracketed_paste_is_typed_key_by_key(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        app.post_message(events.Paste("4\n2\n"))
        await drain(app)
        await settle(pilot)
        assert saved(app, "p04")["style"] == {"ce1": 4, "ac1": 2}

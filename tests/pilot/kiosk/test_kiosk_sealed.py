"""Submitted answers are sealed: whoever identifies as their owner sees that they are in, and
nothing of them, unless the facilitator types the PIN."""

from __future__ import annotations

from pathlib import Path

from rm_tui.storage import Database
from tests.kiosk_support import PIN, identify, keys, make_app, screen_name, visible_text
from tests.pilot.kiosk.test_kiosk_flow import NOAH_ANSWERS

SECRET = "Bonjour à tous"  # Noah's free-text answer


def store(db_path: Path, submitted: bool) -> None:
    with Database(db_path) as db:
        for qid, values in NOAH_ANSWERS.items():
            db.save_answers("p04", qid, values)
            if submitted:
                db.mark_submitted("p04", qid)


async def test_a_submitted_person_sees_their_answers_are_in_and_nothing_else(db_path: Path) -> None:
    store(db_path, submitted=True)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys(pilot, "enter", *"noah", "enter")
        assert screen_name(app) == "ConfirmScreen"
        assert "déjà envoyées" in visible_text(app)
        await keys(pilot, "enter")
        assert screen_name(app) == "SealedScreen"
        assert "bien enregistrées" in visible_text(app)
        # every way towards the answers leads nowhere
        await keys(pilot, "pageup", "up", "pagedown", "down", "left", "tab", "shift+tab",
                   "escape", "ctrl+c")
        assert screen_name(app) == "SealedScreen"
        assert SECRET not in visible_text(app)
        await keys(pilot, "enter")                     # "Finish" has the focus
        assert screen_name(app) == "WelcomeScreen"


async def test_only_the_pin_reopens_them_on_the_review(db_path: Path) -> None:
    store(db_path, submitted=True)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await identify(pilot, "noah")
        assert screen_name(app) == "SealedScreen"
        await pilot.click("#sealed-unlock")
        await keys(pilot, *"1111", "enter")           # a wrong PIN
        assert screen_name(app) == "PinScreen"
        await keys(pilot, "escape")
        assert screen_name(app) == "SealedScreen"
        assert SECRET not in visible_text(app)
        await pilot.click("#sealed-unlock")
        await keys(pilot, *PIN, "enter")
        assert screen_name(app) == "ReviewScreen"
        assert SECRET in visible_text(app)


async def test_imported_answers_are_sealed_too(db_path: Path) -> None:
    with Database(db_path) as db:
        db.import_answers({"p04": NOAH_ANSWERS})
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await identify(pilot, "noah")
        assert screen_name(app) == "SealedScreen"


async def test_answered_but_not_submitted_resumes_on_the_review(db_path: Path) -> None:
    store(db_path, submitted=False)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await identify(pilot, "noah")
        assert screen_name(app) == "ReviewScreen"

"""A participant's whole way through the kiosk, with the keyboard and with the mouse."""

from __future__ import annotations

from pathlib import Path

from rm_tui.storage import Database
from tests.kiosk_support import (
    FakeClock,
    identify,
    keys,
    make_app,
    open_questions,
    saved,
    screen_name,
    settle,
)

NOAH_ANSWERS = {
    "style": {"ce1": 4, "ac1": 2, "ae1": 5, "ro1": 1},
    "about": {
        "family": "finance",
        "format": "onsite",
        "intentions": ["progress_in_job", "understand_business"],
        "topics": ["culture"],
        "hours": 7,
        "available": "2026-10-01",
        "wish": ["p02", "p03"],
        "note": "Bonjour à tous",
    },
}


async def test_every_kind_of_answer_lands_in_the_database_as_given(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert screen_name(app) == "WelcomeScreen"
        await identify(pilot, "noah")
        assert screen_name(app) == "QuestionScreen"
        await keys(pilot, "4", "enter", "2", "enter")
        await keys(pilot, "5", "1", "enter")           # a group of two scales on one screen
        await keys(pilot, "2", "enter")                # single choice (a background field)
        await keys(pilot, "down", "enter")             # the first arrow picks the first option
        await keys(pilot, "2", "1", "enter")           # ranked: order of ticking = ranking
        await keys(pilot, "3", "enter")                # multi, unranked
        await keys(pilot, "7", "enter")                # number
        await keys(pilot, *"01/10/2026", "enter")      # date, typed the French way
        await keys(pilot, *"hel", "enter", *"jer", "enter", "enter")  # roster picks
        await keys(pilot, *"Bonjour à tous", "enter")  # free text
        assert screen_name(app) == "ReviewScreen"
        await keys(pilot, "enter")                     # Submit has the focus
        assert screen_name(app) == "ThanksScreen"
        assert saved(app, "p04") == NOAH_ANSWERS
        assert set(app.session.db.submitted("p04")) == {"style", "about"}


async def test_a_required_question_is_enforced_gently(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await identify(pilot, "noah")
        await keys(pilot, "enter")
        assert screen_name(app) == "QuestionScreen"
        assert app.screen.intake.index == 0
        message = app.screen.query_one("#message-ce1")  # next to the field it is about
        assert message.display
        assert "réponse est nécessaire" in str(message.render())


async def test_going_back_changes_an_answer(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await identify(pilot, "noah")
        await keys(pilot, "4", "enter", "3", "enter")
        assert saved(app, "p04")["style"] == {"ce1": 4, "ac1": 3}
        await keys(pilot, "pageup", "pageup")
        assert app.screen.intake.index == 0
        await keys(pilot, "right", "enter")            # from 4 to 5 with an arrow
        await pilot.click("#back")
        await settle(pilot)
        await keys(pilot, "1")
        assert saved(app, "p04")["style"] == {"ce1": 1, "ac1": 3}


async def test_the_mouse_alone_can_answer(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await identify(pilot, "noah")
        await pilot.click("#answer-ce1 .scale-point", offset=(2, 1))
        await pilot.click("#next")
        await settle(pilot)
        points = list(app.screen.query("#answer-ac1 .scale-point"))
        await pilot.click(points[4])
        await pilot.click("#next")
        await settle(pilot)
        for point in [*app.screen.query("#answer-ae1 .scale-point")][2:3] + \
                     [*app.screen.query("#answer-ro1 .scale-point")][3:4]:
            await pilot.click(point)
        await pilot.click("#next")
        await settle(pilot)
        rows = list(app.screen.query("#answer-family .choice-row"))
        await pilot.click(rows[0])
        await settle(pilot)
        assert saved(app, "p04") == {"style": {"ce1": 1, "ac1": 5, "ae1": 3, "ro1": 4},
                                     "about": {"family": "data"}}


async def test_resume_after_a_restart_where_the_person_stopped(db_path: Path) -> None:
    first = make_app(db_path)
    async with first.run_test(size=(100, 30)) as pilot:
        await identify(pilot, "noah")
        await keys(pilot, "4", "enter", "2", "enter", "5", "1", "enter")
        first.session.saver.flush()
    # the laptop restarts: a new app on the same database file
    second = make_app(db_path, FakeClock())
    async with second.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "enter", *"noah", "enter")
        assert screen_name(second) == "ConfirmScreen"
        note = str(second.screen.query_one("#confirm-note").render())
        assert "5" in note and "12" in note                # question 5 of 12
        await keys(pilot, "enter")
        assert screen_name(second) == "QuestionScreen"
        assert second.screen.intake.question_number() == 5
        assert second.screen.intake.answers["style"] == {"ce1": 4, "ac1": 2, "ae1": 5, "ro1": 1}


async def test_thank_you_returns_to_welcome_by_itself(db_path: Path, clock: FakeClock) -> None:
    with Database(db_path) as db:  # everything answered before: the person goes to Review
        for qid, values in NOAH_ANSWERS.items():
            db.save_answers("p04", qid, values)
    app = make_app(db_path, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await identify(pilot, "noah")
        assert screen_name(app) == "ReviewScreen"
        await keys(pilot, "enter")
        assert screen_name(app) == "ThanksScreen"
        clock.advance(app.session.thanks_seconds - 1)
        app.flow.tick()
        await settle(pilot)
        assert screen_name(app) == "ThanksScreen"
        clock.advance(1)
        app.flow.tick()
        await settle(pilot)
        assert screen_name(app) == "WelcomeScreen"


async def test_a_line_of_the_review_reopens_its_question_then_returns(db_path: Path) -> None:
    with Database(db_path) as db:
        for qid, values in NOAH_ANSWERS.items():
            db.save_answers("p04", qid, values)
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await identify(pilot, "noah")
        assert screen_name(app) == "ReviewScreen"
        await keys(pilot, "up")                           # from Submit into the answers
        await keys(pilot, *["up"] * 20, "enter")  # the first answer (ce1); headers are skipped
        assert screen_name(app) == "QuestionScreen"
        assert app.screen.intake.index == 0
        await keys(pilot, "2", "enter")
        assert screen_name(app) == "ReviewScreen"         # straight back, not through every step
        assert "2/5" in str(app.screen.query_one("#review-list").query(".review-answer").first().render())
        assert saved(app, "p04")["style"]["ce1"] == 2


async def test_free_text_stops_at_its_visible_limit(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        app.screen.intake.go_to(len(app.screen.intake.steps) - 1)  # the free-text question
        await app.screen._show_step()
        await keys(pilot, *("x" * 85))
        assert saved(app, "p04")["about"]["note"] == "x" * 80
        assert "80 / 80" in str(app.screen.query_one(".counter").render())


async def test_a_failed_save_is_said_at_once(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")

        def broken(*args: object) -> None:
            raise OSError("disk full")

        app.session.db.save_answer = broken  # type: ignore[method-assign]
        await keys(pilot, "4")
        app.session.saver.flush()
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("animateur" in m for m in messages)

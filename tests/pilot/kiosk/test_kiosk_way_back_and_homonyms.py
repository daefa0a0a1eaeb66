"""A way back after confirming the wrong person, and namesakes told apart by what they know."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from rm_tui.storage import Database
from tests.kiosk_support import keys, make_app, saved, screen_name, settle, visible_text


async def test_pageup_on_the_first_question_returns_to_the_name_search(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys(pilot, "enter", *"noah", "enter", "enter")
        assert screen_name(app) == "QuestionScreen"
        assert "pas moi" in visible_text(app)
        await keys(pilot, "4", "pageup")              # answer, then "this is not me"
        assert screen_name(app) == "IdentifyScreen"
        assert saved(app, "p04") == {"style": {"ce1": 4}}   # what was given stays saved


async def test_the_not_me_button_also_leads_back(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys(pilot, "enter", *"noah", "enter", "enter")
        await pilot.click("#back")
        await settle(pilot)
        assert screen_name(app) == "IdentifyScreen"


async def test_arrows_move_between_no_and_yes_and_enter_presses_the_highlighted_one(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys(pilot, "enter", *"noah", "enter")
        assert screen_name(app) == "ConfirmScreen"
        yes, no = app.screen.query_one("#yes", Button), app.screen.query_one("#no", Button)
        assert yes.has_focus and yes.variant == "primary" and no.variant == "default"
        await keys(pilot, "left")
        assert no.has_focus and no.variant == "primary" and yes.variant == "default"
        await keys(pilot, "right", "up")
        assert no.has_focus
        await keys(pilot, "enter")
        assert screen_name(app) == "IdentifyScreen"


async def test_namesakes_are_told_apart_by_job_family_on_the_list_and_the_confirmation(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys(pilot, "enter", *"camille")
        shown = visible_text(app)
        options = [str(o.prompt) for o in app.screen.query_one("#matches").options]
        assert options == ["Camille M. (Données)", "Camille M. (Finance)"]
        assert "data" not in shown and "p01" not in shown and "Martin" not in shown
        await keys(pilot, "down", "down", "enter")
        assert screen_name(app) == "ConfirmScreen"
        assert "Camille M. (Finance)" in visible_text(app)
        assert app.screen.person.id == "p05"


async def test_a_namesake_with_another_email_can_sign_up(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.flow.go_register()
        await settle(pilot)
        await keys(pilot, *"Camille Martin", "enter", *"c.martin2@example.com", "enter", "1")
        await pilot.click("#reg-continue")
        await settle(pilot)
        assert screen_name(app) == "QuestionScreen"
    with Database(db_path) as db:
        assert [p.id for p in db.participants()] == ["self-camille-martin"]


async def test_the_same_email_cannot_sign_up_twice(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.flow.go_register()
        await settle(pilot)
        await keys(pilot, *"Cam Martin", "enter", *"camille.martin@example.com", "enter", "1")
        await pilot.click("#reg-continue")
        await settle(pilot)
        assert screen_name(app) == "RegisterScreen"
        assert "déjà sur la liste" in visible_text(app)

"""The language switch reaches every text and the questions; newcomers can sign up."""

from __future__ import annotations

from pathlib import Path

from tests.kiosk_support import (
    identify,
    keys,
    make_app,
    open_questions,
    saved,
    screen_name,
    settle,
    visible_text,
)


async def test_choosing_english_on_welcome_switches_the_kiosk_and_the_questions(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Bienvenue" in visible_text(app)
        await pilot.click("#lang-en")
        await settle(pilot)
        assert "Welcome" in visible_text(app) and "Bienvenue" not in visible_text(app)
        await identify(pilot, "noah")
        text = visible_text(app)
        assert "I learn best from a concrete example." in text
        assert "Strongly agree" in text and "Question 1 of 12" in text


async def test_switching_language_mid_question_keeps_the_answers(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "4")
        await pilot.click("#lang-toggle")
        await settle(pilot)
        assert "concrete example" in visible_text(app)
        assert app.screen.query_one("#answer-ce1").value == 4
        await keys(pilot, "enter")
        assert app.screen.intake.index == 1
        assert saved(app, "p04") == {"style": {"ce1": 4}}


async def test_the_next_person_starts_in_the_default_language(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#lang-en")
        await settle(pilot)
        app.flow.go_welcome()
        await settle(pilot)
        assert "Bienvenue" in visible_text(app)


async def test_a_newcomer_registers_and_is_asked_the_background_questions(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "enter", *"zoe")
        assert "Aucun nom" in visible_text(app)
        await pilot.click("#register")
        await settle(pilot)
        assert screen_name(app) == "RegisterScreen"
        await keys(pilot, *"Zoé Petit", "enter", *"zoe.petit@example.com", "enter", "2")
        await pilot.click("#reg-continue")
        await settle(pilot)
        assert screen_name(app) == "QuestionScreen"
        person = app.screen.intake.person
        assert person.id == "self-zoe-petit" and person.role == "mentee" and person.self_registered
        stored = app.session.db.participant("self-zoe-petit")
        assert stored is not None and stored.email == "zoe.petit@example.com"
        item_ids = [i.id for step in app.screen.intake.steps for i in step.items]
        assert "family" in item_ids                        # asked because the roster lacks it
        await keys(pilot, "3")
        assert saved(app, "self-zoe-petit") == {"style": {"ce1": 3}}
        # she can now be found by the next kiosk user, e.g. as a colleague to work with
        assert app.session.program().participant("self-zoe-petit") is not None


async def test_registration_asks_gently_for_what_is_missing(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.flow.go_register()
        await settle(pilot)
        await keys(pilot, *"Zoé")
        await pilot.click("#reg-continue")
        await settle(pilot)
        assert screen_name(app) == "RegisterScreen"
        assert "prénom et votre nom" in visible_text(app)
        assert app.session.db.participants() == []


async def test_someone_already_on_the_roster_cannot_register_twice(db_path: Path) -> None:
    app = make_app(db_path)
    listed = app.session.program().roster[1]  # no email on the roster: a same name is the same person
    async with app.run_test(size=(100, 30)) as pilot:
        app.flow.go_register()
        await settle(pilot)
        # the same name typed in another order and case is still the same person
        typed = " ".join(reversed(listed.name.upper().split()))
        await keys(pilot, *typed, "enter", *"someone.new@example.com", "enter", "1")
        await pilot.click("#reg-continue")
        await settle(pilot)
        assert screen_name(app) == "RegisterScreen"
        assert "déjà sur la liste" in visible_text(app)
        assert app.session.db.participants() == []

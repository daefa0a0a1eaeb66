"""A forgiving name search, and every refused or missing answer explained next to its field."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from tests.kiosk_support import (
    keys,
    make_app,
    open_questions,
    saved,
    screen_name,
    settle,
    visible_text,
)


def step_of(app, item_id: str) -> int:
    return next(i for i, step in enumerate(app.screen.intake.steps)
                if any(item.id == item_id for item in step.items))


async def go_to_item(pilot, app, item_id: str) -> None:
    app.screen.intake.go_to(step_of(app, item_id))
    await app.screen._show_step()
    await settle(pilot)


def message(app, item_id: str) -> str:
    widget = app.screen.query_one(f"#message-{item_id}")
    return str(widget.render()) if widget.display else ""


async def test_the_name_search_forgives_typos_and_shows_only_first_name_and_initial(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await keys(pilot, "enter", *"noha bernrad")
        options = [str(o.prompt) for o in app.screen.query_one("#matches", OptionList).options]
        assert options == ["Noah B."]
        assert "Bernard" not in visible_text(app)
        await keys(pilot, "enter")
        assert screen_name(app) == "ConfirmScreen"


async def test_a_colleague_picker_finds_letters_inside_names(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        await go_to_item(pilot, app, "wish")
        await keys(pilot, *"rom")                    # inside "Jérôme"
        options = [str(o.prompt) for o in app.screen.query_one(".roster-results", OptionList).options]
        assert options == ["Jérôme Lefèvre"]


async def test_enter_on_an_unanswered_required_question_says_why(db_path: Path) -> None:
    app = make_app(db_path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "enter")
        assert app.screen.intake.index == 0
        assert "An answer is needed" in message(app, "ce1")


async def test_a_number_field_refuses_letters_with_a_message_and_nothing_lands_elsewhere(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_questions(pilot, app, "p04")
        await go_to_item(pilot, app, "hours")
        await keys(pilot, *"abc")
        assert "« abc » n'est pas un nombre" in message(app, "hours")
        await keys(pilot, "enter", *"7.5", "enter")   # still on the number: nothing ticks elsewhere
        assert screen_name(app) == "QuestionScreen"
        assert app.screen.intake.step.items[0].id == "hours"
        assert "n'est pas un nombre" in message(app, "hours")
        answers = saved(app, "p04").get("about", {})
        assert "hours" not in answers and "topics" not in answers and "intentions" not in answers


async def test_a_whole_number_field_explains_a_decimal_and_a_range(db_path: Path) -> None:
    app = make_app(db_path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_questions(pilot, app, "p04")
        await go_to_item(pilot, app, "hours")
        await keys(pilot, *"3,5", "enter")
        assert "whole number" in message(app, "hours")
        await keys(pilot, "backspace", "backspace", "backspace", *"999", "enter")
        assert "from" in message(app, "hours")
        await keys(pilot, "backspace", "backspace", "backspace", "3")
        assert message(app, "hours") == ""
        await keys(pilot, "enter")
        assert saved(app, "p04")["about"]["hours"] == 3
        assert app.screen.intake.step.items[0].id != "hours"


async def test_a_date_that_is_not_one_says_so(db_path: Path) -> None:
    app = make_app(db_path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_questions(pilot, app, "p04")
        await go_to_item(pilot, app, "available")
        await keys(pilot, *"31/02/2026", "enter")
        assert "is not a date" in message(app, "available")


async def test_a_too_small_terminal_says_so_and_never_hides_the_question(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(60, 15)) as pilot:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "4", "enter", "2", "enter", "5")   # to the group of two, answer the first
        await settle(pilot)
        assert app.screen.query_one("#too-small").has_class("-shown")
        body = app.screen.query_one("#question-body")
        focused_item = next(a for a in app.focused.ancestors_with_self if a.has_class("item"))
        text = focused_item.query_one(".item-text")
        assert body.region.contains_region(text.region)   # the question of the focused answer
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_questions(pilot, app, "p04")
        assert not app.screen.query_one("#too-small").has_class("-shown")

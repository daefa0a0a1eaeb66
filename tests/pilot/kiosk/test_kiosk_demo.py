"""The shipped demo program, taken end to end at the kiosk, in each language, keyboard only.

Answers are chosen from each item's own definition, so the test follows the demo content as it
changes (it checks the kiosk, not the questionnaires)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rm_tui import bundled
from rm_tui.core.questionnaire import Item
from rm_tui.services.loaders import load_program
from rm_tui.tui.kiosk.question import QuestionScreen
from tests.kiosk_support import PIN, FakeClock, SteadyKioskApp, keys, screen_name, settle

DEMO = bundled.demo_program()


def presses_for(item: Item, role: str) -> list[str]:
    """Keys that give a valid answer to `item` (the widget has the focus)."""
    if item.kind == "scale":
        return ["2"]
    if item.kind == "single":
        return ["1"]
    if item.kind == "multi":
        return [str(n) for n in range(1, max(1, item.min_picks) + 1)]
    if item.kind == "text":
        return list("ok")
    if item.kind == "number":
        return list(str(int(item.min if item.min is not None else 1)))
    if item.kind == "date":
        day = dt.date.fromisoformat(item.min_date) if item.min_date else dt.date(2026, 1, 1)
        return list(day.strftime("%d/%m/%Y"))
    return []  # roster picks: left empty unless required (none is in the demo)


@pytest.mark.parametrize(("lang", "review_title"), [("en", "Review your answers"),
                                                    ("fr", "Relisez vos réponses")])
async def test_the_demo_can_be_taken_from_welcome_to_thank_you(tmp_path: Path, lang: str,
                                                               review_title: str) -> None:
    program = load_program(DEMO)
    person = program.roster[0] if lang == "en" else program.roster[-1]
    app = SteadyKioskApp(program, tmp_path / "demo.db.json", PIN, clock=FakeClock())
    app.animation_level = "none"
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "right" if lang == "en" else "left", "enter",
                   *person.name.split()[0].lower(), " ",
                   *person.name.split()[-1][:3], "enter", "enter")
        steps = 0
        while isinstance(app.screen, QuestionScreen):
            screen = app.screen
            for item in screen.intake.step.items:
                assert item.kind != "roster" or not item.required
                screen.query_one(f"#answer-{item.id}").focus()
                await keys(pilot, *presses_for(item, person.role))
            await keys(pilot, "pagedown")
            steps += 1
            assert steps <= 2 * len(screen.intake.steps), (  # Enter visits empty optional items once
                screen.intake.index, str(screen.query_one("#question-message").render()))
        assert screen_name(app) == "ReviewScreen"
        assert review_title in str(app.screen.query_one("#review-title").render())
        await keys(pilot, "enter")
        assert screen_name(app) == "ThanksScreen"
        await settle(pilot)
        app.session.saver.flush()
        submitted = app.session.db.submitted(person.id)
        assert set(submitted) == set(program.questionnaire_ids[person.role])
        answers = app.session.db.answers(person.id)
        for questionnaire in program.questionnaires_for(person.role):
            for item in questionnaire.items_for(person.role, person):
                if item.required:
                    assert item.id in answers.get(questionnaire.id, {}), item.id

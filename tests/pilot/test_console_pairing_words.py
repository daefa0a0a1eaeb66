"""The pairing screen's flows speak the program's language: confirm, export, the unmatched and
why, assign by hand, the engine's refusals and notes (French for the demo, English when the same
program lists English first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, DataTable, Input, Label, OptionList, Static

from rm_tui.tui.console.app import ConsoleApp
from rm_tui.tui.console.assign import AssignScreen
from rm_tui.tui.console.confirm import ConfirmScreen
from rm_tui.tui.console.dialogs import AskText, AskYesNo
from tests.pilot.console_helpers import (
    SIZE,
    TODAY,
    demo_db,
    run_matching,
    select_pair,
    settle,
    wait_for_screen,
)
from tests.pilot.test_console_language import program_in

WORDS = {
    "fr": {"confirm_title": "Confirmer cet appariement comme version 1", "made_by": "Origine :",
           "button": "Confirmer la version 1", "stored": "ne change plus", "done": "Confirmé : version 1",
           "export_title": "Exporter les binômes", "exported": "Version confirmée 1 exportée dans",
           "unmatched": "Sans binôme (", "role": "mentoré", "why_title": "est sans binôme",
           "assign_button": "Attribuer à la main…", "assign_title": "Attribuer un mentor à",
           "sorted": "Triés par score", "nothing_to_redo": "rien à rétablir",
           "unpaired": "Les deux sont sans binôme maintenant"},
    "en": {"confirm_title": "Confirm this pairing as version 1", "made_by": "Made by:",
           "button": "Confirm version 1", "stored": "never changed", "done": "Confirmed: version 1",
           "export_title": "Export the pairs", "exported": "Exported confirmed version 1 to",
           "unmatched": "Unmatched (", "role": "mentee", "why_title": "is unmatched",
           "assign_button": "Assign by hand…", "assign_title": "Assign a mentor to",
           "sorted": "Sorted by pair score", "nothing_to_redo": "nothing to redo",
           "unpaired": "Both are unmatched now"},
}


def said(app: ConsoleApp) -> str:
    return "\n".join(n.message for n in app._notifications)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_confirm_and_export_speak_the_programs_language(tmp_path: Path, lang: str) -> None:
    words = WORDS[lang]
    app = ConsoleApp(program_in(tmp_path, lang), demo_db(tmp_path), today=TODAY)
    target = tmp_path / "pairs.yaml"
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert words["confirm_title"] in str(app.screen.query_one(".dialog-title", Label).render())
        summary = str(app.screen.query_one("#confirm-summary", Static).render())
        assert words["made_by"] in summary and words["stored"] in summary
        assert str(app.screen.query_one("#confirm", Button).label) == words["button"]
        await pilot.click("#confirm")
        await settle(app, pilot)
        assert words["done"] in said(app)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, AskText)
        assert words["export_title"] in str(app.screen.query_one(".dialog-title", Label).render())
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        assert target.is_file() and words["exported"] in said(app)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_unmatched_why_and_assign_by_hand_speak_the_programs_language(
        tmp_path: Path, lang: str) -> None:
    words = WORDS[lang]
    app = ConsoleApp(program_in(tmp_path, lang), demo_db(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        assert words["unmatched"] in str(app.screen.query_one("#pair-unmatched-title", Label).render())
        plan = app.pairing.plan
        assert plan is not None
        lonely = next(m for m in plan.unmatched_mentees() if m not in plan.problem.unfinished)
        table = app.screen.query_one("#unmatched", DataTable)
        row = table.get_row(lonely)
        assert row[1] == words["role"]
        english = ("possible", "could be placed", "forbidden", "has not finished")
        if lang == "fr":  # the reason is the catalogue's, not the engine's English
            assert "given to" not in row[2] and "could be placed" not in row[2], row[2]
        else:
            assert any(w in row[2] for w in english), row[2]
        table.focus()
        table.move_cursor(row=table.get_row_index(lonely))
        await pilot.press("enter")
        await wait_for_screen(app, pilot, AskYesNo)
        assert words["why_title"] in str(app.screen.query_one(".dialog-title", Label).render())
        assert str(app.screen.query_one("#yes", Button).label) == words["assign_button"]
        await pilot.click("#yes")
        await wait_for_screen(app, pilot, AssignScreen)
        labels = [str(label.render()) for label in app.screen.query(Label)]
        assert words["assign_title"] in labels[0] and words["sorted"] in labels[1]
        assert app.screen.query_one(OptionList).option_count


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_engines_refusals_and_notes_speak_the_programs_language(
        tmp_path: Path, lang: str) -> None:
    words = WORDS[lang]
    app = ConsoleApp(program_in(tmp_path, lang), demo_db(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert words["nothing_to_redo"] in said(app)
        assert app.pairing.plan is not None
        select_pair(app, app.pairing.plan.pairs[0].key)
        await pilot.press("u")
        await settle(app, pilot)
        assert words["unpaired"] in str(app.screen.query_one("#pair-diff", Static).render())


async def test_the_decision_log_says_the_consoles_own_reasons_in_french(tmp_path: Path) -> None:
    from rm_tui.tui.console.decisions_screen import DecisionsScreen

    app = ConsoleApp(program_in(tmp_path, "fr"), demo_db(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await run_matching(app, pilot)
        assert app.pairing.plan is not None
        select_pair(app, app.pairing.plan.pairs[0].key)
        await pilot.press("l")
        await settle(app, pilot)
        await pilot.press("g")
        await settle(app, pilot)
        assert isinstance(app.screen, DecisionsScreen)
        log = app.screen.query_one("#decision-log", DataTable)
        logged = [log.get_row_at(i) for i in range(log.row_count)]
        assert {row[1] for row in logged} >= {"verrou", "brouillon"}  # the actions, in French
        lock = next(row for row in logged if row[1] == "verrou")
        assert "verrouillé dans la console" in lock[3]
        assert "verrouillé dans la console" in app.screen.query_one("#in-force", DataTable).get_row_at(0)[2]

"""The console speaks the program's first language: French for the demo (`languages: [fr, en]`),
English for the same program listed English first — the same screens, keys and summaries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from rm_tui.tui.console.app import ConsoleApp
from rm_tui.tui.console.pairing import PairingScreen
from tests.pilot.console_helpers import SIZE, TODAY, demo_db, settle

ROOT = Path(__file__).resolve().parents[2]


def program_in(tmp_path: Path, first: str) -> Path:
    for folder in ("sample_programs", "questionnaires"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    path = tmp_path / "sample_programs" / "kickoff_demo.yaml"
    text = path.read_text(encoding="utf-8")
    assert "languages: [fr, en]" in text
    path.write_text(text.replace("languages: [fr, en]", f"languages: [{first}, "
                                 f"{'en' if first == 'fr' else 'fr'}]", 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("first", "words"), [
    ("en", {"banner": "Waiting for 7 of 26 participants", "key": "Start kiosk",
            "summary": "No plan yet — press r to run the matching.", "help": "Run the matching"}),
    ("fr", {"banner": "En attente de 7 participants sur 26", "key": "Lancer la borne",
            "summary": "Pas encore de plan — appuyez sur r pour lancer l'appariement.",
            "help": "Lancer l'appariement"}),
])
async def test_the_console_speaks_the_programs_first_language(tmp_path: Path, first: str,
                                                             words: dict[str, str]) -> None:
    app = ConsoleApp(program_in(tmp_path, first), demo_db(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.lang == first
        assert words["banner"] in str(app.screen.query_one("#dash-banner", Static).render())
        described = {b.description for _, b in app.screen._bindings}
        assert words["key"] in described  # the footer's words
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, PairingScreen)
        assert words["summary"] in str(app.screen.query_one("#pair-summary", Static).render())
        await pilot.press("f1")
        await settle(app, pilot)
        assert words["help"] in str(app.screen.query_one("#help-text", Static).render())

"""Textual's own words in the console (its system commands, its widgets' keys in the command
palette and the Keys panel, the palette's search prompt) follow the program's language; an
English program keeps Textual's text exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandInput, CommandList, CommandPalette

from rm_tui.i18n import CATALOG
from rm_tui.tui.console.app import ConsoleApp
from rm_tui.tui.speak import WordedPalette
from tests.pilot.console_helpers import SIZE, TODAY, demo_db, make_app, settle
from tests.pilot.test_console_language import program_in

# Textual's English texts that French words differently ("palette" is French too)
ENGLISH_ONLY = {e["en"] for k, e in CATALOG.items() if k.startswith("textual.") and e["fr"] != e["en"]}


def palette_texts(app: ConsoleApp) -> set[str]:
    commands = list(app.get_system_commands(app.screen))
    return {c.title for c in commands} | {c.help.rsplit("  [", 1)[0] for c in commands}


async def test_a_french_program_has_no_textual_english_in_the_palette(tmp_path: Path) -> None:
    app = make_app(tmp_path)  # the demo: languages [fr, en]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for mode in ("d", "p", "m", "f"):
            await pilot.press(mode)
            await settle(app, pilot)
            texts = palette_texts(app)
            assert not texts & ENGLISH_ONLY, (mode, sorted(texts & ENGLISH_ONLY))
            assert {"Capture d'écran", "Élément suivant"} <= texts
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Rechercher une commande…"


async def test_an_english_program_keeps_textuals_words(tmp_path: Path) -> None:
    app = ConsoleApp(program_in(tmp_path, "en"), demo_db(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        texts = palette_texts(app)
        assert {"Screenshot", "Save an SVG 'screenshot' of the current screen", "Cursor up",
                "Focus Next", "Open the command palette"} <= texts
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.query_one(CommandInput).placeholder == "Search for commands…"


@pytest.mark.parametrize(("lang", "expected"), [("fr", "Aucune commande trouvée"), ("en", "No matches found")])
async def test_the_palette_says_no_matches_in_the_programs_language(tmp_path: Path, lang: str,
                                                                    expected: str) -> None:
    app = ConsoleApp(program_in(tmp_path, lang), demo_db(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, WordedPalette)
        palette._NO_MATCHES_COUNTDOWN = 0.01  # type: ignore[misc]  # no half-second wait in a test
        await pilot.press(*"xyzzy")
        commands = palette.query_one(CommandList)
        for _ in range(100):  # the search runs in a worker, then the countdown's timer fires
            await pilot.pause(0.01)
            if commands.option_count and commands.get_option_at_index(0).id == palette._NO_MATCHES:
                break
        option = commands.get_option_at_index(0)
        assert option.id == palette._NO_MATCHES
        assert expected in str(option.prompt.renderable)

"""Input of any speed and content never ends the kiosk, and every acknowledged answer is stored."""

from __future__ import annotations

from pathlib import Path

import pytest
import textual.screen

from tests.kiosk_fuzz import burst, fuzz
from tests.kiosk_support import (
    FakeClock,
    make_app,
    open_questions,
    saved,
    screen_name,
    settle,
)


async def test_a_character_and_enter_in_one_read_on_free_text(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_questions(pilot, app, "p04")
        app.screen.intake.go_to(len(app.screen.intake.steps) - 1)  # the free-text question
        await app.screen._show_step()
        await burst(pilot, ["x", "enter"])
        await settle(pilot)
        assert app.is_running
        assert screen_name(app) == "ReviewScreen"
        assert saved(app, "p04")["about"]["note"] == "x"


async def test_keys_mashed_while_the_screen_changes(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await burst(pilot, ["enter", *"noah", "enter", "enter", "4", "enter", "3", "enter",
                            "pageup", "pageup", "pageup", "enter", "enter"])
        await settle(pilot)
        assert app.is_running


# 4 sessions x 2,500 = 10,000 sequences: French and English first, the smallest supported
# terminal and the usual one (the language also switches at every jump and on clicks)
SESSIONS = [(1, "fr", (60, 15)), (2, "en", (80, 24)), (3, "en", (60, 15)), (4, "fr", (80, 24))]
SEQUENCES = 2_500


@pytest.fixture
def few_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two frames a second instead of sixty: the fuzz is about input, and painting every state
    a burst passes through would cost more than the input itself (each still gets painted
    whenever a frame falls on it, and every jump paints a new screen)."""
    monkeypatch.setattr(textual.screen, "UPDATE_PERIOD", 0.5)


@pytest.mark.parametrize(("seed", "lang", "size"), SESSIONS)
async def test_ten_thousand_random_input_sequences(db_path: Path, few_frames: None, seed: int,
                                                   lang: str, size: tuple[int, int]) -> None:
    """Random keys, pastes, clicks at random cells and wheel turns, posted a sequence at a time
    as one terminal read, over every screen and item kind: the kiosk never ends, no click opens
    the facilitator's exit, and what each participant answered is what is stored.
    benchmarks/bench_kiosk_fuzz.py sends many more."""
    app = make_app(db_path, FakeClock(), lang=lang)
    async with app.run_test(size=size) as pilot:
        report = await fuzz(app, seed, SEQUENCES, per_round=100)
        assert app.is_running
        await pilot.pause()
    assert report.sequences == SEQUENCES
    assert report.mouse > SEQUENCES // 10 and report.keys > SEQUENCES
    assert {"WelcomeScreen", "IdentifyScreen", "ConfirmScreen", "RegisterScreen", "QuestionScreen",
            "ReviewScreen", "SealedScreen", "ThanksScreen"} <= set(report.screens)
    assert {"scale", "single", "multi", "number", "date", "roster", "text"} <= report.item_kinds
    assert report.languages == {"fr", "en"}
    assert report.overdue == 0, "an input waited for the previous one longer than MAX_WAIT"

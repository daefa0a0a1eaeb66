"""What the kiosk looks like. Fixed terminal size, steady cursors, a clock that never moves,
no animations. Regenerate with `pytest tests/snapshot --snapshot-update` and look at the SVGs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from rm_tui.storage import Database
from rm_tui.tui.kiosk import KioskApp
from tests.kiosk_support import keys, make_app, open_questions, settle

SIZE = (100, 30)
ANSWERS = {
    "style": {"ce1": 4, "ac1": 2, "ae1": 5, "ro1": 1},
    "about": {"family": "finance", "format": "onsite", "intentions": ["progress_in_job", "network"],
              "topics": ["culture"], "hours": 7, "available": "2026-10-01",
              "wish": ["p02", "p03"], "note": "Bonjour à tous"},
}


def app_for(tmp_path: Path, answers: dict[str, Any] | None = None, **kwargs: Any) -> KioskApp:
    db_path = tmp_path / "snap.db.json"
    if answers:
        with Database(db_path) as db:
            for qid, values in answers.items():
                db.save_answers("p04", qid, values)
    return make_app(db_path, **kwargs)


def test_welcome(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(app_for(tmp_path), terminal_size=SIZE)


def test_agreement_scale_question(snap_compare, tmp_path: Path) -> None:
    app = app_for(tmp_path)

    async def answer(pilot: Pilot) -> None:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "4")

    assert snap_compare(app, terminal_size=SIZE, run_before=answer)


def test_agreement_scale_question_in_english(snap_compare, tmp_path: Path) -> None:
    app = app_for(tmp_path, lang="en")

    async def answer(pilot: Pilot) -> None:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "4")

    assert snap_compare(app, terminal_size=SIZE, run_before=answer)


def test_ranked_multiple_choice_question(snap_compare, tmp_path: Path) -> None:
    app = app_for(tmp_path, {"style": ANSWERS["style"], "about": {"family": "data", "format": "remote"}})

    async def pick(pilot: Pilot) -> None:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "3", "1")

    assert snap_compare(app, terminal_size=SIZE, run_before=pick)


def test_review(snap_compare, tmp_path: Path) -> None:
    app = app_for(tmp_path, ANSWERS)

    async def review(pilot: Pilot) -> None:
        await open_questions(pilot, app, "p04")

    assert snap_compare(app, terminal_size=SIZE, run_before=review)


def test_thank_you_with_the_learner_profile(snap_compare, tmp_path: Path) -> None:
    app = app_for(tmp_path, ANSWERS)

    async def submit(pilot: Pilot) -> None:
        await open_questions(pilot, app, "p04")
        await keys(pilot, "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=submit)


def test_small_terminal_in_the_light_theme(snap_compare, tmp_path: Path) -> None:
    app = app_for(tmp_path, {"style": {"ce1": 4, "ac1": 2}})

    async def group(pilot: Pilot) -> None:
        app.theme = "textual-light"
        await open_questions(pilot, app, "p04")
        await keys(pilot, "5")

    assert snap_compare(app, terminal_size=(80, 24), run_before=group)


def test_confirm_screen_tells_namesakes_apart(snap_compare, tmp_path: Path) -> None:
    app = app_for(tmp_path)

    async def confirm(pilot: Pilot) -> None:
        await keys(pilot, "enter", *"camille", "down", "down", "enter")  # the second Camille M.

    assert snap_compare(app, terminal_size=(80, 24), run_before=confirm)


def test_a_refused_number_is_explained_next_to_the_field(snap_compare, tmp_path: Path) -> None:
    app = app_for(tmp_path, {"style": ANSWERS["style"],
                             "about": {k: ANSWERS["about"][k] for k in ("family", "format", "intentions", "topics")}})

    async def refuse(pilot: Pilot) -> None:
        await open_questions(pilot, app, "p04")
        await keys(pilot, *"abc", "enter")

    assert snap_compare(app, terminal_size=(80, 24), run_before=refuse)

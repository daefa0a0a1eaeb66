"""Shared helpers for the console's Pilot and snapshot tests."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable

from rm_tui.bundled import demo_program
from rm_tui.cli.cmd_demo import prepare_demo
from rm_tui.core.participant import Participant
from rm_tui.core.plan import Key
from rm_tui.core.program import Program
from rm_tui.tui.console.app import ConsoleApp
from tests.textual_support import until_screen

DEMO_PROGRAM = demo_program()

TODAY = dt.date(2026, 11, 2)  # seniority is counted at a fixed date: scores never drift
SIZE = (120, 40)


_TEMPLATE: list[Path] = []


def demo_db(tmp_path: Path) -> Path:
    """A fresh copy of the demo database (prepared once per test session: it takes ~0.7 s)."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="rm-tui-console-tests-"))
        _TEMPLATE.append(prepare_demo(folder))
    target = tmp_path / _TEMPLATE[0].name
    shutil.copyfile(_TEMPLATE[0], target)
    return target


def make_app(tmp_path: Path, **kwargs: Any) -> ConsoleApp:
    return ConsoleApp(DEMO_PROGRAM, demo_db(tmp_path), today=TODAY, **kwargs)


async def settle(app: ConsoleApp, pilot: Pilot) -> None:
    """Let workers finish and their messages be handled (pilot.pause alone does not wait)."""
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def wait_for_screen(app: ConsoleApp, pilot: Pilot, kind: type) -> None:
    """Wait for a dialog a worker opens (not `settle`: that worker waits on the dialog)."""
    await until_screen(pilot, kind)


async def run_matching(app: ConsoleApp, pilot: Pilot) -> None:
    await pilot.press("m")
    await pilot.pause()
    await pilot.press("r")
    await settle(app, pilot)
    assert app.pairing.plan is not None


def complete_answers(program: Program, person: Participant) -> dict[str, dict[str, Any]]:
    """Valid answers to every question `person` is asked (for simulated kiosk sessions)."""
    out: dict[str, dict[str, Any]] = {}
    others = [p.id for p in program.roster if p.role != person.role]
    for q in program.questionnaires_for(person.role):
        answers: dict[str, Any] = {}
        for item in q.items_for(person.role, person):
            options = [o.id for o in item.options_for(person.role)]
            if item.kind == "scale":
                answers[item.id] = 3
            elif item.kind == "single":
                answers[item.id] = options[0]
            elif item.kind == "multi":
                answers[item.id] = options[: max(item.min_picks, 1)]
            elif item.kind == "text":
                answers[item.id] = "ok"
            elif item.kind == "number":
                answers[item.id] = int(item.min if item.min is not None else 1)
            elif item.kind == "date":
                answers[item.id] = item.min_date or "2020-01-01"
            elif item.kind == "roster":
                answers[item.id] = others[:1] if item.required else []
        out[q.id] = {k: v for k, v in answers.items() if v not in ([], None)}
    return out


def keys(app: ConsoleApp) -> set[Key]:
    return {p.key for p in app.pairing.plan.pairs}


def select_pair(app: ConsoleApp, key: Key) -> None:
    table = app.screen.query_one("#pairs", DataTable)
    table.focus()
    table.move_cursor(row=table.get_row_index(f"{key[0]}|{key[1]}"))


async def confirm_plan(app: ConsoleApp, pilot: Pilot, note: str | None = None) -> None:
    """Open Confirm (typing `note` if given), press its button, wait until the version is stored."""
    await pilot.press("c")
    await pilot.pause()
    if note is not None:
        from textual.widgets import Input

        app.screen.query_one("#confirm-note", Input).value = note
    await pilot.click("#confirm")
    await settle(app, pilot)

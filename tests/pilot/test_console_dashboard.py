"""Console dashboard and participants: live completion, other processes' writes, corrections."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from textual.widgets import DataTable, Input, OptionList, Static

from rm_tui.services.loaders import load_program
from rm_tui.storage import Database
from rm_tui.tui.console.dashboard import DashboardScreen
from rm_tui.tui.console.participants import ParticipantsScreen
from rm_tui.tui.console.person import PersonScreen
from tests.pilot.console_helpers import DEMO_PROGRAM, SIZE, complete_answers, make_app, settle

ROOT = Path(__file__).resolve().parents[2]
KIOSK_WRITER = """
import json, sys
from rm_tui.storage import Database
db = Database(sys.argv[1])
for qid, values in json.loads(sys.argv[2]).items():
    for item, value in values.items():
        db.save_answer(sys.argv[3], qid, item, value)
    db.mark_submitted(sys.argv[3], qid)
"""


def missing_ids(app) -> set[str]:
    table = app.screen.query_one("#dash-missing", DataTable)
    return {str(key.value) for key in table.rows}


async def test_dashboard_picks_up_answers_written_by_another_process(tmp_path: Path) -> None:
    app = make_app(tmp_path, poll_seconds=0.05)
    program = load_program(DEMO_PROGRAM)
    theo = program.participant("p07")
    assert theo is not None
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, DashboardScreen)
        assert "p07" in missing_ids(app)
        before = app.cohort.status.by_role("mentor")
        answers = json.dumps(complete_answers(program, theo))
        subprocess.run([sys.executable, "-c", KIOSK_WRITER, str(app.source.db.path), answers, "p07"],
                       cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT)})
        for _ in range(600):  # the dashboard polls the file on a 50 ms timer: up to 30 s if starved
            await pilot.pause(0.05)
            await app.workers.wait_for_complete()
            if "p07" not in missing_ids(app):
                break
        assert "p07" not in missing_ids(app)
        after = app.cohort.status.by_role("mentor")
        assert after.done == before.done + 1 and after.total == before.total
        app.screen.query_one("#dash-missing", DataTable).focus()
        await pilot.press("enter")  # a row opens that person
        await pilot.pause()
        assert isinstance(app.screen, PersonScreen)


async def test_ready_to_match_when_everyone_has_finished(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    program = load_program(DEMO_PROGRAM)
    with Database(app.source.db.path) as db:
        for row in app.cohort.status.not_finished():
            for qid, values in complete_answers(program, row.person).items():
                db.save_answers(row.person.id, qid, values)
                db.mark_submitted(row.person.id, qid)  # finished means submitted too
    async with app.run_test(size=SIZE) as pilot:
        banner = app.screen.query_one("#dash-banner", Static)
        assert not banner.has_class("ready")
        await pilot.press("r")  # reload now rather than wait for the poll
        await settle(app, pilot)
        assert app.cohort.status.ready
        assert banner.has_class("ready")
        assert missing_ids(app) == set()


async def test_participants_search_open_correct_and_exclude(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantsScreen)
        table = app.screen.query_one("#people", DataTable)
        assert table.row_count == 26
        await pilot.press("slash")
        app.screen.query_one("#people-search", Input).value = "wouters"
        await pilot.pause()
        assert [str(k.value) for k in table.rows] == ["p25"]
        await pilot.press("enter")  # back to the table
        await pilot.press("enter")  # open the person
        await pilot.pause()
        assert isinstance(app.screen, PersonScreen)
        card = str(app.screen.query_one("#person-answers", Static).render())
        # The demo program is French first: the console speaks French.
        assert "cachées" in card  # answers stay hidden until asked (projector)
        await pilot.press("a")
        await pilot.pause()
        assert "Réponses" in str(app.screen.query_one("#person-answers", Static).render())
        # correct a background field
        await pilot.press("e")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        options.highlighted = options.get_option_index("team")
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#dialog-input").value = "warehouse-nl"
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#dialog-input", Input).value = "moved in May"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.source.db.participant("p25").team == "warehouse-nl"
        # exclude from matching, with a reason
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#dialog-input", Input).value = "on leave"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.source.db.participant("p25").excluded
        log = app.source.db.audit_log()
        assert any(e["action"] == "edit_participant" and e["reason"] == "moved in May" for e in log)
        assert any(e["action"] == "exclude" and e["reason"] == "on leave" for e in log)
        assert app.cohort.status.by_role("mentee").total == 13


async def test_help_palette_and_theme(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        text = str(app.screen.query_one("#help-text", Static).render())
        for needle in ("Lancer l'appariement", "Interdire", "Échanger", "Annuler la dernière",
                       "Confirmer", "Exporter", "Lancer la borne"):
            assert needle in text
        await pilot.press("escape")
        theme = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != theme
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Lancer la borne", "Tableau de bord", "Appariement", "Aide"} <= titles  # in French


async def test_kiosk_starts_in_a_separate_process_with_the_pin_in_its_environment(
    tmp_path: Path, monkeypatch
) -> None:
    import contextlib

    from rm_tui.tui.console import kiosk_launch
    from rm_tui.tui.console.dialogs import AskText

    calls: list[tuple[list[str], dict[str, str]]] = []

    def fake_run(command, env, check):  # noqa: ANN001 - stands in for subprocess.run
        calls.append((command, env))
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(kiosk_launch.subprocess, "run", fake_run)
    app = make_app(tmp_path)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, AskText)
        app.screen.query_one(Input).value = "12"
        await pilot.press("enter")  # too short: refused
        await pilot.pause()
        assert isinstance(app.screen, AskText) and not calls
        app.screen.query_one(Input).value = "4321"
        await pilot.press("enter")
        await settle(app, pilot)
    (command, env), = calls
    assert command[1:4] == ["-m", "rm_tui", "kiosk"]
    assert str(app.source.db.path) in command and "4321" not in " ".join(command)
    assert env[kiosk_launch.PIN_ENV] == "4321"

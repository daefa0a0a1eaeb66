"""A plan confirmed from the CLI (`match --confirm`) records what it was solved on, as the
console does: the console opens it fresh, and a later answer or decision makes it stale there."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from rm_tui.bundled import demo_program
from rm_tui.cli.cmd_demo import prepare_demo
from rm_tui.services.cohort import CohortSource
from rm_tui.services.loaders import load_program
from rm_tui.services.pairing_session import PairingSession
from rm_tui.services.workspace import open_workspace
from rm_tui.storage import Database

TODAY = dt.date(2026, 11, 2)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prepare_demo(tmp_path_factory.mktemp("demo"))


def cli_confirm(program: Path, db: Path) -> int:
    """What `rm-tui match PROGRAM --confirm` does."""
    ws = open_workspace(program, db, today=TODAY)
    plan, applied, _ = ws.start_plan()
    plan_id, _ = ws.confirm(ws.solve(plan), applied, actor="cli")
    return plan_id


def console(program: Path, db: Path) -> tuple[CohortSource, PairingSession]:
    source = CohortSource(program, db)
    session = PairingSession(source, today=TODAY)
    assert session.resume(source.read()) is not None
    return source, session


def test_a_cli_confirmed_plan_opens_fresh(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.db.json"
    shutil.copyfile(demo_template, db)
    cli_confirm(demo_program(), db)
    source, session = console(demo_program(), db)
    assert not session.is_stale(source.read())


def test_an_answer_changed_after_the_cli_confirm_shows_it_stale(
        demo_template: Path, tmp_path: Path) -> None:  # fmt: skip
    db = tmp_path / "demo.db.json"
    shutil.copyfile(demo_template, db)
    cli_confirm(demo_program(), db)
    with Database(db) as store:  # between the confirm and the console: an answer withdrawn
        answers = store.all_answers()
        pid, by_q = next((p, a) for p, a in answers.items() if a)
        qid, items = next((q, i) for q, i in by_q.items() if i)
        store.save_answer(pid, qid, next(iter(items)), None)
    source, session = console(demo_program(), db)
    assert session.is_stale(source.read())


def test_a_decision_after_the_cli_confirm_shows_it_stale(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.db.json"
    shutil.copyfile(demo_template, db)
    cli_confirm(demo_program(), db)
    with Database(db) as store:
        someone = next(p.id for p in store.participants() if p.role == "mentee")
        store.set_excluded(someone, True, actor="cli", reason="left the company")
    source, session = console(demo_program(), db)
    assert session.is_stale(source.read())


def test_roster_people_the_database_lacked_do_not_make_it_stale(
        demo_template: Path, tmp_path: Path) -> None:  # fmt: skip
    """The console adds roster people missing from the database when it opens; the CLI
    confirm adds them first, so both read the same cohort."""
    demo = demo_program()
    shutil.copytree(demo.parent.parent / "questionnaires", tmp_path / "questionnaires")
    (tmp_path / "sample_programs").mkdir()
    program_path = tmp_path / "sample_programs" / demo.name
    marker = "  # ---- Mentors (juniors) ----\n"
    text = demo.read_text(encoding="utf-8")
    assert marker in text
    newcomer = '  - {id: p-new, name: "Nina Nouvelle", email: nina@example.com, role: mentor}\n'
    program_path.write_text(text.replace(marker, marker + newcomer), encoding="utf-8")
    db = tmp_path / "demo.db.json"
    shutil.copyfile(demo_template, db)
    assert any(p.id == "p-new" for p in load_program(program_path).roster)
    with Database(db) as store:
        assert all(p.id != "p-new" for p in store.participants())

    cli_confirm(program_path, db)
    source, session = console(program_path, db)
    assert any(p.id == "p-new" for p in source.read().people)
    assert not session.is_stale(source.read())

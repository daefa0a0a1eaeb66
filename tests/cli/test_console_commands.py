"""`rm-tui run` and `rm-tui demo`: the contract around the console (the console itself is
tested with Pilot in tests/pilot)."""

from __future__ import annotations

from pathlib import Path

from rm_tui.bundled import demo_program
from rm_tui.cli.cmd_demo import prepare_demo
from rm_tui.storage import Database
from tests.cli.conftest import ROOT, Run

DEMO_PROGRAM = demo_program()


def test_run_and_demo_have_help(cli: Run) -> None:
    for command in ("run", "demo"):
        out = cli(command, "--help")
        assert out.returncode == 0, out.stderr
        assert "console" in out.stdout


def test_run_on_a_missing_program_is_an_input_error_without_traceback(cli: Run, tmp_path: Path) -> None:
    out = cli("run", tmp_path / "nope.yaml", "--db", tmp_path / "x.db.json")
    assert out.returncode == 2
    assert "error" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.db.json").exists()


def test_demo_database_is_built_in_the_given_folder_only(tmp_path: Path) -> None:
    before = sorted(p.name for p in DEMO_PROGRAM.parent.iterdir())
    db_file = prepare_demo(tmp_path)
    assert db_file.parent == tmp_path
    assert sorted(p.name for p in DEMO_PROGRAM.parent.iterdir()) == before
    with Database(db_file) as db:
        assert len(db.participants()) == 26
        answered = {pid for pid, per_q in db.all_answers().items() if any(per_q.values())}
    # four people answer at the kiosk during the demo
    assert {"p07", "p12", "p17", "p24"}.isdisjoint(answered)
    assert len(answered) == 22
    assert ROOT.joinpath("sample_programs", "kickoff_demo.db.json").exists() is False

"""README's exit-status rule, per command: 2 for invalid input, 1 when an operation cannot be
done (nothing confirmed, unknown participant, read-only database, full disk), never a traceback."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from rm_tui.cli.main import main
from tests.cli.helpers import ROOT, rm_tui

PROGRAM = ROOT / "sample_programs" / "kickoff_demo.yaml"
RESPONSES = ROOT / "sample_programs" / "kickoff_demo.responses.yaml"
MISSING = "/nonexistent/no-such-program.yaml"

INVALID: dict[str, tuple[str, ...]] = {
    "validate": (MISSING,), "scores": (MISSING,), "explain": (MISSING, "p01", "p13"),
    "match": (MISSING,), "export": (MISSING, "-o", "/nonexistent/out.yaml"), "take": (MISSING,),
    "import": (MISSING, "/nonexistent/roster.csv"), "status": (MISSING,), "erase": (MISSING, "p01"),
    "kiosk": (MISSING,), "run": (MISSING,), "report": (MISSING,),
    "repair": (MISSING, "p01", "p13"), "checkin": (MISSING,),
    "synth": ("/nonexistent/out", "--mentors", "-3", "--mentees", "2"),
    "questionnaires": ("frobnicate",), "new": ("/nonexistent/dir/p.yaml", "--plain"),
}


@pytest.mark.parametrize("command", sorted(INVALID))
def test_invalid_input_is_exit_2(command: str) -> None:
    out = rm_tui(command, *INVALID[command], stdin="")
    assert out.returncode == 2, (command, out.stdout, out.stderr)
    assert "Traceback" not in out.stderr and out.stderr.strip()


@pytest.fixture
def db(tmp_path: Path, demo_db_template: Path) -> Path:
    target = tmp_path / "demo.db.json"
    shutil.copy(demo_db_template, target)
    return target


def test_operations_that_cannot_be_done_are_exit_1(db: Path, tmp_path: Path) -> None:
    nothing_confirmed = rm_tui("export", PROGRAM, "--db", db, "-o", tmp_path / "out.yaml")
    assert nothing_confirmed.returncode == 1, nothing_confirmed.stderr
    unknown = rm_tui("erase", PROGRAM, "nobody", "--db", db, "--lang", "en")
    assert unknown.returncode == 1 and "no participant 'nobody'" in unknown.stderr


def test_a_read_only_database_is_refused_for_writing(db: Path, tmp_path: Path) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text("id,name,role\nn1,Nina Roux,mentee\n")
    db.chmod(0o444)
    before = db.read_bytes()
    for args in (("import", PROGRAM, roster), ("erase", PROGRAM, "p01"), ("match", PROGRAM, "--confirm")):
        out = rm_tui(*args, "--db", db, "--lang", "en")
        assert out.returncode == 1, (args, out.stderr)
        assert "the database file is read-only; nothing was saved" in out.stderr
        assert "Traceback" not in out.stderr
    assert db.read_bytes() == before
    assert rm_tui("status", PROGRAM, "--db", db).returncode == 0  # reading is fine


def _full_disk(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("args", [
    ("import", str(RESPONSES)), ("erase", "p01"), ("match", "--confirm"),
])
def test_a_full_disk_is_exit_1(db: Path, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    if args[0] == "import":  # something new to write
        db.unlink()
    before = db.read_bytes() if db.exists() else None
    monkeypatch.setattr(os, "replace", _full_disk)
    status = main([args[0], str(PROGRAM), *args[1:], "--db", str(db), "--lang", "en"])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert status == 1, err
    assert "No space left on device" in err and "free some disk space" in err
    assert (db.read_bytes() if db.exists() else None) == before


def test_a_full_disk_while_exporting_is_exit_1(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["match", str(PROGRAM), "--confirm", "--db", str(db)]) == 0
    monkeypatch.setattr(os, "replace", _full_disk)
    status = main(["export", str(PROGRAM), "--db", str(db), "-o", str(tmp_path / "out.yaml")])
    monkeypatch.undo()
    assert status == 1
    assert "No space left on device" in capsys.readouterr().err
    assert not (tmp_path / "out.yaml").exists()


def test_exports_are_private_whatever_the_umask(db: Path, tmp_path: Path) -> None:
    assert rm_tui("match", PROGRAM, "--confirm", "--db", db).returncode == 0
    out = tmp_path / "pairs.yaml"
    old = os.umask(0o002)
    try:
        assert rm_tui("export", PROGRAM, "--db", db, "-o", out, "--include-answers").returncode == 0
        assert out.stat().st_mode & 0o777 == 0o600
        out.chmod(0o644)  # an older export, group-readable: replaced by a private one
        assert rm_tui("export", PROGRAM, "--db", db, "-o", out).returncode == 0
        assert out.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)

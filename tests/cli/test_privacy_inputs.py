"""Messy input files as an operator brings them: Windows rosters, FIFOs, devices, directories."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.helpers import ROOT, rm_tui

PROGRAM = ROOT / "sample_programs" / "kickoff_demo.yaml"


def test_windows_1252_roster_is_read_right_and_unknown_columns_are_warned(tmp_path: Path) -> None:
    roster = tmp_path / "excel.csv"
    roster.write_bytes(("Identifiant;Nom;Rôle;Équipe;Date d’entrée;Téléphone\n"
                        "w1;Zoé Lœvenbruck;mentor;Cœur de métier… data;03/02/2019;0601020304\n"
                        ).encode("cp1252"))
    db = tmp_path / "x.db.json"
    out = rm_tui("import", PROGRAM, roster, "--db", db, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert f"read {roster} as windows-1252" in out.stdout and "1 added" in out.stdout
    assert "column 'Téléphone' is not a roster column and is not imported" in out.stderr
    stored = json.loads(db.read_text(encoding="utf-8"))["participants"]["1"]
    assert stored["name"] == "Zoé Lœvenbruck" and stored["team"] == "Cœur de métier… data"
    assert stored["start_date"] == "2019-02-03"
    assert "0601020304" not in db.read_text(encoding="utf-8")
    checked = rm_tui("validate", roster)
    assert checked.returncode == 0 and "read as windows-1252" in checked.stderr
    assert f"{roster}:1: warning: column 'Téléphone' is not a roster column" in checked.stderr
    assert rm_tui("validate", roster, "--strict").returncode == 2


def test_encoding_can_be_forced_and_a_wrong_one_is_exit_2(tmp_path: Path) -> None:
    roster = tmp_path / "excel.csv"
    roster.write_bytes("id,name,role\nw1,Zoé Lœvenbruck,mentor\n".encode("cp1252"))
    db = tmp_path / "x.db.json"
    wrong = rm_tui("import", PROGRAM, roster, "--db", db, "--encoding", "utf-8", "--lang", "en")
    assert wrong.returncode == 2 and f"{roster}:2: error: not valid utf-8" in wrong.stderr
    assert not db.exists()
    unknown = rm_tui("import", PROGRAM, roster, "--db", db, "--encoding", "klingon")
    assert unknown.returncode == 2 and "unknown encoding 'klingon'" in unknown.stderr
    forced = rm_tui("import", PROGRAM, roster, "--db", db, "--encoding", "latin1", "--lang", "en")
    assert forced.returncode == 0 and "as latin-1" in forced.stdout


def _special(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "in.csv"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "loop":
        path.symlink_to(path)
    else:
        return Path("/dev/zero")
    return path


@pytest.mark.parametrize(("kind", "reason"), [
    ("fifo", "is a named pipe (FIFO)"), ("directory", "is a directory"),
    ("loop", "is a symbolic link loop"), ("device", "is a device"),
])
def test_import_and_validate_refuse_special_files(tmp_path: Path, kind: str, reason: str) -> None:
    path = _special(kind, tmp_path)
    for args in (("import", PROGRAM, path, "--db", tmp_path / "x.db.json", "--lang", "en"), ("validate", path),
                 ("validate", PROGRAM, path.with_suffix(".yaml") if kind != "device" else path)):
        if kind != "device" and args[0] == "validate" and len(args) == 3:
            target = args[2]
            if kind == "fifo":
                os.mkfifo(target)
            elif kind == "directory":
                target.mkdir()
            else:
                target.symlink_to(target)
        out = rm_tui(*args)  # a FIFO would block forever: the helper has a 60 s timeout
        assert out.returncode == 2, (args, out.stderr)
        assert reason in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.db.json").exists()


def test_inline_roster_emails_and_languages_are_checked(tmp_path: Path) -> None:
    program = tmp_path / "p.yaml"
    text = PROGRAM.read_text(encoding="utf-8").replace(
        "questionnaires_dir: ../questionnaires", f"questionnaires_dir: {ROOT / 'questionnaires'}")
    program.write_text(text, encoding="utf-8")
    out = rm_tui("validate", program)
    assert out.returncode == 0, out.stderr
    bad = text.replace("email: camille.martin@example.com", "email: " + "9" * 400, 1)
    program.write_text(bad.replace("languages: [fr, en]}", "languages: [fr, '12345']}", 1),
                       encoding="utf-8")
    out = rm_tui("validate", program)
    assert out.returncode == 2, out.stderr
    assert "email '99999" in out.stderr and "is not an email address" in out.stderr
    assert "language '12345' is not a language code" in out.stderr


@pytest.mark.parametrize(("kind", "reason"), [
    ("fifo", "is not a regular file (a FIFO or device?)"), ("directory", "is a directory"),
    ("device", "is not a regular file (a FIFO or device?)"),
])
def test_a_database_path_that_is_not_a_file_is_refused(tmp_path: Path, kind: str, reason: str) -> None:
    db = _special(kind, tmp_path)
    for args in (("status", PROGRAM), ("import", PROGRAM, ROOT / "sample_programs" / "kickoff_demo.responses.yaml")):
        out = rm_tui(*args, "--db", db, "--lang", "en")  # a FIFO would block forever, /dev/zero fill memory
        assert out.returncode == 2, (args, out.stderr)
        assert reason in out.stderr and "Traceback" not in out.stderr

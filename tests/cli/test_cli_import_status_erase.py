"""`rm-tui import`, `status` and `erase` as a user runs them (subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "sample_programs" / "kickoff_demo.yaml"
RESPONSES = ROOT / "sample_programs" / "kickoff_demo.responses.yaml"


def rm_tui(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "rm_tui", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kickoff.db.json"


def status(db: Path) -> dict:
    out = rm_tui("status", PROGRAM, "--db", db, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_help_for_each_command() -> None:
    for command in ("import", "status", "erase"):
        out = rm_tui(command, "--help")
        assert out.returncode == 0 and "--db" in out.stdout


def test_roster_import_reimport_and_status(tmp_path: Path, db: Path) -> None:
    roster = tmp_path / "new.csv"
    roster.write_text("Identifiant;Nom;Rôle;Responsable\nn1;Nina Roux;mentoré;p13\nn2;Omar Sy;mentor;\n",
                      encoding="latin-1")
    first = rm_tui("import", PROGRAM, roster, "--db", db, "--lang", "en")
    assert first.returncode == 0, first.stderr
    assert "2 added, 0 updated, 0 skipped" in first.stdout
    roster.write_text("Identifiant;Nom;Rôle;Responsable\nn1;Nina Roux-Blanc;mentoré;p13\nn2;Omar Sy;mentor;\n",
                      encoding="latin-1")
    again = rm_tui("import", PROGRAM, roster, "--db", db, "--lang", "en")
    assert "0 added, 1 updated, 1 skipped" in again.stdout
    report = status(db)
    assert report["participants"] == {"mentor": 13, "mentee": 15, "excluded": 0}
    names = {p["id"]: p["name"] for p in report["not_finished"]}
    assert names["n1"] == "Nina Roux-Blanc"


def test_invalid_rows_write_nothing(tmp_path: Path, db: Path) -> None:
    roster = tmp_path / "bad.csv"
    roster.write_text("id,name,role\nn1,Ok Person,mentor\nn2,,mentor\nn3,Bad Role,boss\n")
    out = rm_tui("import", PROGRAM, roster, "--db", db, "--lang", "en")
    assert out.returncode == 2
    assert f"{roster}:3: error:" in out.stderr and f"{roster}:4: error:" in out.stderr
    assert "Traceback" not in out.stderr
    assert not db.exists()


def test_responses_yaml_and_csv_import(tmp_path: Path, db: Path) -> None:
    before = status(db)
    assert not db.exists()  # looking does not create a database
    assert before["questionnaires"]["learner_profile"]["complete"] == 0
    assert "22 added" in rm_tui("import", PROGRAM, RESPONSES, "--db", db, "--lang", "en").stdout
    assert "0 added, 0 updated, 22 skipped" in rm_tui("import", PROGRAM, RESPONSES, "--db", db, "--lang", "en").stdout
    after = status(db)
    assert after["questionnaires"]["learner_profile"]["complete"] > 0
    answers = tmp_path / "late.csv"
    answers.write_text("id,learner_profile.ce1,expectations.hopes\np07,5,Voir la stratégie\np01,2,\n")
    out = rm_tui("import", PROGRAM, answers, "--db", db, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "1 added, 1 updated, 0 skipped" in out.stdout


def test_erase_leaves_no_trace_of_name_or_email(tmp_path: Path, db: Path) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text("id,name,email,role\nz1,Zélie Quenneville,zelie.q@example.com,mentor\n")
    rm_tui("import", PROGRAM, roster, "--db", db)
    answers = tmp_path / "a.csv"
    answers.write_text("id,expectations.hopes,expectations.would_like\n"
                       "z1,Moi Zélie Quenneville,p13\np13,J'aimerais Zélie Quenneville,z1\n")
    assert rm_tui("import", PROGRAM, answers, "--db", db).returncode == 0
    out = rm_tui("erase", PROGRAM, "z1", "--db", db)
    assert out.returncode == 0, out.stderr
    for path in (db, db.with_name(db.name + ".bak")):
        raw = path.read_text(encoding="utf-8").lower()
        assert "quenneville" not in raw and "zelie.q@" not in raw and '"z1"' not in raw
    assert "erased-1" in db.read_text()
    again = rm_tui("erase", PROGRAM, "z1", "--db", db, "--lang", "en")
    assert again.returncode == 1 and "'z1' was already erased" in again.stderr
    missing = rm_tui("erase", PROGRAM, "nobody", "--db", db, "--lang", "en")
    assert missing.returncode == 1 and "no participant 'nobody'" in missing.stderr
    french = rm_tui("erase", PROGRAM, "z1", "--db", db)
    assert french.returncode == 1 and "le participant 'z1' a déjà été effacé" in french.stderr


def test_unusable_database_is_a_clear_error_and_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db.json"
    bad.write_bytes(b'{"_default": {}}')
    for args in (("status", PROGRAM), ("import", PROGRAM, RESPONSES), ("erase", PROGRAM, "p01")):
        out = rm_tui(*args, "--db", bad, "--lang", "en")
        assert out.returncode == 2, (args, out.stderr)
        assert f"{bad}: not an rm-tui database" in out.stderr and "Traceback" not in out.stderr
    assert bad.read_bytes() == b'{"_default": {}}'


def test_erase_dry_run_then_erase_lists_counts_never_values(tmp_path: Path, db: Path) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text("id,name,email,role\nz1,Camille Quenneville,cq@example.com,mentor\n")
    assert rm_tui("import", PROGRAM, roster, "--db", db).returncode == 0
    answers = tmp_path / "a.csv"
    answers.write_text("id,expectations.hopes\n"
                       "p13,\"Binôme avec QUENNEVILLE Camille ou Quenneville C.; camille.q@perso.example\"\n")
    assert rm_tui("import", PROGRAM, answers, "--db", db).returncode == 0
    before = db.read_bytes()
    dry = rm_tui("erase", PROGRAM, "z1", "--db", db, "--lang", "en", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would erase z1" in dry.stdout and "nothing was changed" in dry.stdout
    assert db.read_bytes() == before
    out = rm_tui("erase", PROGRAM, "z1", "--db", db, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "1 email address, 1 full name, 1 name with an initial" in out.stdout
    assert "1 from participants" in out.stdout
    assert "quenneville" not in (out.stdout + out.stderr).lower()
    assert "quenneville" not in db.read_text(encoding="utf-8").lower()
    again = rm_tui("import", PROGRAM, roster, "--db", db, "--lang", "en")  # the roster still lists them
    assert again.returncode == 0 and "1 erased participant(s)" in again.stderr
    assert "quenneville" not in db.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize("damage", ["participants-list", "plan-without-kind"])
def test_wrong_typed_database_is_exit_2_for_every_command(tmp_path: Path, db: Path, damage: str) -> None:
    assert rm_tui("import", PROGRAM, RESPONSES, "--db", db).returncode == 0
    data = json.loads(db.read_text(encoding="utf-8"))
    if damage == "participants-list":
        data["participants"] = [{"id": "p01"}]
    else:
        data["plans"] = {"1": {"plan": {"pairs": []}, "created": "x"}}
    db.write_text(json.dumps(data), encoding="utf-8")
    raw = db.read_bytes()
    for args in (("status", PROGRAM), ("import", PROGRAM, RESPONSES), ("erase", PROGRAM, "p01"),
                 ("export", PROGRAM, "-o", tmp_path / "out.yaml"), ("match", PROGRAM),
                 ("report", PROGRAM)):
        out = rm_tui(*args, "--db", db, "--lang", "en")
        assert out.returncode == 2, (args, out.stderr)
        assert "does not have the expected structure" in out.stderr, (args, out.stderr)
        assert "Traceback" not in out.stderr
    assert db.read_bytes() == raw

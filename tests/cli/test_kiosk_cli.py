"""`rm-tui kiosk`: refuses bad input with exit 2 and a clear message, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "tests" / "fixtures" / "kiosk" / "program.yaml"


def run(*args: str, pin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RM_TUI_PIN"}
    env["PYTHONPATH"] = str(ROOT)
    if pin is not None:
        env["RM_TUI_PIN"] = pin
    return subprocess.run([sys.executable, "-m", "rm_tui", "kiosk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)


def test_help_names_the_pin_and_the_facilitator_key() -> None:
    out = run("--help")
    assert out.returncode == 0
    assert "RM_TUI_PIN" in out.stdout and "F12" in out.stdout


def test_without_a_terminal_or_a_pin_it_refuses_clearly(tmp_path: Path) -> None:
    out = run(str(PROGRAM), "--db", str(tmp_path / "k.db.json"))
    assert out.returncode == 2
    assert "RM_TUI_PIN" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "k.db.json").exists()


def test_a_too_short_pin_is_refused(tmp_path: Path) -> None:
    out = run(str(PROGRAM), "--db", str(tmp_path / "k.db.json"), "--lang", "en", pin="12")
    assert out.returncode == 2 and "at least 4" in out.stderr


def test_a_broken_program_is_reported_with_its_location(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nname: y\nquestionnaires: {mentor: [nope]}\nroster: []\n", encoding="utf-8")
    out = run(str(bad), "--db", str(tmp_path / "k.db.json"), pin="2468")
    assert out.returncode == 2
    assert f"{bad}:" in out.stderr and "Traceback" not in out.stderr


def test_a_database_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "k.db.json"
    db.write_text("not json at all", encoding="utf-8")
    out = run(str(PROGRAM), "--db", str(db), pin="2468")
    assert out.returncode == 2 and "Traceback" not in out.stderr

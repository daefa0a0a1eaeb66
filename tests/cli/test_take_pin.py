"""`rm-tui take` reopens sealed answers only with the kiosk PIN, read as the kiosk reads it
(`--pin-file`, else $RM_TUI_PIN) and typed by the facilitator when asked; a real terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rm_tui.storage.database import Database
from tests.cli.kiosk_terminal import KioskTerminal
from tests.cli.test_take import EXPECTED, PROGRAM

ROOT = Path(__file__).resolve().parents[2]
PIN = "2468"


@pytest.fixture()
def sealed_db(tmp_path: Path) -> Path:
    """Camille Martin (p01) answered everything and submitted."""
    path = tmp_path / "take.db.json"
    with Database(path) as db:
        for qid, values in EXPECTED.items():
            db.save_answers("p01", qid, values)
            db.mark_submitted("p01", qid)
    return path


def pin_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "pin"
    path.write_text(text)
    path.chmod(mode)
    return path


def take_in_terminal(db: Path, *options: str, pin_in_env: bool = False) -> KioskTerminal:
    command = ["take", str(PROGRAM), "--db", str(db), "--participant", "p01", "--lang", "en",
               *options]
    return KioskTerminal(db, command=command, unset=() if pin_in_env else ("RM_TUI_PIN",))


def take(*args: str | Path, env_pin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RM_TUI_PIN"}
    env["PYTHONPATH"] = str(ROOT)
    if env_pin is not None:
        env["RM_TUI_PIN"] = env_pin
    return subprocess.run([sys.executable, "-m", "rm_tui", "take", *map(str, args)], cwd=ROOT,
                          env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=60)


def test_the_pin_file_is_asked_for_as_the_kiosk_does_and_reopens(tmp_path: Path, sealed_db: Path) -> None:
    terminal = take_in_terminal(sealed_db, "--pin-file", str(pin_file(tmp_path, PIN + "\n")))
    try:
        start = terminal.wait_for("your answers are in")
        start = terminal.wait_for("Facilitator PIN", start)
        terminal.send(PIN + "\r")
        start = terminal.wait_for("curious", start)  # the review: reopened
        terminal.wait_for("What now?", start)
        terminal.send("\x03")  # Ctrl+C: stop there
        assert terminal.wait_exit() == 130
        assert PIN not in terminal.text()  # typed hidden
    finally:
        terminal.kill()


def test_three_wrong_pins_end_with_status_1_and_show_nothing(tmp_path: Path, sealed_db: Path) -> None:
    terminal = take_in_terminal(sealed_db, pin_in_env=True)  # $RM_TUI_PIN, as for the kiosk
    try:
        start = terminal.wait_for("Facilitator PIN")
        for _ in range(3):
            terminal.send("1111\r")
            start = terminal.wait_for("Wrong PIN", start)
        assert terminal.wait_exit() == 1
        assert "curious" not in terminal.text()
    finally:
        terminal.kill()
    with Database(sealed_db) as db:
        assert db.answers("p01") == EXPECTED


def test_without_a_pin_to_check_sealed_answers_stay_closed(sealed_db: Path) -> None:
    terminal = take_in_terminal(sealed_db)
    try:
        terminal.wait_for("ask the facilitator")
        assert terminal.wait_exit() == 0
        text = terminal.text()
        assert "--pin-file" in text and "Facilitator PIN" not in text and "curious" not in text
    finally:
        terminal.kill()


def test_a_pin_file_others_can_read_is_refused_before_anything(tmp_path: Path, sealed_db: Path) -> None:
    out = take(PROGRAM, "--db", sealed_db, "--participant", "p01",
               "--pin-file", pin_file(tmp_path, PIN + "\n", 0o644))
    assert out.returncode == 2 and "can be read by other users (mode 0644)" in out.stderr
    assert "Traceback" not in out.stderr and PIN not in out.stderr + out.stdout


def test_a_short_pin_is_refused_from_the_file_and_from_the_environment(tmp_path: Path) -> None:
    out = take(PROGRAM, "--pin-file", pin_file(tmp_path, "12\n"))
    assert out.returncode == 2 and "at least 4" in out.stderr
    out = take(PROGRAM, env_pin="12")
    assert out.returncode == 2 and "at least 4" in out.stderr


def test_without_a_terminal_take_still_refuses_with_a_good_pin(tmp_path: Path) -> None:
    out = take(PROGRAM, "--pin-file", pin_file(tmp_path, PIN + "\n"))
    assert out.returncode == 2 and "interactive terminal" in out.stderr


def test_help_shows_the_pin_file() -> None:
    out = take("--help")
    assert out.returncode == 0 and "--pin-file" in out.stdout and "RM_TUI_PIN" in out.stdout

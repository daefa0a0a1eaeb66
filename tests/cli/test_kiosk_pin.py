"""The kiosk PIN from `--pin-file` (owner-only), the environment, or a prompt; never argv."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rm_tui.cli.kiosk_pin import read_pin
from rm_tui.core.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "tests" / "fixtures" / "kiosk" / "program.yaml"


def kiosk(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RM_TUI_PIN"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "rm_tui", "kiosk", *map(str, args)], cwd=ROOT,
                          env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)


def test_a_pin_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    pin = tmp_path / "pin"
    pin.write_text("4821\n")
    pin.chmod(0o644)
    out = kiosk(PROGRAM, "--db", tmp_path / "k.db.json", "--pin-file", pin, "--lang", "en")
    assert out.returncode == 2 and "can be read by other users (mode 0644)" in out.stderr
    assert "chmod 600" in out.stderr and "Traceback" not in out.stderr
    assert "4821" not in out.stderr + out.stdout
    assert not (tmp_path / "k.db.json").exists()


def test_a_private_pin_file_is_read_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pin = tmp_path / "pin"
    pin.write_text("12\n")
    pin.chmod(0o600)
    out = kiosk(PROGRAM, "--db", tmp_path / "k.db.json", "--pin-file", pin, "--lang", "en")
    assert out.returncode == 2 and "at least 4" in out.stderr  # the file's PIN was used
    pin.write_text(" 4821 \nsecond line ignored\n")
    monkeypatch.setenv("RM_TUI_PIN", "9999")
    assert read_pin(pin) == "4821"  # the file wins over the environment
    assert read_pin() == "9999"


def test_a_pin_file_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pin"
    os.mkfifo(fifo, 0o600)
    with pytest.raises(InputError, match="named pipe"):
        read_pin(fifo)
    with pytest.raises(InputError, match="file not found"):
        read_pin(tmp_path / "missing")


def test_help_shows_the_pin_file() -> None:
    out = kiosk("--help")
    assert out.returncode == 0 and "--pin-file" in out.stdout

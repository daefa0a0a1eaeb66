"""`rm-tui kiosk` in a real pseudo-terminal: what a participant sees, keys as a terminal sends
them. Waits are on what appears on screen (with a generous ceiling), never on fixed sleeps."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "tests" / "fixtures" / "kiosk" / "program.yaml"
PIN = "2468"
F12 = "\x1b[24~"
ALT_SCREEN = b"\x1b[?1049h"  # a Textual app starting
ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")


class KioskTerminal:
    def __init__(self, db: Path, env: dict[str, str] | None = None, size: tuple[int, int] = (80, 24),
                 command: list[str] | None = None, unset: tuple[str, ...] = ()) -> None:
        """`rm-tui kiosk` on the kiosk fixture, or `command` (arguments after `rm-tui`);
        `unset`: environment variables it must not see (RM_TUI_PIN is set otherwise)."""
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        full_env = {**os.environ, "PYTHONPATH": str(ROOT), "RM_TUI_PIN": PIN, "TERM": "xterm-256color",
                    **(env or {})}
        for name in unset:
            full_env.pop(name, None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "rm_tui",
             *(command or ["kiosk", str(PROGRAM), "--db", str(db)])],
            stdin=slave, stdout=slave, stderr=slave, env=full_env, cwd=ROOT, start_new_session=True,
        )
        os.close(slave)
        self.master = master
        self.raw = bytearray()
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                data = b""
            with self._changed:
                if not data:
                    self._changed.notify_all()
                    return
                self.raw += data
                self._changed.notify_all()

    def text(self, start: int = 0) -> str:
        return ANSI.sub("", bytes(self.raw[start:]).decode("utf-8", "replace"))

    def wait_for(self, needle: str, start: int = 0, timeout: float = 60) -> int:
        """Wait until `needle` is on screen (after byte `start`); returns the bytes read so far."""
        with self._changed:
            ok = self._changed.wait_for(
                lambda: needle in self.text(start).replace("\n", "") or not self._reader.is_alive(),
                timeout=timeout)
        assert ok and needle in self.text(start), f"{needle!r} never appeared:\n{self.text(start)[-2000:]}"
        return len(self.raw)

    def wait_for_ui(self, number: int, needle: str, timeout: float = 60) -> int:
        """Wait until the `number`-th UI (counted by its entering the alternate screen) shows
        `needle`; returns the bytes read so far."""
        def shown() -> bool:
            parts = bytes(self.raw).split(ALT_SCREEN)
            return len(parts) > number and needle in ANSI.sub("", parts[number].decode("utf-8", "replace"))

        with self._changed:
            ok = self._changed.wait_for(lambda: shown() or not self._reader.is_alive(), timeout=timeout)
        assert ok and shown(), f"UI {number} never showed {needle!r}:\n{self.text()[-2000:]}"
        return len(self.raw)

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def wait_exit(self, timeout: float = 60) -> int:
        status = self.process.wait(timeout=timeout)
        self._reader.join(timeout=5)
        os.close(self.master)
        return status

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

"""Key bursts through a real terminal (tmux): a character and Enter in one write on a free-text
question, then random key mashing; the kiosk must still be there and exit only with the PIN.

Prints how long each stage took and what the supervisor's log recorded (UI restarts).

    python benchmarks/bench_kiosk_tmux_burst.py            # 2,000 mashed keys
    python benchmarks/bench_kiosk_tmux_burst.py --quick    # 200
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rm_tui.cli.kiosk_supervisor import log_path  # noqa: E402
from rm_tui.storage import Database  # noqa: E402
from tests.cli.kiosk_terminal import PIN, PROGRAM  # noqa: E402
from tests.pilot.kiosk.test_kiosk_flow import NOAH_ANSWERS  # noqa: E402

SESSION = "rm-tui-kiosk-burst"
MASH = list("abcxyz0123456789,./ ") + ["Enter", "Tab", "BTab", "Up", "Down", "Left", "Right",
                                         "PageUp", "PageDown", "BSpace", "C-c", "C-q"]


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION)


def wait_for(*texts: str, timeout: float = 60) -> float:
    """Seconds until one of `texts` is on the screen."""
    start = time.perf_counter()
    while not any(text in screen() for text in texts):
        if time.perf_counter() - start > timeout:
            raise SystemExit(f"never saw {' or '.join(map(repr, texts))}:\n{screen()}")
        time.sleep(0.05)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 mashed keys instead of 2,000")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        raise SystemExit("tmux is not installed")
    mashed = 200 if args.quick else 2_000
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "burst.db.json"
        with Database(db) as database:
            for qid, values in NOAH_ANSWERS.items():
                database.save_answers("p04", qid, {k: v for k, v in values.items() if k != "note"})
        env = f"PYTHONPATH={ROOT} RM_TUI_PIN={PIN}"
        command = f"env {env} {sys.executable} -m rm_tui kiosk {PROGRAM} --db {db}; echo EXIT=$?; sleep 600"
        tmux("kill-session", "-t", SESSION)
        tmux("new", "-d", "-s", SESSION, "-x", "80", "-y", "24", command)
        try:
            print(f"welcome shown after {wait_for('Bienvenue'):.2f} s")
            tmux("send-keys", "-t", SESSION, "Enter")
            wait_for("Qui êtes-vous")
            tmux("send-keys", "-t", SESSION, "-l", "noah")
            tmux("send-keys", "-t", SESSION, "Enter")
            wait_for("Êtes-vous bien")
            tmux("send-keys", "-t", SESSION, "Enter")
            wait_for("Un mot pour")
            tmux("send-keys", "-t", SESSION, "x", "Enter")  # one write: "x\r"
            print(f"'x' + Enter in one write: review after {wait_for('Relisez'):.2f} s")
            rng = random.Random(7)
            sent = 0
            start = time.perf_counter()
            while sent < mashed:
                keys = [rng.choice(MASH) for _ in range(rng.randint(1, 12))]
                tmux("send-keys", "-t", SESSION, *keys)
                sent += len(keys)
            print(f"mashed {sent} keys in bursts in {time.perf_counter() - start:.2f} s")
            time.sleep(1)  # let the mashed keys drain before the facilitator's key
            tmux("send-keys", "-t", SESSION, "F12")
            wait_for("Animateur", "Facilitator")  # the mashed keys may have switched language
            tmux("send-keys", "-t", SESSION, "-l", PIN)
            tmux("send-keys", "-t", SESSION, "Enter")
            wait_for("EXIT=")
            status = screen().split("EXIT=")[1].split()[0]
            log = log_path(db).read_text(encoding="utf-8") if log_path(db).exists() else ""
            with Database(db) as database:
                note = database.answers("p04")["about"].get("note")
            print(f"exit status {status} (0 = left with the PIN); UI restarts in the log: "
                  f"{log.count('restarting')}; stored note: {note!r}")
        finally:
            tmux("kill-session", "-t", SESSION)
    os.environ.pop("RM_TUI_PIN", None)


if __name__ == "__main__":
    main()

"""`rm-tui kiosk` keeps its UI alive: the UI runs in a child process, and whatever ends it other
than the facilitator's F12 + PIN brings a fresh one back on Welcome.

The supervisor (the process the facilitator started) never draws anything: it waits for the
child, writes what happened to a log file next to the database, and starts the child again
after RESTART_DELAY. Only a child ending with status 0 (the PIN exit) ends the kiosk with 0.
The child's errors go to the log, never to the screen participants see (see `run_child`).

Test hook (documented in the README's kiosk section, for tests only): when the environment
variable named by CRASH_ONCE_ENV holds the path of an existing file, the UI deletes that file
and raises at the first key it receives, once, so a test can watch a crash and a restart.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

CHILD_FLAG = "--ui-child"
RESTART_DELAY = 0.5  # seconds; a crashed UI is back on Welcome well within 2 s
FAST_FAILURE = 5.0  # a child that ends sooner than this never really ran
MAX_FAST_FAILURES = 20  # in a row: the kiosk cannot start at all (say so, end non-zero)


def log_path(db: Path) -> Path:
    """`<db>.kiosk.log` next to the database: the facilitator finds it where their data is."""
    return db.with_name(f"{db.name}.kiosk.log")


def open_log(path: Path) -> TextIO:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)  # may hold names
    return os.fdopen(fd, "a", encoding="utf-8", buffering=1)


def stamp() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def supervise(child_argv: Sequence[str], db: Path, env: dict[str, str]) -> int:
    """Run the UI until the facilitator leaves with the PIN (0); any other end is non-zero."""
    path = log_path(db)
    stopping: list[int] = []

    def stop(signum: int, _frame: object) -> None:
        stopping.append(signum)

    # Ctrl+C, Ctrl+\ and Ctrl+Z between two UIs must not end or suspend the kiosk either;
    # a TERM or a closed terminal (HUP) does end it, with a non-zero status
    for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP):
        signal.signal(sig, signal.SIG_IGN)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)
    fast_failures = 0
    with open_log(path) as log:
        while True:
            started = time.monotonic()
            log.write(f"{stamp()} kiosk UI started\n")
            child = subprocess.Popen(list(child_argv), env=env)
            status = wait_child(child, stopping)
            if status == 0:
                log.write(f"{stamp()} kiosk closed by the facilitator\n")
                return 0
            if stopping:
                log.write(f"{stamp()} kiosk stopped by signal {stopping[0]}\n")
                return 128 + stopping[0]
            log.write(f"{stamp()} kiosk UI ended with status {status}; restarting on Welcome\n")
            fast_failures = fast_failures + 1 if time.monotonic() - started < FAST_FAILURE else 0
            if fast_failures >= MAX_FAST_FAILURES:
                log.write(f"{stamp()} the kiosk UI keeps failing at start; giving up\n")
                sys.stderr.write(f"rm-tui kiosk: the kiosk cannot start; see {path}\n")
                return 1
            time.sleep(RESTART_DELAY)


def wait_child(child: subprocess.Popen[bytes], stopping: list[int]) -> int:
    while True:
        try:
            status = child.wait(timeout=0.5)
            return status if status >= 0 else 128 - status  # killed by a signal: non-zero
        except subprocess.TimeoutExpired:
            if stopping:
                child.terminate()
                try:
                    child.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    child.kill()
                return 128 + stopping[0]


def run_child(db: Path, make_app: Callable[[], object]) -> int:
    """In the UI process: errors go to the log file, not to the participants' screen.

    Textual draws on the real stderr (`sys.__stderr__`) and prints a crash report on
    `sys.stderr` once it has left the screen, so pointing `sys.stderr` at the log keeps the
    report for the facilitator and away from the next participant."""
    from rm_tui.tui.kiosk import KioskApp

    log = open_log(log_path(db))
    sys.stderr = log
    try:
        app = make_app()
        assert isinstance(app, KioskApp)
        app.crash_log = log
        app.run()
        return app.return_code or 0
    except Exception:
        log.write(f"{stamp()} kiosk UI failed:\n{traceback.format_exc()}")
        return 1
    finally:
        log.flush()

"""`rm-tui kiosk` supervises its UI: a crash brings Welcome back, only F12 + PIN ends it (0)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from rm_tui.cli.kiosk_supervisor import log_path
from tests.cli.kiosk_terminal import F12, PIN, ROOT, KioskTerminal

CRASH_HOOK = ROOT / "tests" / "hooks" / "crash_once"  # its sitecustomize crashes the UI once


def test_a_crashed_ui_comes_back_on_welcome_and_only_the_pin_ends_the_kiosk(tmp_path: Path) -> None:
    db = tmp_path / "k.db.json"
    flag = tmp_path / "crash-once"
    flag.write_text("", encoding="utf-8")
    kiosk = KioskTerminal(db, env={"RM_TUI_TEST_CRASH_ONCE": str(flag),
                                   "PYTHONPATH": os.pathsep.join([str(ROOT), str(CRASH_HOOK)])})
    try:
        kiosk.wait_for_ui(1, "Bienvenue")
        kiosk.send("x")  # the UI crashes on this key...
        seen = kiosk.wait_for_ui(2, "Bienvenue")  # ...and a new one shows Welcome
        assert not flag.exists()
        log = log_path(db).read_text(encoding="utf-8")
        assert "RuntimeError: test crash" in log and "restarting on Welcome" in log
        kiosk.send("\x03")  # Ctrl+C does nothing
        kiosk.send(F12)
        seen = kiosk.wait_for("PIN", start=seen)
        kiosk.send(PIN + "\r")
        assert kiosk.wait_exit() == 0
    finally:
        kiosk.kill()
    assert "Traceback" not in kiosk.text() and "RuntimeError" not in kiosk.text()
    assert "closed by the facilitator" in log_path(db).read_text(encoding="utf-8")
    assert os.stat(log_path(db)).st_mode & 0o077 == 0


def test_any_other_end_is_non_zero(tmp_path: Path) -> None:
    db = tmp_path / "k.db.json"
    kiosk = KioskTerminal(db)
    try:
        kiosk.wait_for_ui(1, "Bienvenue")
        kiosk.process.send_signal(signal.SIGTERM)
        assert kiosk.wait_exit() != 0
    finally:
        kiosk.kill()


def test_a_character_and_enter_in_one_read_through_a_real_terminal(tmp_path: Path) -> None:
    """What a paste ending in a newline or a laggy link sends: "x\\r" in one read."""
    from rm_tui.storage import Database
    from tests.pilot.kiosk.test_kiosk_flow import NOAH_ANSWERS

    db = tmp_path / "k.db.json"
    answers = {q: {k: v for k, v in a.items() if k != "note"} for q, a in NOAH_ANSWERS.items()}
    with Database(db) as database:
        for qid, values in answers.items():
            database.save_answers("p04", qid, values)
    kiosk = KioskTerminal(db)
    try:
        seen = kiosk.wait_for_ui(1, "Bienvenue")
        kiosk.send("\r")
        seen = kiosk.wait_for("Qui êtes-vous", start=seen)
        kiosk.send("noah\r")
        seen = kiosk.wait_for("Êtes-vous bien", start=seen)
        kiosk.send("\r")
        seen = kiosk.wait_for("Un mot pour", start=seen)  # the free-text question
        kiosk.send("x\r")
        seen = kiosk.wait_for("Relisez", start=seen)
        kiosk.send(F12)
        seen = kiosk.wait_for("PIN", start=seen)
        kiosk.send(PIN + "\r")
        assert kiosk.wait_exit() == 0
    finally:
        kiosk.kill()
    with Database(db) as database:
        assert database.answers("p04")["about"]["note"] == "x"

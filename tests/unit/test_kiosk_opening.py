"""The kiosk's database opening (rm_tui/tui/kiosk/opening.py): opened on a thread, waited for
by whoever needs it, closed only if it was opened, and a file that cannot be opened reported."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from rm_tui.core.errors import StorageError
from rm_tui.storage import Database
from rm_tui.tui.kiosk.opening import DatabaseOpening


def test_get_opens_on_a_thread_and_returns_the_database(tmp_path: Path) -> None:
    path = tmp_path / "k.db.json"
    opening = DatabaseOpening(path)
    assert not path.exists()  # nothing read or created before start()
    db = opening.get()
    assert isinstance(db, Database) and path.exists()
    assert opening.get() is db  # opened once
    opening.close()


def test_close_waits_for_an_opening_under_way_and_never_opens(tmp_path: Path) -> None:
    unopened = DatabaseOpening(tmp_path / "never.db.json")
    unopened.close()
    assert not (tmp_path / "never.db.json").exists()
    with pytest.raises(RuntimeError):
        unopened.get()  # closed before it was needed: refused, not a hang
    opening = DatabaseOpening(tmp_path / "k.db.json")
    opening.start()
    opening.close()  # the thread had finished or is waited for; the file is consistent
    with Database(tmp_path / "k.db.json") as db:
        assert db.participants() == []


def test_a_file_that_cannot_be_opened_is_reported_and_raised_where_needed(tmp_path: Path) -> None:
    path = tmp_path / "bad.db.json"
    path.write_text("{ not json", encoding="utf-8")
    seen: list[BaseException] = []
    reported = threading.Event()

    def on_error(exc: BaseException) -> None:
        seen.append(exc)
        reported.set()

    opening = DatabaseOpening(path, on_error)
    opening.start()
    assert reported.wait(10)
    with pytest.raises(StorageError) as raised:
        opening.get()
    assert raised.value is seen[0]
    assert path.read_text(encoding="utf-8") == "{ not json"  # never damaged
    opening.close()


def test_a_program_is_summarised_now_and_read_whole_later(tmp_path: Path) -> None:
    from rm_tui.services.loaders import load_program
    from rm_tui.tui.kiosk.opening import ProgramLoading
    from tests.kiosk_support import FIXTURE

    loading = ProgramLoading(FIXTURE)
    whole = load_program(FIXTURE)
    summary = loading.summary
    assert (summary.name, summary.languages, summary.kiosk) == (whole.name, whole.languages, whole.kiosk)
    assert not summary.roster  # the roster is read later
    assert loading.get() == whole  # the same program load_program gives
    loading.close()


def test_a_program_broken_after_its_check_is_reported_not_hidden(tmp_path: Path) -> None:
    import shutil

    from rm_tui.core.errors import InputError
    from rm_tui.tui.kiosk.opening import ProgramLoading
    from tests.kiosk_support import FIXTURE

    shutil.copytree(FIXTURE.parent, tmp_path / "kiosk")
    program = tmp_path / "kiosk" / "program.yaml"
    text = program.read_text(encoding="utf-8")
    program.write_text(text.replace("role: mentor", "role: boss", 1), encoding="utf-8")
    loading = ProgramLoading(program)  # the summary (name, languages, kiosk) is still fine
    assert loading.summary.name == "Programme pilote — Kiosk"
    with pytest.raises(InputError):
        loading.get()  # the roster is not
    loading.close()

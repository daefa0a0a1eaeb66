"""The last good copies: `.bak` never shrinks without say-so, `.bak.N` rotate by time, a lost
database is refused rather than started anew, file modes, symlinked paths."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from rm_tui.atomic_file import write_atomic
from rm_tui.core.errors import OperationError
from rm_tui.core.participant import Participant
from rm_tui.storage import Database, MissingDatabaseError
from rm_tui.storage.backups import BackupPolicy, content_counts, rotated

HOUR = BackupPolicy(keep=3, interval=3600)


def _people(db: Database, n: int) -> None:
    db.upsert_participants(Participant(f"p{i}", f"Person {i}", "mentor") for i in range(n))


def _participants_in(path: Path) -> int:
    return len(json.loads(path.read_bytes()).get("participants", {}))


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_backup_is_not_replaced_by_an_emptier_state(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json", backups=HOUR)
    _people(db, 3)
    db.save_answer("p1", "q", "a", 1)  # .bak now holds the 3 people
    assert _participants_in(db.backup_path) == 3
    store = db._store
    with store.transaction(write=True) as txn:  # something empties the database
        txn.data["participants"] = {}
        store.mark_dirty()
    db.save_answer("p1", "q", "b", 2)
    db.save_answer("p1", "q", "c", 3)
    assert _participants_in(db.backup_path) == 3  # the last good copy survived
    assert len(db.participants()) == 0


def test_backup_follows_writes_that_keep_or_add_content(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json", backups=HOUR)
    _people(db, 2)
    db.save_answer("p1", "q", "a", 1)
    db.save_answer("p1", "q", "a", 2)
    assert json.loads(db.backup_path.read_bytes())["responses"]["1"]["answers"] == {"q": {"a": 1}}
    counts = json.loads(db.path.read_bytes())["_meta"]["1"]["counts"]
    assert counts == {"participants": 2, "answers": 1, "confirmed": 0}


def test_rotated_copies_follow_time_not_writes(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json", backups=HOUR)
    for n in range(40):  # a burst
        db.save_answer("p1", "q", f"i{n}", n)
    assert rotated(db.path, 1).exists() and not rotated(db.path, 2).exists()
    first = rotated(db.path, 1).read_bytes()
    for round_ in range(5):
        _age(rotated(db.path, 1), 7200)
        db.save_answer("p1", "q", f"r{round_}", round_)
        for n in range(10):
            db.save_answer("p2", "q", f"r{round_}-{n}", n)
    copies = sorted(p.name for p in tmp_path.glob("x.db.json.bak.*"))
    assert copies == ["x.db.json.bak.1", "x.db.json.bak.2", "x.db.json.bak.3"]
    assert rotated(db.path, 1).read_bytes() != first
    assert stat.S_IMODE(os.stat(rotated(db.path, 3)).st_mode) == 0o600


def test_erase_drops_rotated_copies(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json", backups=HOUR)
    _people(db, 3)
    _age(rotated(db.path, 1), 7200)
    db.save_answer("p1", "q", "a", 1)
    db.erase_participant("p1")
    assert not list(tmp_path.glob("x.db.json.bak.*"))
    assert "Person 1" not in db.backup_path.read_text()


def test_missing_database_with_a_backup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.db.json"
    db = Database(path)
    _people(db, 2)
    db.save_answer("p1", "q", "a", 1)
    backup = db.backup_path.read_bytes()
    path.unlink()
    with pytest.raises(MissingDatabaseError, match="rm-tui restore PROGRAM") as err:
        Database(path)
    assert "x.db.json.bak (2 participants, 0 answers" in str(err.value)
    with pytest.raises(MissingDatabaseError):  # the open instance refuses too
        db.save_answer("p1", "q", "b", 2)
    with pytest.raises(MissingDatabaseError):  # a reader must not show an empty program
        db.answers("p1")
    assert not path.exists() and db.backup_path.read_bytes() == backup


def test_left_over_temp_file_alone_is_a_trace(tmp_path: Path) -> None:
    path = tmp_path / "x.db.json"
    (tmp_path / ".x.db.json.tmp-0123abcd").write_bytes(b'{"_meta": ')
    with pytest.raises(MissingDatabaseError, match="None of them is a usable database"):
        Database(path)
    assert not path.exists()


def test_database_disappearing_while_open_is_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "x.db.json"
    db = Database(path, backups=BackupPolicy(keep=0))
    db.save_answer("p1", "q", "a", 1)
    for leftover in tmp_path.glob("x.db.json*"):
        leftover.unlink()  # a sync tool took everything, .bak included
    with pytest.raises(OperationError, match="disappeared while in use"):
        db.save_answer("p1", "q", "b", 2)
    assert not path.exists()


def test_database_files_are_private_and_keep_their_mode(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db.json")
    assert stat.S_IMODE(os.stat(db.path).st_mode) == 0o600
    db.path.chmod(0o640)
    db.save_answer("p1", "q", "a", 1)
    assert stat.S_IMODE(os.stat(db.path).st_mode) == 0o640


def test_symlinked_path_writes_through_and_shares_the_lock(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    kiosk = tmp_path / "kiosk"
    shared.mkdir()
    kiosk.mkdir()
    real = shared / "x.db.json"
    link = kiosk / "x.db.json"
    link.symlink_to(real)
    a, b = Database(link), Database(real)
    a.save_answer("p1", "q", "a", 1)
    b.save_answer("p1", "q", "b", 2)
    a.save_answer("p1", "q", "c", 3)
    assert link.is_symlink() and real.is_file() and not real.is_symlink()
    assert b.answers("p1") == a.answers("p1") == {"q": {"a": 1, "b": 2, "c": 3}}
    assert a.lock_path == b.lock_path == shared / "x.db.json.lock"
    assert sorted(p.name for p in kiosk.iterdir()) == ["x.db.json"]  # nothing beside the link


def test_atomic_writer_is_thread_safe_and_never_touches_the_umask(tmp_path: Path) -> None:
    before = os.umask(0o022)
    os.umask(before)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for k in range(20):
                write_atomic(tmp_path / f"f{n}.txt", f"{n}-{k}".encode(), new_mode=0o600)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {p.read_text() for p in tmp_path.glob("f*.txt")} == {f"{n}-19" for n in range(8)}
    assert {stat.S_IMODE(os.stat(p).st_mode) for p in tmp_path.glob("f*.txt")} == {0o600}
    assert not list(tmp_path.glob(".*tmp-*"))
    current = os.umask(before)
    assert current == before


def test_counts_are_participants_answers_and_confirmed_plans() -> None:
    data = {
        "participants": {"1": {}, "2": {}},
        "responses": {"1": {"answers": {"q": {"a": 1, "b": 2}, "r": {"c": 3}}}},
        "plans": {"1": {"kind": "draft"}, "2": {"kind": "confirmed"}},
    }
    assert content_counts(data) == {"participants": 2, "answers": 3, "confirmed": 1}


@pytest.mark.parametrize("kind", ["directory", "fifo", "symlink_loop"])
def test_a_path_that_is_not_a_file_is_refused_and_nothing_is_created(tmp_path: Path, kind: str) -> None:
    from rm_tui.core.errors import StorageError

    path = tmp_path / "x.db.json"
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(tmp_path / "loop")
        (tmp_path / "loop").symlink_to(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StorageError, match=str(path)):
        Database(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before

"""Crash and multi-process safety: SIGKILLed writers and concurrent writers on one file.

Writers are forked (fast to start, same code) and report each save *after* it returned
through a pipe; the parent then checks every acknowledged save is in the file.
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

from rm_tui.core.participant import Participant
from rm_tui.storage import Database

KILLS = 60


def _fork(work: Callable[[int], None]) -> tuple[int, int]:
    """Run `work(write_fd)` in a forked child; return (pid, read_fd)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        code = 0
        try:
            os.close(read_fd)
            work(write_fd)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def _drain(fd: int) -> list[str]:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode().split()


def _read_line(fd: int) -> str:
    seen = b""
    while not seen.endswith(b"\n"):
        byte = os.read(fd, 1)
        assert byte, "writer died on its own"
        seen += byte
    return seen.decode().strip()


def _seed(path: Path, people: int) -> None:
    db = Database(path)
    db.upsert_participants(Participant(f"p{i:03d}", f"Person {i}", "mentor") for i in range(people))
    for i in range(people):
        db.save_answers(f"p{i:03d}", "lp", {f"i{k}": k % 5 + 1 for k in range(30)})


def _writer(path: Path, trial: int) -> Callable[[int], None]:
    def work(ack_fd: int) -> None:
        db = Database(path)
        os.write(ack_fd, b"ready\n")
        for n in range(10_000):
            tag = f"t{trial}n{n}"
            if n % 3 == 2:
                db.add_checkin({"tag": tag})
            else:
                db.save_answer(f"p{n % 50:03d}", "kill", tag, n)
            os.write(ack_fd, f"{tag}\n".encode())  # only after the save returned
    return work


def test_sigkilled_writer_never_loses_acknowledged_answers(tmp_path: Path) -> None:
    path = tmp_path / "kill.db.json"
    _seed(path, 120)  # ~200 KB, so a write takes long enough to be interrupted
    rng = random.Random(1234)
    acked: set[str] = set()
    interrupted_writes = 0
    for trial in range(KILLS):
        pid, ack_fd = _fork(_writer(path, trial))
        # wait until the writer is saving (its first save returned), then kill it at random
        assert _read_line(ack_fd) == "ready"
        acked.add(_read_line(ack_fd))
        time.sleep(rng.uniform(0.002, 0.04))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        acked.update(_drain(ack_fd))
        interrupted_writes += any(tmp_path.glob(".kill.db.json.tmp-*"))

        db = Database(path)  # must always open (and cleans the killed writer's temp file)
        stored = {tag for answers in db.all_answers().values() for tag in answers.get("kill", {})}
        stored |= {c["tag"] for c in db.checkins()}
        missing = acked - stored
        assert not missing, f"trial {trial}: acknowledged but lost: {sorted(missing)[:5]}"
        assert not any(tmp_path.glob(".kill.db.json.tmp-*"))
        json.loads(db.backup_path.read_bytes())  # the backup is a complete file too
    assert interrupted_writes > 0  # some kills landed in the middle of a write


def test_concurrent_writers_lose_nothing_and_ids_are_unique(tmp_path: Path) -> None:
    path = tmp_path / "shared.db.json"
    Database(path)
    procs, writes = 4, 100

    def writer(proc: int) -> Callable[[int], None]:
        def work(ack_fd: int) -> None:
            db = Database(path)
            for n in range(writes):
                if n % 2:
                    cid = db.add_checkin({"proc": proc, "n": n})
                    os.write(ack_fd, f"c{cid}\n".encode())
                else:
                    db.save_answer(f"w{proc}", "q", f"n{n}", n)
            os.write(ack_fd, b"done\n")
        return work

    children = [_fork(writer(p)) for p in range(procs)]
    acks = []
    for pid, fd in children:
        acks.append(_drain(fd))
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert all(a[-1] == "done" for a in acks)

    db = Database(path)
    checkins = db.checkins()
    assert len(checkins) == procs * writes // 2
    ids = [c["id"] for c in checkins]
    assert len(set(ids)) == len(ids)
    assert {(c["proc"], c["n"]) for c in checkins} == {
        (p, n) for p in range(procs) for n in range(1, writes, 2)
    }
    returned_ids = sorted(int(a[1:]) for ack in acks for a in ack if a != "done")
    assert returned_ids == sorted(ids)  # each writer got back the id that was really stored
    answers = db.all_answers()
    for p in range(procs):
        assert answers[f"w{p}"]["q"] == {f"n{n}": n for n in range(0, writes, 2)}

"""Stress: several processes write to one database file at once, while a reader keeps reading.

Each writer makes WRITES writes (answers, check-ins, constraints in turn) and acknowledges each
through a pipe only after it returned; a reader process reads the whole database in a loop
without the write lock. At the end every acknowledged write must be in the file, every id
returned must be unique, and neither writers nor the reader may have raised.

Usage: python benchmarks/stress_writers.py [--writers 8] [--writes 200] [--people 300] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._storage_fixture import build  # noqa: E402
from rm_tui.storage import Database  # noqa: E402


def _fork(work, *args: object) -> tuple[int, int]:  # noqa: ANN001
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(read_fd)
            work(write_fd, *args)
        except BaseException:
            os.write(write_fd, ("ERROR " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
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
    return b"".join(chunks).decode().splitlines()


def writer(ack_fd: int, path: Path, proc: int, writes: int) -> None:
    db = Database(path)
    for n in range(writes):
        kind = n % 3
        if kind == 0:
            db.save_answer(f"p{(proc * 7 + n) % 50:05d}", "stress", f"w{proc}n{n}", n)
            os.write(ack_fd, f"answer w{proc}n{n}\n".encode())
        elif kind == 1:
            cid = db.add_checkin({"tag": f"w{proc}n{n}"})
            os.write(ack_fd, f"checkin w{proc}n{n} {cid}\n".encode())
        else:
            cid = db.add_constraint("forbid", f"w{proc}", f"n{n}", actor=f"writer{proc}")
            os.write(ack_fd, f"constraint w{proc}n{n} {cid}\n".encode())


def reader(ack_fd: int, path: Path, stop_file: Path) -> None:
    db = Database(path)
    reads = 0
    while not stop_file.exists():
        db.all_answers()
        db.checkins()
        reads += 1
    os.write(ack_fd, f"reads {reads}\n".encode())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--quick", action="store_true", help="4 writers x 30 writes, 50 people")
    args = parser.parse_args()
    if args.quick:
        args.writers, args.writes, args.people = 4, 30, 50
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        path = Path(tmp) / "shared.db.json"
        build(path, args.people)
        stop = Path(tmp) / "stop"
        started = time.perf_counter()
        read_proc = _fork(reader, path, stop)
        procs = [_fork(writer, path, p, args.writes) for p in range(args.writers)]
        lines: list[str] = []
        failed = 0
        for pid, fd in procs:
            lines += _drain(fd)
            _, status = os.waitpid(pid, 0)
            failed += not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0)
        elapsed = time.perf_counter() - started
        stop.touch()
        reader_lines = _drain(read_proc[1])
        _, status = os.waitpid(read_proc[0], 0)
        reader_failed = not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0)
        errors = [line for line in lines + reader_lines if line.startswith("ERROR")]
        reads = sum(int(line.split()[1]) for line in reader_lines if line.startswith("reads"))

        db = Database(path)
        answers = {tag for a in db.all_answers().values() for tag in a.get("stress", {})}
        checkins = {c["tag"]: c["id"] for c in db.checkins() if "tag" in c}
        constraints = {f"{c['mentor']}{c['mentee']}": c["id"] for c in db.constraints()}
        lost = 0
        ids: dict[str, list[int]] = {"checkin": [], "constraint": []}
        for line in lines:
            kind, tag, *rest = line.split()
            if kind == "answer":
                lost += tag not in answers
            elif kind in ids:
                stored = (checkins if kind == "checkin" else constraints).get(tag)
                lost += stored is None or stored != int(rest[0])
                ids[kind].append(int(rest[0]))
        acked = sum(1 for line in lines if not line.startswith("ERROR"))
        duplicates = sum(len(v) - len(set(v)) for v in ids.values())
    total = args.writers * args.writes
    print(f"{args.writers} writers x {args.writes} writes to one file ({args.people} participants): "
          f"{acked}/{total} acknowledged in {elapsed:.1f} s ({total / elapsed:.0f} writes/s), "
          f"lost {lost}, duplicate ids {duplicates}, errors {len(errors) + failed}; "
          f"lock-free reader: {reads} full reads, errors {int(reader_failed)}")
    for line in errors[:5]:
        print(line[:400])
    return 1 if lost or duplicates or errors or failed or reader_failed or acked != total else 0


if __name__ == "__main__":
    raise SystemExit(main())

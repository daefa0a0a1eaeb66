"""Stress: SIGKILL a writer process at random moments, hundreds of times.

After every kill the database must open, contain every answer (and check-in) whose save had
returned, and leave no temporary file behind once reopened. Writers are forked and acknowledge
each save through a pipe only after it returned.

Usage: python benchmarks/stress_kill.py [--kills 500] [--people 300] [--max-delay-ms 100]
       [--stock]   # same test against stock TinyDB JSONStorage, for comparison
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._storage_fixture import build  # noqa: E402
from rm_tui.core.errors import StorageError  # noqa: E402
from rm_tui.storage import Database  # noqa: E402


def writer(path: Path, trial: int, ack_fd: int) -> None:
    db = Database(path)
    os.write(ack_fd, b"ready\n")
    for n in range(1_000_000):
        tag = f"t{trial}n{n}"
        if n % 3 == 2:
            db.add_checkin({"tag": tag})
        else:
            db.save_answer(f"p{n % 50:05d}", "kill", tag, n)
        os.write(ack_fd, f"{tag}\n".encode())


def stock_writer(path: Path, trial: int, ack_fd: int) -> None:
    from tinydb import TinyDB  # the stock storage, only for the comparison run

    db = TinyDB(path)
    os.write(ack_fd, b"ready\n")
    for n in range(1_000_000):
        tag = f"t{trial}n{n}"
        db.table("checkins").insert({"tag": tag})
        os.write(ack_fd, f"{tag}\n".encode())
        # an update that makes the file shorter: the in-place rewrite must then truncate it
        db.table("pad").upsert({"k": 1, "pad": "x" * 300 * (n % 2)}, lambda d: d.get("k") == 1)


def stored_tags(path: Path, stock: bool) -> set[str]:
    if stock:
        data = json.loads(path.read_bytes())  # raises on a corrupt file
        return {d["tag"] for d in data.get("checkins", {}).values()}
    db = Database(path)
    tags = {t for answers in db.all_answers().values() for t in answers.get("kill", {})}
    return tags | {c["tag"] for c in db.checkins()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--max-delay-ms", type=float, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stock", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = stock_writer if args.stock else writer
    acked: set[str] = set()
    corrupt = lost = mid_write = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        path = Path(tmp) / "stress.db.json"
        build(path, args.people)
        size = path.stat().st_size
        for trial in range(args.kills):
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_fd)
                try:
                    work(path, trial, write_fd)
                finally:
                    os._exit(1)
            os.close(write_fd)
            if os.read(read_fd, 6) != b"ready\n":  # the writer is up: kill it while it saves
                print(f"kill {trial}: writer died on its own")
            time.sleep(rng.uniform(0.001, args.max_delay_ms / 1000))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            with os.fdopen(read_fd, "rb") as pipe:
                acked.update(pipe.read().decode().split())
            acked.discard("ready")
            mid_write += any(Path(tmp).glob(".stress.db.json.tmp-*"))
            try:
                missing = acked - stored_tags(path, args.stock)
            except (StorageError, ValueError) as exc:
                corrupt += 1
                print(f"kill {trial}: database unusable: {str(exc)[:120]}")
                break
            if missing:
                lost += len(missing)
                print(f"kill {trial}: {len(missing)} acknowledged saves lost")
    elapsed = time.perf_counter() - started
    print(f"{'stock TinyDB' if args.stock else 'rm-tui storage'}: {trial + 1} kills in {elapsed:.0f} s, "
          f"start size {size / 1e6:.2f} MB, {len(acked)} acknowledged saves, "
          f"{mid_write} kills left a temp file (killed mid-write), "
          f"unusable after a kill: {corrupt}, acknowledged saves lost: {lost}")
    return 1 if corrupt or lost else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Stress: SIGKILL writer processes at random moments, hundreds of times.

Each round starts two writers on one file: one autosaves answers (and check-ins), the other
makes decisions (locks and forbids, and a confirmed plan now and then); both are SIGKILLed at
independent random moments. After every round the database must open and validate, so must its
`.bak` and `.bak.N` copies, and it must contain every write either writer had acknowledged.
Writers are forked and acknowledge each write through a pipe only after it returned.

Usage: python benchmarks/stress_kill.py [--kills 500] [--people 300] [--max-delay-ms 100]
       [--backup-interval 0.05] [--quick]   # --quick: 40 kills, 100 participants
       [--stock]   # one writer on stock TinyDB JSONStorage, for comparison
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
from rm_tui.storage.backups import load_copy, rotated_copies  # noqa: E402


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


DRAFT_PAIRS = 200


def draft_plan(tag: str, n: int) -> dict[str, object]:
    """A console draft: 200 pairs, two of them changed per edit (stored as a delta)."""
    pairs = [{"mentor": f"m{i}", "mentee": f"e{(i * 7 + (n if i in (n % 200, 3) else 0)) % 200}",
              "score": 1.0} for i in range(DRAFT_PAIRS)]
    return {"pairs": pairs, "tag": tag}


def decider(path: Path, trial: int, ack_fd: int) -> None:
    """The facilitator's side: decisions (constraints), console drafts and confirmed plans."""
    from rm_tui.core.decisions import Decision

    db = Database(path)
    os.write(ack_fd, b"ready\n")
    for n in range(1_000_000):
        tag = f"d{trial}n{n}"
        if n % 5 == 4:
            db.save_plan({"pairs": [], "tag": tag}, "confirmed", actor="stress", note=tag)
        elif n % 5 == 2:
            db.record_decisions([Decision("lock", "", None, "stress", mentor="m1", mentee=tag),
                                 Decision("draft", "", tag, "stress")],
                                plan=draft_plan(tag, n), plan_kind="draft")
        else:
            db.add_constraint("lock" if n % 2 else "forbid", f"p{n % 50:05d}", tag, actor="stress")
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
    tags |= {c["tag"] for c in db.checkins()}
    tags |= {c["mentee"] for c in db.constraints()}
    tags |= {p["note"] for p in db.plans("confirmed") if p.get("note")}
    for draft in db.plans("draft"):  # stored whole or as a delta: read back whole
        plan = draft["plan"]
        assert len(plan["pairs"]) == DRAFT_PAIRS, f"draft {draft['id']} lost pairs"
        tags.add(plan["tag"])
    for copy in [db.backup_path, *rotated_copies(db.path)]:
        load_copy(copy)  # every kept copy is a whole, valid database too
    return tags


died = 0  # writers that ended before they were killed (with their traceback on stderr)


def start(work, path: Path, trial: int) -> tuple[int, int]:  # noqa: ANN001
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            work(path, trial, write_fd)
        except BaseException:  # noqa: BLE001 - say why, the parent counts it
            import traceback

            traceback.print_exc()
        finally:
            os._exit(1)
    os.close(write_fd)
    if os.read(read_fd, 6) != b"ready\n":  # the writer is up: kill it while it saves
        print(f"kill {trial}: writer died on its own")
        global died
        died += 1
    return pid, read_fd


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--max-delay-ms", type=float, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backup-interval", type=float, default=0.05,
                        help="seconds between .bak.N rotations (small: kills land in rotations too)")
    parser.add_argument("--stock", action="store_true")
    parser.add_argument("--quick", action="store_true", help="40 kills, 100 participants")
    args = parser.parse_args()
    if args.quick:
        args.kills, args.people = 40, 100
    os.environ["RM_TUI_BACKUP_INTERVAL"] = str(args.backup_interval)  # inherited by the writers
    rng = random.Random(args.seed)
    workers = [stock_writer] if args.stock else [writer, decider]
    acked: set[str] = set()
    corrupt = lost = mid_write = kills = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        path = Path(tmp) / "stress.db.json"
        build(path, args.people)
        size = path.stat().st_size
        for trial in range(0, args.kills, len(workers)):
            running = [start(work, path, trial) for work in workers]
            deadline = time.monotonic()
            for pid, _ in sorted(running, key=lambda _: rng.random()):
                deadline += rng.uniform(0.001, args.max_delay_ms / 1000)
                time.sleep(max(0.0, deadline - time.monotonic()))
                os.kill(pid, signal.SIGKILL)
                kills += 1
            for pid, read_fd in running:
                os.waitpid(pid, 0)
                with os.fdopen(read_fd, "rb") as pipe:
                    acked.update(pipe.read().decode().split())
            acked.discard("ready")
            mid_write += any(Path(tmp).glob(".stress.db.json*.tmp-*"))
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
    who = "stock TinyDB (1 writer)" if args.stock else "rm-tui storage (answers + decisions writers)"
    print(f"{who}: {kills} SIGKILLs in {elapsed:.0f} s, start size {size / 1e6:.2f} MB, "
          f"{len(acked)} acknowledged writes, {mid_write} rounds left a temp file (killed "
          f"mid-write), writers that died on their own: {died}, unusable after a kill: {corrupt}, "
          f"acknowledged writes lost: {lost}")
    return 1 if corrupt or lost or died else 0


if __name__ == "__main__":
    raise SystemExit(main())

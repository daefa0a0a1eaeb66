"""Console edits as the facilitator makes them, database write included: lock, forbid, swap,
unpair, assign, lift, undo and redo through the console's `PairingSession` on a synthetic
cohort stored in a database (each edit re-solves warm and stores its decisions and the draft
plan in one durable write).

    PYTHONPATH=. python benchmarks/bench_console_edits.py [--quick] [--sizes 200,1000]

Goals (issue 16): every edit <= 30 ms at 200 x 200 and <= 100 ms at 1,000 x 1,000, write
included. Reference in the same run: one SciPy `linear_sum_assignment` of the cohort's size
(what a cold re-solve would at least cost).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cli_commands import cohort  # noqa: E402

from rm_tui.core.errors import RmTuiError  # noqa: E402


def session_for(program: Path, db: Path) -> Any:
    from rm_tui.services.cohort import CohortSource
    from rm_tui.services.pairing_session import PairingSession

    source = CohortSource(program, db)
    session = PairingSession(source)
    session.run(source.read())
    return session


def one_edit(session: Any, kind: str, rng: np.random.Generator) -> bool:
    plan = session.plan
    free = [p for p in plan.pairs if p.key not in plan.locks]
    if len(free) < 2:
        return False
    p, q = (free[int(k)] for k in rng.choice(len(free), 2, replace=False))
    if kind == "lock":
        session.lock(*p.key)
    elif kind == "forbid":
        session.forbid(*p.key, "bench")
    elif kind == "swap":
        session.swap(p.key, q.key)
    elif kind == "unpair":
        session.unpair(*p.key)
    elif kind == "assign":
        session.assign(p.mentor, q.mentee)
    elif kind == "lift":
        if not plan.forbids:
            return False
        session.lift(*plan.forbids[0][0], "bench")
    elif kind == "undo":
        session.undo()
    elif kind == "redo":
        session.redo()
    return True


KINDS = ("lock", "forbid", "swap", "unpair", "assign", "lift", "undo", "redo")


def measure(folder: Path, n: int, edits: int) -> None:
    program, db = cohort(folder, n)
    work = folder / "work.json"
    shutil.copy(db, work)
    cost = np.random.default_rng(0).random((n, n)) * 100
    t = time.perf_counter()
    linear_sum_assignment(cost)
    t_ref = time.perf_counter() - t
    session = session_for(program, work)
    session.lock(*session.plan.pairs[0].key)  # second sight: the warm state is built here
    rng = np.random.default_rng(1)
    times: dict[str, list[float]] = defaultdict(list)
    cpu: list[float] = []  # time.process_time per edit: the work itself, without waiting for a CPU
    for k in range(edits):
        kind = KINDS[k % len(KINDS)]
        t, c = time.perf_counter(), time.process_time()
        try:
            done = one_edit(session, kind, rng)
        except RmTuiError:  # an edit the plan refuses (locked, forbidden): skip it
            continue
        if done:
            times[kind].append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
    everything = [s for v in times.values() for s in v]
    med = statistics.median(everything)
    p95 = sorted(everything)[int(0.95 * (len(everything) - 1))]
    goal = 30 if n <= 200 else 100
    per_kind = "  ".join(f"{k} {statistics.median(v) * 1e3:.0f}" for k, v in times.items())
    print(f"{n} x {n}: scipy solve {t_ref * 1e3:.0f} ms | edit + write median {med * 1e3:.1f} ms, "
          f"p95 {p95 * 1e3:.1f} ms, max {max(everything) * 1e3:.1f} ms ({len(everything)} edits) "
          f"= {med / t_ref:.2f}x one solve; goal <= {goal} ms; CPU median "
          f"{statistics.median(cpu) * 1e3:.1f} ms; file {work.stat().st_size / 1e6:.1f} MB")  # fmt: skip
    print(f"   per kind, median ms: {per_kind}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="24 edits per size")
    parser.add_argument("--sizes", default="200,1000")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            measure(Path(tmp), n, 24 if args.quick else 96)


if __name__ == "__main__":
    main()

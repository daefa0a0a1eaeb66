"""Roster import and erasure at scale: `rm-tui import` of an N-row roster CSV (issue #20 asked
5,000 rows in at most 3 s; it took 42 s when every new row copied the whole table), a re-import,
and `erase` of one person (scrubbing every document).

Usage: python benchmarks/bench_roster_import.py [--rows 5000] [--quick]
Prints wall-clock seconds of each step, run as the user runs them (subprocesses).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROGRAM = ROOT / "sample_programs" / "kickoff_demo.yaml"


def roster(path: Path, rows: int) -> None:
    lines = ["id;nom;courriel;rôle;équipe;langues"]
    for i in range(rows):
        lines.append(f"x{i:05d};Prénom{i} Nom{i};p{i}@example.com;{'mentor' if i % 2 else 'mentoré'};"
                     f"équipe-{i % 40};fr,en")
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))  # as Excel saves it


def timed(*args: str | Path) -> str:
    """Wall-clock and CPU seconds of one command (CPU is what a loaded machine does not inflate)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "rm_tui", *map(str, args)], env=env,
                         capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {out.stderr}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return f"{elapsed:.2f} s ({cpu:.2f} s CPU)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--quick", action="store_true", help="1,000 rows")
    args = parser.parse_args()
    rows = 1000 if args.quick else args.rows
    with tempfile.TemporaryDirectory() as tmp:
        csv_path, db = Path(tmp) / "roster.csv", Path(tmp) / "x.db.json"
        roster(csv_path, rows)
        first = timed("import", PROGRAM, csv_path, "--db", db)
        again = timed("import", PROGRAM, csv_path, "--db", db)
        erase = timed("erase", PROGRAM, "x00001", "--db", db)
        print(f"roster of {rows} rows (Windows-1252): import {first}, re-import {again}, "
              f"erase one person {erase} (each includes the interpreter's start)")


if __name__ == "__main__":
    main()

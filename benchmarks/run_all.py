"""Run every benchmark script of this folder in its quick mode, one after the other.

    PYTHONPATH=. python benchmarks/run_all.py --quick [--only NAME ...] [--timeout SECONDS]

A benchmark is a `bench_*.py` file here that has a `--quick` mode (scripts without one are
listed as skipped). Each prints its own numbers and ratios against a reference measured in
the same run; this runner prints them in turn with the wall time of each script, and exits 1
if one failed. The whole quick run is meant to stay under 5 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def discover() -> tuple[list[Path], list[Path]]:
    """(scripts with a --quick mode, scripts without one)."""
    quick, other = [], []
    for path in sorted(HERE.glob("bench_*.py")):
        (quick if "--quick" in path.read_text(encoding="utf-8") else other).append(path)
    return quick, other


def machine() -> str:
    cpus = os.cpu_count() or 0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.machine()} {cpus} cpu(s), Python {platform.python_version()}, "
            f"load average {load:.1f} at start")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="quick mode of every benchmark")
    parser.add_argument("--only", nargs="*", default=[], help="names (or parts of names) to run")
    parser.add_argument("--timeout", type=float, default=240.0, help="per script, seconds")
    args = parser.parse_args()
    quick, other = discover()
    chosen = [p for p in quick if not args.only or any(o in p.name for o in args.only)]
    print(f"# {len(chosen)} benchmark(s); {machine()}")
    for path in other:
        print(f"# skipped {path.name}: no --quick mode")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    failed: list[str] = []
    started = time.perf_counter()
    for path in chosen:
        print(f"\n## {path.name}", flush=True)
        t = time.perf_counter()
        cmd = [sys.executable, str(path), *(["--quick"] if args.quick else [])]
        try:
            done = subprocess.run(cmd, cwd=ROOT, env=env, timeout=args.timeout, check=False)
            ok = done.returncode == 0
        except subprocess.TimeoutExpired:
            print(f"timed out after {args.timeout:.0f} s")
            ok = False
        if not ok:
            failed.append(path.name)
        print(f"-- {path.name}: {'ok' if ok else 'FAILED'} in {time.perf_counter() - t:.1f} s",
              flush=True)  # fmt: skip
    print(f"\n# all done in {time.perf_counter() - started:.0f} s"
          + (f"; failed: {', '.join(failed)}" if failed else ""))  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

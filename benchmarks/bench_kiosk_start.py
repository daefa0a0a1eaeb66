"""Kiosk start: fresh process to first screen drawn, against a minimal Textual app measured
in the same run (same harness: `App.run_test`, headless, 100 x 30).

    PYTHONPATH=. python benchmarks/bench_kiosk_start.py [--quick]

Goal (issue 16): kiosk first screen <= 1.5x the minimal app, with the demo program and with
a 2,000-person roster (a synthetic cohort whose answers are all stored).

"first screen" is the moment `run_test` hands over the pilot: the app is ready and its screen
(the kiosk's Welcome, the minimal app's text) is composed and drawn. Each child prints that
instant (CLOCK_MONOTONIC, the same clock as the parent's) and its CPU time so far; the parent
also times the whole process (first screen, a `pilot.pause()`, then quitting), the figure
earlier sessions reported. Medians; CPU = the child's own `process_time` (all its threads).
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sample_programs" / "kickoff_demo.yaml"

MINIMAL = """
import asyncio, time
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
async def main():
    async with Minimal().run_test(size=(100, 30)) as pilot:
        print(time.monotonic(), time.process_time(), flush=True)
        await pilot.pause()
asyncio.run(main())
"""

# as `rm-tui kiosk`'s UI process starts it (its supervisor has checked the program and the
# database): given paths, the kiosk reads the program's summary, draws Welcome, then the rest
KIOSK = """
import asyncio, sys, time
from rm_tui.tui.kiosk.app import KioskApp
async def main():
    app = KioskApp(sys.argv[1], sys.argv[2], "1234")
    async with app.run_test(size=(100, 30)) as pilot:
        print(time.monotonic(), time.process_time(), flush=True)
        await pilot.pause()
asyncio.run(main())
"""


# Bytecode as an installed tool has it (pip compiles it), for both sides; see bench_cli_commands.
PYCACHE = tempfile.mkdtemp(prefix="rm-tui-bench-pycache-")
atexit.register(shutil.rmtree, PYCACHE, True)


class Timing(NamedTuple):
    first: float  # spawn -> first screen drawn (wall)
    first_cpu: float  # the child's CPU time at that moment
    whole: float  # spawn -> process ended (wall)


def timed(argv: list[str], repeat: int) -> Timing:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=PYCACHE)
    subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, check=False)  # warm-up
    runs = []
    for _ in range(repeat):
        start = time.monotonic()
        done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        end = time.monotonic()
        if done.returncode != 0:
            raise SystemExit(f"failed: {done.stderr[-2000:]}")
        drawn, cpu = (float(x) for x in done.stdout.split()[:2])
        runs.append(Timing(drawn - start, cpu, end - start))
    return Timing(*(statistics.median(column) for column in zip(*runs, strict=True)))


def show(label: str, t: Timing, ref: Timing | None) -> None:
    if ref is None:
        print(f"{label:24} first screen {t.first:5.3f} s (CPU {t.first_cpu:5.3f})  "
              f"whole process {t.whole:5.3f} s  (reference)")
        return
    print(f"{label:24} first screen {t.first:5.3f} s (CPU {t.first_cpu:5.3f})  "
          f"{t.first / ref.first:4.2f}x (CPU {t.first_cpu / ref.first_cpu:4.2f}x)  goal <= 1.5x;  "
          f"whole process {t.whole:5.3f} s {t.whole / ref.whole:4.2f}x")


def big_cohort(folder: Path, people: int) -> tuple[Path, Path]:
    sys.path.insert(0, str(ROOT))
    from rm_tui.services.loaders import load_program, load_responses
    from rm_tui.storage import Database

    subprocess.run([sys.executable, "-m", "rm_tui", "synth", str(folder), "--mentors",
                    str(people // 2), "--mentees", str(people // 2), "--seed", "1"], cwd=ROOT,
                   check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    program_path, db = folder / "program.yaml", folder / "db.json"
    program = load_program(program_path)
    with Database(db) as store:
        store.upsert_participants(program.roster)
        store.import_answers(load_responses(folder / "responses.yaml", program))
    return program_path, db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 runs each")
    args = parser.parse_args()
    repeat = 5 if args.quick else 11
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        program, db = big_cohort(folder, 2000)
        t_min = timed([sys.executable, "-c", MINIMAL], repeat)
        show("minimal Textual app", t_min, None)
        t_demo = timed([sys.executable, "-c", KIOSK, str(DEMO), str(folder / "demo.db.json")], repeat)
        show("kiosk, demo program", t_demo, t_min)
        t_big = timed([sys.executable, "-c", KIOSK, str(program), str(db)], repeat)
        show("kiosk, 2,000-person db", t_big, t_min)


if __name__ == "__main__":
    main()

"""Kiosk start: fresh process to first screen drawn, against a minimal Textual app measured
in the same run (same harness: `App.run_test`, headless, 100 x 30).

    PYTHONPATH=. python benchmarks/bench_kiosk_start.py [--quick]

Goal (issue 16): kiosk first screen <= 1.5x the minimal app, with the demo program and with
a 2,000-person roster (a synthetic cohort whose answers are all stored).
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

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sample_programs" / "kickoff_demo.yaml"

MINIMAL = """
import asyncio
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
async def main():
    async with Minimal().run_test(size=(100, 30)) as pilot:
        await pilot.pause()
asyncio.run(main())
"""

KIOSK = """
import asyncio, sys
from rm_tui.services.loaders import load_program
from rm_tui.tui.kiosk.app import KioskApp
async def main():
    app = KioskApp(load_program(sys.argv[1]), sys.argv[2], "1234")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
asyncio.run(main())
"""


# Bytecode as an installed tool has it (pip compiles it), for both sides; see bench_cli_commands.
PYCACHE = tempfile.mkdtemp(prefix="rm-tui-bench-pycache-")
atexit.register(shutil.rmtree, PYCACHE, True)


def timed(argv: list[str], repeat: int) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=PYCACHE)
    subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, check=False)  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"failed: {done.stderr[-2000:]}")
    return statistics.median(times)


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
    parser.add_argument("--quick", action="store_true", help="3 runs each")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    t_min = timed([sys.executable, "-c", MINIMAL], repeat)
    print(f"minimal Textual app      {t_min:6.2f} s (reference)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t_demo = timed([sys.executable, "-c", KIOSK, str(DEMO), str(folder / "demo.db.json")], repeat)
        print(f"kiosk, demo program      {t_demo:6.2f} s  {t_demo / t_min:5.2f}x  goal <= 1.5x")
        program, db = big_cohort(folder, 2000)
        t_big = timed([sys.executable, "-c", KIOSK, str(program), str(db)], repeat)
        print(f"kiosk, 2,000-person db   {t_big:6.2f} s  {t_big / t_min:5.2f}x  goal <= 1.5x")


if __name__ == "__main__":
    main()

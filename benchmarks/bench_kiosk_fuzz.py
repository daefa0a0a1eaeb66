"""Random input sequences at the kiosk: how many it takes without ending, and how fast.

The test suite sends 10,000 sequences (tests/pilot/kiosk/test_kiosk_fuzz.py, 4 sessions x 2,500,
two frames a second); this sends more, over several seeds, languages and terminal sizes, at the
frame rate asked, and prints sequences, keys, clicks and CPU seconds per session.

    python benchmarks/bench_kiosk_fuzz.py              # 4 sessions x 25,000 sequences
    python benchmarks/bench_kiosk_fuzz.py --quick      # 2 sessions x 200
    python benchmarks/bench_kiosk_fuzz.py --fps 60     # paint as often as a real terminal
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import textual.screen  # noqa: E402

from tests.kiosk_fuzz import fuzz  # noqa: E402
from tests.kiosk_support import FakeClock, make_app  # noqa: E402

SESSIONS = [("fr", (60, 15)), ("en", (80, 24)), ("en", (120, 40)), ("fr", (100, 30))]


async def one(seed: int, sequences: int, lang: str, size: tuple[int, int]) -> tuple[int, int, int, float, bool]:
    with tempfile.TemporaryDirectory() as folder:
        app = make_app(Path(folder) / "fuzz.db.json", FakeClock(), lang=lang)
        async with app.run_test(size=size) as pilot:
            wall, cpu = time.perf_counter(), time.process_time()
            report = await fuzz(app, seed, sequences, per_round=100)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            alive = app.is_running
            await pilot.pause()
    screens = ", ".join(f"{name.removesuffix('Screen')} {n}" for name, n in sorted(report.screens.items()))
    print(f"seed {seed:>2} {lang} {size[0]:>3}x{size[1]:<3} sequences {report.sequences:>6}  "
          f"keys {report.keys:>6}  mouse {report.mouse:>5}  cpu {cpu:6.1f} s  wall {wall:6.1f} s  "
          f"{report.sequences / cpu:5.0f} seq/cpu-s  alive {'yes' if alive else 'NO'}  "
          f"overdue {report.overdue}  answers checked {report.checked_people}  "
          f"kinds {len(report.item_kinds)}  [{screens}]", flush=True)
    return report.sequences, report.keys, report.mouse, cpu, alive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 sessions x 200 sequences")
    parser.add_argument("--sequences", type=int, default=None, help="sequences per session")
    parser.add_argument("--sessions", type=int, default=None, help="sessions (1-4)")
    parser.add_argument("--fps", type=float, default=2.0, help="frames a second (the suite: 2)")
    args = parser.parse_args()
    sessions = args.sessions or (2 if args.quick else 4)
    sequences = args.sequences or (200 if args.quick else 25_000)
    textual.screen.UPDATE_PERIOD = 1 / args.fps  # type: ignore[misc]
    totals = [0, 0, 0, 0.0]
    crashes = 0
    for seed in range(1, sessions + 1):
        lang, size = SESSIONS[(seed - 1) % len(SESSIONS)]
        done, keys, mouse, cpu, alive = asyncio.run(one(seed, sequences, lang, size))
        totals = [totals[0] + done, totals[1] + keys, totals[2] + mouse, totals[3] + cpu]
        crashes += not alive
    print(f"total: {totals[0]} sequences, {totals[1]} keys, {totals[2]} mouse actions, "
          f"{totals[3]:.1f} CPU s, {crashes} crashes")


if __name__ == "__main__":
    main()

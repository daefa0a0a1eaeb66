"""Random keys in bursts at the kiosk: how many it takes without ending, and how fast.

The test suite sends 10,000 keys (tests/pilot/kiosk/test_kiosk_fuzz.py); this sends more, over
several seeds and terminal sizes, and prints keys per second and the screens they reached.

    python benchmarks/bench_kiosk_fuzz.py            # 4 seeds x 25,000 keys
    python benchmarks/bench_kiosk_fuzz.py --quick    # 2 seeds x 1,000 keys
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.kiosk_fuzz import fuzz  # noqa: E402
from tests.kiosk_support import FakeClock, make_app  # noqa: E402

SIZES = [(60, 15), (80, 24), (120, 40), (100, 30)]


async def one(seed: int, keys: int, size: tuple[int, int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = make_app(Path(folder) / "fuzz.db.json", FakeClock())
        async with app.run_test(size=size) as pilot:
            start = time.perf_counter()
            report = await fuzz(app, pilot, seed, total_keys=keys)
            elapsed = time.perf_counter() - start
            alive = app.is_running
        screens = ", ".join(f"{name.removesuffix('Screen')} {n}" for name, n in sorted(report.screens.items()))
        print(f"seed {seed:>2}  {size[0]:>3}x{size[1]:<3} keys {report.keys:>6}  "
              f"{report.keys / elapsed:6.0f} keys/s  alive {'yes' if alive else 'NO'}  "
              f"answers checked {report.checked_people:>4}  kinds {len(report.item_kinds)}  [{screens}]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 seeds x 1,000 keys")
    parser.add_argument("--keys", type=int, default=None, help="keys per seed")
    args = parser.parse_args()
    seeds = 2 if args.quick else 4
    keys = args.keys or (1_000 if args.quick else 25_000)
    import textual._wait as wait  # the suite's fixture does the same: settle checks every 5 ms

    wait.SLEEP_GRANULARITY, wait.SLEEP_IDLE = 0.005, 0.005 / 20
    for seed in range(1, seeds + 1):
        asyncio.run(one(seed, keys, SIZES[(seed - 1) % len(SIZES)]))


if __name__ == "__main__":
    main()

"""How long one kiosk autosave takes (fsync included), by database size.

The kiosk writes every answer at once, from a single writer thread so the screen never waits;
this measures what that thread spends per answer.

    python benchmarks/bench_kiosk_autosave.py [--quick]     (--quick: 10, 200 and 500 people)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from rm_tui.core.participant import Participant
from rm_tui.storage import Database

ITEMS = 40  # answers per participant, about the demo questionnaires


def measure(people: int, saves: int = 50) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db.json"
        with Database(path) as db:
            db.upsert_participants(Participant(id=f"p{i}", name=f"P {i}", role="mentor") for i in range(people))
            for i in range(people):
                db.save_answers(f"p{i}", "learner_profile", {f"i{j}": j % 5 + 1 for j in range(ITEMS)})
            times = []
            for n in range(saves):
                start = time.perf_counter()
                db.save_answer("p0", "learner_profile", "i0", n % 5 + 1)
                times.append((time.perf_counter() - start) * 1000)
            size = path.stat().st_size
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], size


def main() -> None:
    print("participants  file_kB  median_ms  p95_ms")
    sizes = (10, 200, 500) if "--quick" in sys.argv else (10, 50, 200, 500)
    for people in sizes:
        median, p95, size = measure(people)
        print(f"{people:>12}  {size / 1024:>7.0f}  {median:>9.2f}  {p95:>6.2f}")


if __name__ == "__main__":
    main()

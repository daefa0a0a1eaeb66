"""Importing many check-ins and outcomes: one transaction, so one durable write per file.

Builds a database with a confirmed plan of 60 pairs, writes a CSV of N check-ins and a YAML
file of N outcomes (the latest per pair counts), and times `rm-tui import`'s code path
(`followup_io.import_followup_file`). Goal (issue #17): 2,000 records in at most 2 s.

    python benchmarks/bench_followup_import.py [--quick] [N]
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rm_tui.services.followup_io import import_followup_file  # noqa: E402
from rm_tui.storage import Database  # noqa: E402

PAIRS = [(f"m{i:02d}", f"e{i:02d}") for i in range(60)]


def write_checkins(path: Path, n: int, rng: random.Random) -> None:
    start = dt.date(2026, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["mentor", "mentee", "respondent", "date", "met", "useful", "openness",
                      "explains_well", "progress", "comment"])
        for i in range(n):
            mentor, mentee = PAIRS[i % len(PAIRS)]
            day = start + dt.timedelta(days=i // len(PAIRS))  # one record per pair and day
            out.writerow([mentor, mentee, ("mentor", "mentee")[i % 2], day.isoformat(), "yes",
                          *(rng.randint(1, 5) for _ in range(4)), "ok"])


def write_outcomes(path: Path, n: int, rng: random.Random) -> None:
    lines = ["outcomes:"]
    for i in range(n):
        mentor, mentee = PAIRS[i % len(PAIRS)]
        lines.append(f"  - {{mentor: {mentor}, mentee: {mentee}, quality_mentor: {rng.randint(1, 5)}, "
                     f"quality_mentee: {rng.randint(1, 5)}, goals: {rng.randint(1, 5)}}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed(db_path: Path, source: Path) -> tuple[float, dict[str, int]]:
    with Database(db_path) as db:
        start = time.perf_counter()
        counts = import_followup_file(db, source, actor="bench")
        return time.perf_counter() - start, counts


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--quick"]
    n = int(args[0]) if args else (500 if "--quick" in sys.argv else 2000)
    rng = random.Random(0)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db_path = root / "bench.db.json"
        with Database(db_path) as db:
            db.save_plan({"pairs": [{"mentor": m, "mentee": e, "criteria": {}} for m, e in PAIRS]},
                         "confirmed")
        write_checkins(root / "checkins.csv", n, rng)
        write_outcomes(root / "outcomes.yaml", n, rng)
        for label, source in (("check-ins (CSV)", root / "checkins.csv"),
                              ("outcomes (YAML)", root / "outcomes.yaml")):
            took, counts = timed(db_path, source)
            print(f"{n} {label}: {took:.2f} s  {counts}")
        took, counts = timed(db_path, root / "checkins.csv")
        print(f"re-import of the same {n} check-ins (nothing new): {took:.2f} s")


if __name__ == "__main__":
    main()

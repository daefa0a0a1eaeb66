"""Wall time and peak memory of the matching commands, each in a fresh process, on a
synthetic cohort (`rm-tui synth`) whose answers are stored in a database first.

    python benchmarks/bench_cli_matching.py [--quick] [MENTORS] [MENTEES]

`--quick`: 200 x 200 (the default) and each command once.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def populate(program_path: Path, responses_path: Path, db_path: Path) -> None:
    from rm_tui.services.loaders import load_program, load_responses
    from rm_tui.storage import Database

    program = load_program(program_path)
    answers = load_responses(responses_path, program)
    with Database(db_path) as db:
        db.upsert_participants(program.roster)
        db.import_answers(answers)  # what `rm-tui import` does, in one transaction


def run(*args: str | Path) -> tuple[float, float, subprocess.CompletedProcess]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "rm_tui", *map(str, args)], cwd=ROOT, env=env,
                         capture_output=True, text=True)  # fmt: skip
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if out.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {out.stderr}")
    return elapsed, max(peak, before) / 1024, out


def main() -> None:
    argv = [a for a in sys.argv if a != "--quick"]
    mentors = int(argv[1]) if len(argv) > 1 else 200
    mentees = int(argv[2]) if len(argv) > 2 else 200
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        run("synth", folder, "--mentors", mentors, "--mentees", mentees, "--seed", 1)
        db = folder / "db.json"
        start = time.perf_counter()
        populate(folder / "program.yaml", folder / "responses.yaml", db)
        print(f"cohort {mentors} x {mentees}; database filled in {time.perf_counter() - start:.1f} s")
        program = folder / "program.yaml"
        _, _, match = run("match", program, "--db", db, "--json")
        import json

        first = json.loads(match.stdout)["pairs"][0]
        cases = [
            ("scores --json", ("scores", program, "--db", db, "--json")),
            ("match --json", ("match", program, "--db", db, "--json")),
            ("match --objective fair", ("match", program, "--db", db, "--objective", "fair", "--json")),
            ("match --explore 0.05", ("match", program, "--db", db, "--explore", "0.05", "--seed", "1", "--json")),
            ("explain (3 alternatives each)", ("explain", program, first["mentor"], first["mentee"], "--db", db, "--json")),
            ("match --confirm", ("match", program, "--db", db, "--confirm", "--json")),
            ("export --include-answers", ("export", program, "--db", db, "-o", folder / "pairs.yaml", "--include-answers")),
        ]  # fmt: skip
        for label, args in cases:
            elapsed, _, _ = run(*args)
            print(f"{label:<32} {elapsed:6.2f} s")
        print(f"peak RSS of the largest child: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
